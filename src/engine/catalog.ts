import type { Level } from "../level.js";
import type { Connector, Org } from "../org.js";
import { levelGrid, type CompiledRole } from "./roles.js";

/** One connector's org-wide tool policy entry, as lookup tables (CON-4). */
export interface CompiledPolicy {
  /** The entry's connector id, for reasons. */
  readonly connectorId: string;
  readonly level: Level;
  readonly tools: ReadonlyMap<string, Level>;
}

/** A connector the org has added, with its tools and its org-wide tool policy entry. */
export interface CompiledConnector {
  readonly connector: Connector;
  readonly tools: ReadonlySet<string>;
  /** Its tools in the connector's order, each once. */
  readonly toolList: readonly string[];
  /** The org-wide tool policy entry for it; `null` when it has none (then it is `always`, CON-4). */
  readonly policy: CompiledPolicy | null;
  /** The org's level grid, shared by every connector (CON-2 read ahead: {@link levelGrid}). */
  readonly grid: Uint8Array;
  /** Where this connector's column starts in `grid` (0: the column that reads every role's row). */
  readonly column: number;
}

/**
 * The bytes the level grid may take: 4 per item the org lists (member, group listing, role, role row,
 * connector, tool), and 4 KB whatever the org, so that only an org with both many roles and many
 * connectors reads some connectors' rows on each question.
 */
export function gridBudget(org: Org): number {
  let items = org.members.length + org.roles.length + org.connectors.length;
  for (const group of org.groups) items += group.members.length;
  for (const role of org.roles) items += Object.keys(role.connectors.byConnector ?? {}).length;
  for (const connector of org.connectors) items += connector.tools.length;
  return 4 * items + 4096;
}

/** The org's added connectors, with their policy entries and their columns of the level grid. */
export function compileCatalog(org: Org, roles: readonly CompiledRole[]): ReadonlyMap<string, CompiledConnector> {
  const policies = new Map<string, CompiledPolicy>();
  for (const [connectorId, entry] of Object.entries(org.toolPolicy ?? {})) {
    policies.set(connectorId, {
      connectorId,
      level: entry.level ?? "always",
      tools: new Map(Object.entries(entry.tools ?? {})),
    });
  }
  const { grid, columns } = levelGrid(
    roles,
    org.connectors.map((connector) => connector.id),
    gridBudget(org),
  );
  const connectors = new Map<string, CompiledConnector>();
  // INVARIANT: connector ids, and the tools of a connector, are unique in a parsed org (IN-1).
  for (let i = 0; i < org.connectors.length; i++) {
    const connector = org.connectors[i] as Connector;
    connectors.set(connector.id, {
      connector,
      tools: new Set(connector.tools),
      toolList: connector.tools,
      policy: policies.get(connector.id) ?? null,
      grid,
      column: columns[i] as number,
    });
  }
  return connectors;
}

/**
 * CON-4: the org-wide tool policy's level for a tool: a tool's own entry overrides its connector's
 * level either way; a connector without an entry is `always`.
 */
export function policyLevel(connector: CompiledConnector, tool: string): Level {
  const { policy } = connector;
  return policy === null ? "always" : (policy.tools.get(tool) ?? policy.level);
}

/** The policy entry that sets a tool's level (CON-4): `connector/tool`, `connector`, or `null` for none. */
export function policyEntry(connector: CompiledConnector, tool: string): string | null {
  const { policy } = connector;
  if (policy === null) return null;
  return policy.tools.has(tool) ? `${policy.connectorId}/${tool}` : policy.connectorId;
}
