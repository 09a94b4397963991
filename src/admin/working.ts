// An org being changed by a list of changes (CHG-1, CHG-2). Each list of the org is copied once, on
// the first change that edits it, and edited in place after that (keyedList.ts; the roles and their
// Connectors tabs, workingRoles.ts). A list of k changes so costs about the org plus k, or, for the
// undo, plus its answer. The first design copied the list a change touched, and scanned it for an id,
// on every change: 1.8 s for 1,000 addMember on a 20,000-member org, and quadratic in the number of
// changes (issue 9). Nothing is seen outside until `finish` freezes what is new and builds the org;
// every part no change edited stays the org's own.
import type {
  Connector,
  Group,
  GroupMapping,
  GroupMappings,
  GroupSpendLimit,
  Member,
  Org,
  RoleAssignment,
  SpendSettings,
  ToolPolicyEntry,
} from "../org.js";
import { deepFreeze } from "../freeze.js";
import { KeyedList } from "./keyedList.js";
import { WorkingRoles } from "./workingRoles.js";
import { getOrInsertComputed } from "../maps.js";

/**
 * A record of the org (capability switches, the tool policy) being edited: a Map of its entries,
 * built on the first edit, that keeps each key in its place as the record did (a new key goes last).
 */
export class KeyedRecord<V> {
  readonly #base: Readonly<Record<string, V>> | undefined;
  #entries: Map<string, V> | undefined;
  readonly #edited: () => void;

  /** `edited` is told once, on the first edit. */
  constructor(base: Readonly<Record<string, V>> | undefined, edited: () => void) {
    this.#base = base;
    this.#edited = edited;
  }

