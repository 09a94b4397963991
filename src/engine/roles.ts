import { LEVELS, mostPermissive, rank, type Level } from "../level.js";
import type { ConnectorGrant, CustomRole } from "../org.js";
import type { CompiledConnector } from "./catalog.js";
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
 * A code of the level grid ({@link levelGrid}): a level's position in {@link LEVELS}, or `ASK`: the
 * role's row has a level per tool (Custom), or the connector has no column, so the row is read.
 */
export const ASK = 3;

/**
 * CON-2 read ahead: each role's level on each connector whose row gives every tool one level, one
 * byte per (connector, role), so that a decision reads a byte per role it holds instead of looking up
 * the role's rows. Column 0 is `ASK` for every role; connector `i` of `connectorIds` has its column
 * at `columns[i]` (its roles' codes by role order), or 0 once the grid would exceed `budget` bytes:
 * memory stays linear in the org however many roles and connectors it has.
 *
 * @param roles - the org's compiled roles, in org order (`roles[i].order === i`)
 */
export function levelGrid(
  roles: readonly CompiledRole[],
  connectorIds: readonly string[],
  budget: number,
): { grid: Uint8Array; columns: number[] } {
  const width = roles.length;
  // Column 0 (every role ASK) and as many connectors' columns as the budget holds, in org order.
  const held = Math.min(connectorIds.length, Math.floor(budget / Math.max(width, 1)) - 1);
  const grid = new Uint8Array((Math.max(held, 0) + 1) * width).fill(ASK, 0, width);
  const columns = connectorIds.map((connectorId, i) => {
    if (i >= held) return 0;
    const column = (i + 1) * width;
    for (let order = 0; order < width; order++) {
      const row = rowFor(roles[order] as CompiledRole, connectorId);
      grid[column + order] = typeof row === "string" ? rank(row) : ASK;
    }
    return column;
  });
  return { grid, columns };
}

/**
 * CON-3: the most permissive level profile `p`'s roles give the tool; `blocked` when the profile
 * holds no role (a Custom-roles member without a role has every tool blocked). Stops at `always`.
 * Each role's level is its byte in the connector's column of the level grid, or read from its row
 * when the byte says `ASK`. `rows`, when given, are the roles' rows for the connector
 * ({@link rowsOn}), read once for all of its tools.
 */
export function mostPermissiveLevel(
  table: ProfileTable,
  p: number,
  connector: CompiledConnector,
  tool: string,
  rows?: RowsOn,
): Level {
  // Stryker disable next-line ConditionalExpression: the rows read once or each role read again give one level (the cost only)
  if (rows !== undefined) return bestOfRows(rows, tool);
  const { grid, column } = connector;
  const to = table.first(p + 1);
  let best: Level = "blocked";
  for (let slot = table.first(p); slot < to; slot++) {
    const code = grid[column + table.orderAt(slot)] as number;
    const level =
      code === ASK ? roleToolLevel(table.roleAt(slot), connector.connector.id, tool) : (LEVELS[code] as Level);
    if (level === "always") return level;
    if (level === "approval") best = level;
  }
  return best;
}

/**
 * CON-3: which of profile `p`'s roles (`k` for `table.role(p, k)`) is the first to give the tool its
 * most permissive level, the role an explanation names; -1 when the profile holds no role.
 */
export function mostPermissiveRole(table: ProfileTable, p: number, connector: CompiledConnector, tool: string): number {
  const best = mostPermissiveLevel(table, p, connector, tool);
  const count = table.roleCount(p);
  const connectorId = connector.connector.id;
  for (let k = 0; k < count; k++) if (roleToolLevel(table.role(p, k), connectorId, tool) === best) return k;
  return -1;
}
