// The custom roles of an org under change (working.ts), with their Connectors tabs edited in place.
// A role's tab is copied into a Map on the first change that edits it, and a Custom row edited tool by
// tool keeps its edits in a Map over the row it started from: the role is built once, when read whole
// or at the end. The first design copied the role's rows (and a Custom row's tools) on every change:
// 2,000 setToolGrant on one connector took 3.4 s, 4,000 took 16 s (issue 9). An index of the roles
// that have a row for each connector, built on the first removal of a connector, spares every role a
// look; enabling connector permissions again in the same list reseeds only the roles edited since.
import type { Level } from "../level.js";
import type { ConnectorGrant, CustomRole, RoleConnectors } from "../org.js";
import { ownValue } from "./lists.js";
import { KeyedList } from "./keyedList.js";
import { getOrInsertComputed } from "../maps.js";

/**
 * A Custom row being edited tool by tool: the tools set so far over the row it started from, either
 * a Custom row (`base`) or every tool of the connector at one level (`tools` at `fill`).
 */
interface CustomDraft {
  readonly base: Readonly<Record<string, Level>>;
  readonly tools: readonly string[] | undefined;
  readonly fill: Level | undefined;
  readonly set: Map<string, Level>;
}

/** A row of a tab being edited: a grant as given, or a Custom row being edited tool by tool. */
type Row = ConnectorGrant | CustomDraft;

function isDraft(row: Row): row is CustomDraft {
  return typeof row === "object" && "set" in row;
}

/** The Custom row a draft stands for: its tools in the row's order, new ones last in the order set. */
function customOf(draft: CustomDraft): ConnectorGrant {
  const { base, tools, fill, set } = draft;
  if (tools !== undefined) {
    return { custom: Object.fromEntries(tools.map((tool) => [tool, set.get(tool) ?? (fill as Level)])) };
  }
  // A Map keeps a tool it has in its place, and puts a new one last.
  const row = new Map(Object.entries(base));
  for (const [tool, level] of set) row.set(tool, level);
  return { custom: Object.fromEntries(row) };
}

/** A role's Connectors tab being edited: the All connectors row and the rows in a Map, in the tab's order. */
class Tab {
  readonly #from: RoleConnectors;
  all: ConnectorGrant;
  /** The rows; `undefined` while the tab has no `byConnector` and no change set a row. */
  rows: Map<string, Row> | undefined;

  constructor(from: RoleConnectors) {
    this.#from = from;
    this.all = from.all;
    this.rows = from.byConnector === undefined ? undefined : new Map(Object.entries(from.byConnector));
  }

  /** The tab as the role has it now; the keys of the tab it started from keep their places. */
  connectors(): RoleConnectors {
    const built = { ...this.#from, all: this.all };
    if (this.rows === undefined) return built;
    const rows = [...this.rows].map(([id, row]): [string, ConnectorGrant] => [id, isDraft(row) ? customOf(row) : row]);
    return { ...built, byConnector: Object.fromEntries(rows) };
  }
}

/** Lists the role under the connector in an index of holders. */
function listHolder(holders: Map<string, string[]>, connectorId: string, roleId: string): void {
  getOrInsertComputed(holders, connectorId, () => []).push(roleId);
}

/** Connector id → the ids of the roles that have a row for it, in the roles' order. */
function indexHolders(roles: readonly CustomRole[]): Map<string, string[]> {
  const holders = new Map<string, string[]>();
  for (const role of roles)
    for (const connectorId of Object.keys(role.connectors.byConnector ?? {})) listHolder(holders, connectorId, role.id);
  return holders;
}

/** The custom roles under change: the list, and the tabs being edited, by role id. */
export class WorkingRoles {
  readonly #list: KeyedList<CustomRole>;
  readonly #tabs = new Map<string, Tab>();
  readonly #edited: () => void;
  /** Connector id → the ids of roles that have, or had, a row for it: built on the first use. */
  #holders: Map<string, string[]> | undefined;
  /** The ids of roles whose tab was edited (or that were created) since connector permissions were last enabled in this list. */
  #editedSinceSeed: Set<string> | undefined;

