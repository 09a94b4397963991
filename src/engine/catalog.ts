import type { Level } from "../level.js";
import type { Connector, Org } from "../org.js";

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
}

/** The org's added connectors, with their policy entries. */
export function compileCatalog(org: Org): ReadonlyMap<string, CompiledConnector> {
  const policies = new Map<string, CompiledPolicy>();
  for (const [connectorId, entry] of Object.entries(org.toolPolicy ?? {})) {
    policies.set(connectorId, {
      connectorId,
      level: entry.level ?? "always",
      tools: new Map(Object.entries(entry.tools ?? {})),
    });
  }
  const connectors = new Map<string, CompiledConnector>();
  // INVARIANT: connector ids, and the tools of a connector, are unique in a parsed org (IN-1).
  for (const connector of org.connectors) {
    connectors.set(connector.id, {
      connector,
      tools: new Set(connector.tools),
      toolList: connector.tools,
      policy: policies.get(connector.id) ?? null,
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
