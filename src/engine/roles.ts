import { mostPermissive, type Level } from "../level.js";
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

/**
 * A role compiled once per org. Its Capabilities tab is built on the first capability question (tool,
 * spend and conflict questions never read it, and a role may list thousands of capabilities). The
 * getter lives on the class, not on each object: an object literal with a getter made every read of
 * `byConnector` on the hot path about 15% slower in V8.
 */
class RoleTables implements CompiledRole {
  readonly role: CustomRole;
  readonly order: number;
  readonly all: Level | null;
  readonly byConnector: ReadonlyMap<string, CompiledGrant>;
  #capabilities: ReadonlySet<string> | undefined;

  constructor(role: CustomRole, order: number) {
    const byConnector = new Map<string, CompiledGrant>();
    for (const [connectorId, grant] of Object.entries(role.connectors.byConnector ?? {}))
      byConnector.set(connectorId, compileGrant(grant));
    const { all } = role.connectors;
    this.role = role;
    this.order = order;
    this.all = typeof all === "string" ? all : null;
    this.byConnector = byConnector;
  }

  get capabilities(): ReadonlySet<string> {
    return (this.#capabilities ??= new Set(this.role.capabilities));
  }
}

/** Compiles a role's tabs into lookup tables, once per org (its Capabilities tab when first asked). */
export function compileRole(role: CustomRole, order: number): CompiledRole {
  return new RoleTables(role, order);
}

/**
 * CON-2: the row that sets a role's levels on a connector: its own row if it has one, else its All
 * connectors row, where Custom blocks every connector without its own row.
 */
function rowFor(role: CompiledRole, connectorId: string): CompiledGrant {
  return role.byConnector.get(connectorId) ?? role.all ?? "blocked";
}

/**
 * The level a role gives a tool (CON-2): a level row applies to every tool; a Custom row gives the
 * tool's own level and blocks the tools it does not list.
 */
export function roleToolLevel(role: CompiledRole, connectorId: string, tool: string): Level {
  const row = rowFor(role, connectorId);
  return typeof row === "string" ? row : (row.get(tool) ?? "blocked");
}

/**
 * Profile `p`'s roles on one connector, read once for all of the connector's tools (CON-2, CON-3):
 * the most permissive level of the rows that give every tool one level (`blocked` when none does),
 * and the Custom rows, whose levels differ by tool.
 */
export interface RowsOn {
  readonly fixed: Level;
  readonly custom: readonly ReadonlyMap<string, Level>[];
}

/** Profile `p`'s roles on a connector, read once ({@link RowsOn}). */
// Stryker disable next-line BlockStatement: without the rows read once, each tool reads them itself (the cost only)
export function rowsOn(table: ProfileTable, p: number, connectorId: string): RowsOn {
  // `blocked` is the least of the levels: the most permissive of no rows, and of it and any row, is the row's.
  let fixed: Level = "blocked";
  const custom: ReadonlyMap<string, Level>[] = [];
  const to = table.first(p + 1);
  for (let slot = table.first(p); slot < to; slot++) {
    const row = rowFor(table.roleAt(slot), connectorId);
    if (typeof row !== "string") custom.push(row);
    else fixed = mostPermissive(fixed, row);
  }
  return { fixed, custom };
}

/** CON-3 over rows read once: the most permissive of the fixed level and each Custom row's level for the tool. */
function bestOfRows(rows: RowsOn, tool: string): Level {
  let best = rows.fixed;
  // A tool a Custom row does not list is blocked there (CON-2), which leaves the best as it is.
  for (const custom of rows.custom) best = mostPermissive(best, custom.get(tool) ?? best);
  return best;
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
 * CON-3: the most permissive level profile `p`'s roles give the tool; `blocked` when the profile
 * holds no role (a Custom-roles member without a role has every tool blocked). Stops at `always`.
 * `rows`, when given, are the roles' rows for the connector ({@link rowsOn}), read once for all of
 * its tools.
 */
export function mostPermissiveLevel(
  table: ProfileTable,
  p: number,
  connectorId: string,
  tool: string,
  rows?: RowsOn,
): Level {
  // Stryker disable next-line ConditionalExpression: the rows read once or each role read again give one level (the cost only)
  if (rows !== undefined) return bestOfRows(rows, tool);
  const to = table.first(p + 1);
  let best: Level = "blocked";
  for (let slot = table.first(p); slot < to; slot++) {
    const level = roleToolLevel(table.roleAt(slot), connectorId, tool);
    if (level === "always") return level;
    if (level === "approval") best = level;
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