  /** The value for `key`: an own entry only, `__proto__` included. */
  get(key: string): V | undefined {
    if (this.#entries !== undefined) return this.#entries.get(key);
    return this.#base !== undefined && Object.hasOwn(this.#base, key) ? this.#base[key] : undefined;
  }

  /** Sets the entry, or removes it (`undefined`). */
  set(key: string, value: V | undefined): void {
    if (this.#entries === undefined) {
      this.#entries = new Map(Object.entries(this.#base ?? {}));
      this.#edited();
    }
    const entries = this.#entries;
    if (value === undefined) entries.delete(key);
    else entries.set(key, value);
  }

  /**
   * The record as the new org has it, built with Object.fromEntries (a `__proto__` key stays a key).
   * INVARIANT: asked only once the record was edited.
   */
  finish(): Readonly<Record<string, V>> {
    return deepFreeze(Object.fromEntries(this.#entries as Map<string, V>));
  }
}

const byId = (item: { readonly id: string }): string => item.id;
const byGroup = (item: { readonly groupId: string }): string => item.groupId;
const self = (id: string): string => id;

/** An assignment's key: its group and role, unambiguous whatever the ids hold. */
export const pairKey = (a: { readonly groupId: string; readonly roleId: string }): string =>
  JSON.stringify([a.groupId, a.roleId]);

/** The keys of assignments (see {@link pairKey}) by role id and by group id. */
interface AssignmentKeys {
  readonly roleId: Map<string, string[]>;
  readonly groupId: Map<string, string[]>;
}

/** Lists the assignment's key under its role and under its group. */
function keyUnder(keys: AssignmentKeys, assignment: RoleAssignment): void {
  const key = pairKey(assignment);
  for (const side of ["roleId", "groupId"] as const)
    getOrInsertComputed(keys[side], assignment[side], () => []).push(key);
}

/** The org-level fields a change sets whole. */
type WholeField = "connectorPermissionsEnabled" | "groupMappings" | "spend";

/** An org under change: every part of it now, and the edits that make the next one. */
export class WorkingOrg {
  readonly base: Org;
  readonly members: KeyedList<Member>;
  readonly groups: KeyedList<Group>;
  readonly roles: WorkingRoles;
  readonly connectors: KeyedList<Connector>;
  readonly roleAssignments: KeyedList<RoleAssignment>;
  /** The group spend limits (SPEC §1 `spend.groupLimits`), by group id. */
  readonly groupLimits: KeyedList<GroupSpendLimit>;
  readonly capabilities: KeyedRecord<boolean>;
  readonly toolPolicy: KeyedRecord<ToolPolicyEntry>;
  /**
   * The assignments' keys by role and by group, built on the first cascade (deleting a role or a
   * group); a key whose assignment went stays listed, and is skipped.
   */
  #assignmentKeys: AssignmentKeys | undefined;
  /** The member lists of the groups read or edited so far, by group id. */
  readonly #groupMembers = new Map<string, KeyedList<string>>();
  /** The mapping rows, once a removed group took some (new rows given whole drop them). */
  #mappings: KeyedList<GroupMapping> | undefined;
  /** The tools of each connector looked at, as a set. */
  readonly #tools = new Map<Connector, ReadonlySet<string>>();
  /** The fields set whole, with their values. */
  readonly #fields = new Map<WholeField, unknown>();
  /**
   * The org's fields edited so far, in the order first edited: a field the org lacks goes last in the
   * new org, in that order, as one change after another would have put it.
   */
  readonly #edited = new Set<keyof Org>();

  constructor(org: Org) {
    const edited = (name: keyof Org) => () => this.#edited.add(name);
    this.base = org;
    this.members = new KeyedList(org.members, byId, edited("members"));
    this.groups = new KeyedList(org.groups, byId, edited("groups"));
    this.roles = new WorkingRoles(org.roles, edited("roles"));
    this.connectors = new KeyedList(org.connectors, byId, edited("connectors"));
    this.roleAssignments = new KeyedList(org.roleAssignments, pairKey, edited("roleAssignments"));
    this.groupLimits = new KeyedList(org.spend?.groupLimits ?? [], byGroup, edited("spend"));
    this.capabilities = new KeyedRecord(org.capabilities, edited("capabilities"));
    this.toolPolicy = new KeyedRecord(org.toolPolicy, edited("toolPolicy"));
  }

  /** The tools of the connector (INVARIANT: there is one), as a set built on the first look. */
  connectorTools(connectorId: string): ReadonlySet<string> {
    const connector = this.connectors.get(connectorId) as Connector;
    return getOrInsertComputed(this.#tools, connector, () => new Set(connector.tools));
  }

  #field<K extends WholeField>(name: K): Org[K] {
    return (this.#fields.has(name) ? this.#fields.get(name) : this.base[name]) as Org[K];
  }

  get connectorPermissionsEnabled(): boolean {
    return this.#field("connectorPermissionsEnabled");
  }

  /**
   * The group mappings now, their rows included (a copy: the list is edited in place) once a removed
   * group took some.
   */
  get groupMappings(): GroupMappings | undefined {
    const mappings = this.#field("groupMappings");
    return this.#mappings?.changed === true ? { ...mappings, mappings: [...this.#mappings.items] } : mappings;
  }

  /** Whether group mappings are on now (GRP-3): read without the rows. */
  get mappingsEnabled(): boolean {
    return this.#field("groupMappings")?.enabled ?? false;
  }

  /**
   * Sets group mappings on or off and/or replaces the rows (GRP-3); what is not given stays. Rows kept
   * are not read: a list that turns mappings on and off between removals of mapped groups costs a
   * look-up a change, not a copy of the rows.
   */
  setGroupMappings(enabled: boolean | undefined, rows: GroupMappings["mappings"]): void {
    const old = this.#field("groupMappings");
    if (rows !== undefined) this.#mappings = undefined;
    // While `#mappings` holds rows edited by removals, the field's own rows are stale, and not read.
    this.set("groupMappings", { enabled: enabled ?? old?.enabled ?? false, mappings: rows ?? old?.mappings ?? [] });
  }

  /** The mapping rows, to look up or edit in place; `undefined` when the org has none. */
  #mappingRows(): KeyedList<GroupMapping> | undefined {
    const rows = this.#field("groupMappings")?.mappings;
    if (rows === undefined) return undefined;
    this.#mappings ??= new KeyedList(rows, byGroup, () => this.#edited.add("groupMappings"));
    return this.#mappings;
  }

  /** Whether some mapping row names the group: a look-up. */
  isMapped(groupId: string): boolean {
    return this.#mappingRows()?.has(groupId) === true;
  }

  /** Removes the group's mapping rows: a look-up, not a pass over them all. */
  unmapGroup(groupId: string): void {
    this.#mappingRows()?.removeAll(groupId);
  }

  /** The spend settings now, their group limits included once edited (a new list goes last, as a spread puts it). */
  get spend(): SpendSettings | undefined {
    const spend = this.#field("spend");
    return this.groupLimits.changed ? { ...spend, groupLimits: this.groupLimits.items } : spend;
  }

  /** Sets a whole field; setting the value it has already changes nothing. */
  set<K extends WholeField>(name: K, value: Org[K]): void {
    if (Object.is(this.#field(name), value)) return;
    this.#fields.set(name, value);
    this.#edited.add(name);
  }

  /** Adds an assignment (INVARIANT: the org has no such one) at `at`, 0 to the length. */
  assign(at: number, assignment: RoleAssignment): void {
    this.roleAssignments.insert(at, assignment);
    if (this.#assignmentKeys !== undefined) keyUnder(this.#assignmentKeys, assignment);
  }

  /** Removes every assignment of the role or of the group (a cascade): a look-up each, not a pass over them all. */
  unassignAll(side: "roleId" | "groupId", id: string): void {
    const keys = (this.#assignmentKeys ??= this.#keysOfAssignments());
    const named = keys[side].get(id);
    if (named === undefined) return;
    for (const key of named) this.roleAssignments.removeAll(key);
    keys[side].delete(id);
  }

  /** The keys (see {@link pairKey}) of the assignments that name the role, or the group, and of some that did. */
  assignmentKeys(side: "roleId" | "groupId", id: string): readonly string[] {
    const keys = (this.#assignmentKeys ??= this.#keysOfAssignments());
    return keys[side].get(id) ?? [];
  }

  #keysOfAssignments(): AssignmentKeys {
    const keys: AssignmentKeys = { roleId: new Map(), groupId: new Map() };
    for (const assignment of this.roleAssignments.items) keyUnder(keys, assignment);
    return keys;
  }

  /**
   * The member list of the group (INVARIANT: there is one with this id), to read or edit in place;
   * the group object gets it when read through {@link WorkingOrg.groupOf}, or at the end.
   */
  membersOf(groupId: string): KeyedList<string> {
    let list = this.#groupMembers.get(groupId);
    if (list === undefined) {
      list = new KeyedList((this.groups.get(groupId) as Group).members, self, () => this.#edited.add("groups"));
      this.#groupMembers.set(groupId, list);
    }
    return list;
  }

  /** The group as it is now, its member list included (INVARIANT: there is one with this id). */
  groupOf(groupId: string): Group {
    const group = this.groups.get(groupId) as Group;
    const list = this.#groupMembers.get(groupId);
    // Stryker disable next-line ConditionalExpression: a group built again from the same list is equal; the check saves the copy only
    if (list === undefined || !list.changed || group.members === list.items) return group;
    const now = Object.freeze({ ...group, members: list.items });
    this.groups.replace(now);
    return now;
  }

  /** Removes the group (INVARIANT: there is one); its member list, if edited, is final (an undo may hold the group). */
  removeGroup(groupId: string): void {
    this.#groupMembers.get(groupId)?.finish();
    this.#groupMembers.delete(groupId);
    this.groups.removeKey(groupId);
  }

  /** The value the new org has for an edited field. */
  #final(name: keyof Org): unknown {
    switch (name) {
      case "members":
      case "groups":
      case "roles":
      case "connectors":
      case "roleAssignments":
      case "capabilities":
      case "toolPolicy":
        return this[name].finish();
      case "spend":
        this.groupLimits.finish();
        return this.spend;
      case "groupMappings":
        this.#mappings?.finish();
        return this.groupMappings;
      default:
        return this.#fields.get(name as WholeField);
    }
  }

  /**
   * The org the changes leave, deeply frozen: `base` itself when nothing changed, else a new org in
   * which every list, record and element no change edited is the base's own (CHG-2).
   */
  finish(): Org {
    if (this.#edited.size === 0) return this.base;
    for (const [groupId, list] of this.#groupMembers) {
      this.groupOf(groupId);
      list.finish();
    }
    const org: Record<string, unknown> = { ...this.base };
    // The names are the org format's own, never input ids: writing them to a fresh object is safe.
    for (const name of this.#edited) org[name] = this.#final(name);
    return deepFreeze(org) as unknown as Org;
  }
}
