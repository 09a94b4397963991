import type { Level } from "../level.js";
import type { ConnectorGrant, CustomRole } from "../org.js";
import type { ProfileTable } from "./profiles.js";

/** A compiled connector row: a level for every tool, or a Custom row's tool → level table. */
export type CompiledGrant = Level | ReadonlyMap<string, Level>;

/** A custom role with its Capabilities and Connectors tabs as lookup tables. */
export interface CompiledRole {
  readonly role: CustomRole;
  /** The role's position in the org's role list. */
  readonly order: number;
  readonly capabilities: ReadonlySet<string>;
  /** The All connectors row; `null` when it is Custom (CON-2). */
  readonly all: Level | null;
  readonly byConnector: ReadonlyMap<string, CompiledGrant>;
}

function compileGrant(grant: ConnectorGrant): CompiledGrant {
  return typeof grant === "string" ? grant : new Map(Object.entries(grant.custom));
}

/** Compiles a role's tabs into lookup tables, once per org. */
export function compileRole(role: CustomRole, order: number): CompiledRole {
  const byConnector = new Map<string, CompiledGrant>();
  for (const [connectorId, grant] of Object.entries(role.connectors.byConnector ?? {}))
    byConnector.set(connectorId, compileGrant(grant));
  const all = role.connectors.all;
  return {
    role,
    order,
    capabilities: new Set(role.capabilities),
    all: typeof all === "string" ? all : null,
    byConnector,
  };
}

/**
 * CON-2: the role's row for the connector if it has one, else its All connectors row. A level row
 * applies to every tool; a Custom row gives the tool's own level and blocks the tools it does not
 * list; an All connectors row set to Custom blocks every connector without its own row.
 */
export function roleToolLevel(role: CompiledRole, connectorId: string, tool: string): Level {
  return rowToolLevel(role, role.byConnector.get(connectorId), tool);
}

/** CON-2 from the role's own row for the connector, already looked up (`undefined` when it has none). */
function rowToolLevel(role: CompiledRole, own: CompiledGrant | undefined, tool: string): Level {
  if (own === undefined) return role.all ?? "blocked";
  return typeof own === "string" ? own : (own.get(tool) ?? "blocked");
}

/** Each role's own row for one connector (CON-2), looked up once for all of the connector's tools. */
export type RowsOn = readonly (CompiledGrant | undefined)[];

/** Profile `p`'s roles' own rows for a connector, in the roles' order. */
export function rowsOn(table: ProfileTable, p: number, connectorId: string): RowsOn {
  return Array.from({ length: table.roleCount(p) }, (_, k) => table.role(p, k).byConnector.get(connectorId));
}

/** The row that sets a role's levels on a connector (CON-2), and whether it is Custom. */
export function roleRow(
  role: CompiledRole,
  connectorId: string,
): { row: "connector" | "all-connectors"; custom: boolean } {
  const own = role.byConnector.get(connectorId);
  if (own === undefined) return { row: "all-connectors", custom: role.all === null };
  return { row: "connector", custom: typeof own !== "string" };
}

/** The row's grant, copied out of the org (results never hold the org's own objects). */
export function roleGrant(role: CompiledRole, connectorId: string): ConnectorGrant {
  const own = role.byConnector.get(connectorId);
  if (own === undefined) return role.all ?? { custom: {} };
  return typeof own === "string" ? own : { custom: Object.fromEntries(own) };
}

/**
 * CON-3: the most permissive level profile `p`'s roles give the tool, or `undefined` when the profile
 * holds no role. Stops at `always`. `rows`, when given, are the roles' rows for the connector
 * ({@link rowsOn}), read once for all of its tools.
 */
export function mostPermissiveLevel(
  table: ProfileTable,
  p: number,
  connectorId: string,
  tool: string,
  rows?: RowsOn,
): Level | undefined {
  const from = table.first(p);
  const to = table.first(p + 1);
  let best: Level | undefined;
  for (let slot = from; slot < to; slot++) {
    const role = table.roleAt(slot);
    const level = rowToolLevel(role, rows === undefined ? role.byConnector.get(connectorId) : rows[slot - from], tool);
    if (level === "always") return level;
    if (best === undefined || level === "approval") best = level;
  }
  return best;
}

/**
 * CON-3: which of profile `p`'s roles (`k` for `table.role(p, k)`) is the first to give the tool its
 * most permissive level, the role an explanation names; -1 when the profile holds no role.
 */
export function mostPermissiveRole(table: ProfileTable, p: number, connectorId: string, tool: string): number {
  const best = mostPermissiveLevel(table, p, connectorId, tool);
  const count = table.roleCount(p);
  for (let k = 0; k < count; k++) if (roleToolLevel(table.role(p, k), connectorId, tool) === best) return k;
  return -1;
}