  /** `edited` is told on every edit. */
  constructor(roles: readonly CustomRole[], edited: () => void) {
    this.#list = new KeyedList(roles, (role) => role.id, edited);
    this.#edited = edited;
  }

  get length(): number {
    return this.#list.length;
  }

  has(roleId: string): boolean {
    return this.#list.has(roleId);
  }

  indexOf(roleId: string): number {
    return this.#list.indexOf(roleId);
  }

  /** The role now, its tab included (built, once, if a change edited it). */
  get(roleId: string): CustomRole | undefined {
    this.#close(roleId);
    return this.#list.get(roleId);
  }

  /** Every role now. */
  get items(): readonly CustomRole[] {
    this.#closeAll();
    return this.#list.items;
  }

  #closeAll(): void {
    for (const roleId of [...this.#tabs.keys()]) this.#close(roleId);
  }

  /** Puts the role built from its tab in the list, and closes the tab. */
  #close(roleId: string): void {
    const tab = this.#tabs.get(roleId);
    if (tab === undefined) return;
    this.#tabs.delete(roleId);
    this.#list.replace({ ...(this.#list.get(roleId) as CustomRole), connectors: tab.connectors() });
  }

  /** The tab of the role (INVARIANT: there is one), opened for editing. */
  #tab(roleId: string): Tab {
    let tab = this.#tabs.get(roleId);
    if (tab === undefined) {
      tab = new Tab((this.#list.get(roleId) as CustomRole).connectors);
      this.#tabs.set(roleId, tab);
    }
    this.#edited();
    this.#editedSinceSeed?.add(roleId);
    return tab;
  }

  /** Adds the role at `at`, 0 to the length (INVARIANT: no role has its id). */
  insert(at: number, role: CustomRole): void {
    this.#list.insert(at, role);
    this.#editedSinceSeed?.add(role.id);
    for (const connectorId of Object.keys(role.connectors.byConnector ?? {})) this.#holder(connectorId, role.id);
  }

  /** Replaces the role's name and/or capabilities, keeping its tab (INVARIANT: there is such a role). */
  update(roleId: string, fields: Partial<Pick<CustomRole, "name" | "capabilities">>): void {
    this.#list.replace({ ...(this.#list.get(roleId) as CustomRole), ...fields });
  }

  /** Removes the role (INVARIANT: there is one). */
  remove(roleId: string): void {
    this.#tabs.delete(roleId);
    this.#list.removeKey(roleId);
  }

  /** The role's All connectors row (INVARIANT: there is such a role). */
  all(roleId: string): ConnectorGrant {
    return this.#tabs.get(roleId)?.all ?? (this.#list.get(roleId) as CustomRole).connectors.all;
  }

  /** The role's own row for the connector as it is kept: a Custom row being edited is not built. */
  #rowAsKept(roleId: string, connectorId: string): Row | undefined {
    const tab = this.#tabs.get(roleId);
    if (tab === undefined) return ownValue((this.#list.get(roleId) as CustomRole).connectors.byConnector, connectorId);
    return tab.rows?.get(connectorId);
  }

  /** The role's own row for the connector, or `undefined` (INVARIANT: there is such a role). */
  row(roleId: string, connectorId: string): ConnectorGrant | undefined {
    const row = this.#rowAsKept(roleId, connectorId);
    if (row === undefined || !isDraft(row)) return row;
    // Built once: the draft gives way to the row it stands for (INVARIANT: a draft lives in a tab's rows).
    const custom = customOf(row);
    ((this.#tabs.get(roleId) as Tab).rows as Map<string, Row>).set(connectorId, custom);
    return custom;
  }

  /** Whether the role's own row for the connector is a Custom row, read without building it. */
  hasCustomRow(roleId: string, connectorId: string): boolean {
    return typeof this.#rowAsKept(roleId, connectorId) === "object";
  }

  /** Sets the All connectors row. */
  setAll(roleId: string, grant: ConnectorGrant): void {
    this.#tab(roleId).all = grant;
  }

  /** Sets the role's own row for the connector, or removes it (`undefined`). */
  setRow(roleId: string, connectorId: string, grant: ConnectorGrant | undefined): void {
    const tab = this.#tab(roleId);
    const rows = (tab.rows ??= new Map());
    if (grant === undefined) rows.delete(connectorId);
    else {
      rows.set(connectorId, grant);
      this.#holder(connectorId, roleId);
    }
  }

  /** Sets one tool of the role's Custom row for the connector (INVARIANT: the row is a Custom row). */
  setTool(roleId: string, connectorId: string, tool: string, level: Level): void {
    const rows = this.#tab(roleId).rows as Map<string, Row>;
    let row = rows.get(connectorId) as Row;
    if (!isDraft(row)) {
      const { custom } = row as { readonly custom: Readonly<Record<string, Level>> };
      row = { base: custom, tools: undefined, fill: undefined, set: new Map() };
      rows.set(connectorId, row);
    }
    row.set.set(tool, level);
  }

  /** Makes the role's row for the connector a Custom row with every tool of `tools` at `fill`, built when read. */
  setCustomRow(roleId: string, connectorId: string, tools: readonly string[], fill: Level): void {
    const tab = this.#tab(roleId);
    (tab.rows ??= new Map()).set(connectorId, { base: {}, tools, fill, set: new Map() });
    this.#holder(connectorId, roleId);
  }

  /** Lists the role under the connector in the index of holders, if it is built. */
  #holder(connectorId: string, roleId: string): void {
    if (this.#holders !== undefined) listHolder(this.#holders, connectorId, roleId);
  }

  /** The ids of the roles that have a row for the connector, in the roles' order: a look-up each. */
  holdersOf(connectorId: string): string[] {
    const ids = [...new Set(this.#holdersIndex().get(connectorId))].filter(
      (roleId) => this.has(roleId) && this.#rowAsKept(roleId, connectorId) !== undefined,
    );
    return ids.sort((a, b) => this.indexOf(a) - this.indexOf(b));
  }

  /** Connector id → the ids of roles that have, or had, a row for it (built on the first use). */
  #holdersIndex(): Map<string, string[]> {
    return (this.#holders ??= indexHolders(this.items));
  }

  /** Removes every role's own row for the connector. */
  removeRows(connectorId: string): void {
    for (const roleId of this.holdersOf(connectorId)) this.setRow(roleId, connectorId, undefined);
    this.#holdersIndex().delete(connectorId);
  }

  /**
   * CON-8: every role gets the All connectors row at Always allow and no per-connector rows. Again in
   * the same list, only the roles edited since need it.
   */
  seed(): void {
    const roleIds = this.#editedSinceSeed ?? this.items.map((role) => role.id);
    for (const roleId of roleIds) {
      if (!this.has(roleId)) continue;
      this.#tabs.set(roleId, new Tab({ all: "always" }));
      this.#edited();
    }
    this.#editedSinceSeed = new Set();
  }

  /**
   * The roles whose Connectors tab is not the one CON-8 seeds (the All connectors row at Always allow
   * and no other row), in the roles' order: what enabling connector permissions would change. Once
   * it was enabled in this list, only the roles edited since are looked at, so that the undo of a
   * list that turns permissions off and on n times restores each tab once, not every tab n times.
   */
  unseeded(): CustomRole[] {
    const roleIds = this.#editedSinceSeed ?? this.items.map((role) => role.id);
    return [...roleIds]
      .filter((roleId) => this.has(roleId))
      .sort((a, b) => this.indexOf(a) - this.indexOf(b))
      .map((roleId) => this.get(roleId) as CustomRole)
      .filter((role) => role.connectors.all !== "always" || role.connectors.byConnector !== undefined);
  }

  /** The roles as the new org has them (see {@link KeyedList.finish}). */
  finish(): readonly CustomRole[] {
    this.#closeAll();
    return this.#list.finish();
  }
}
