// An org being changed by a list of changes (CHG-1, CHG-2). Each list of the org is copied once, on
// the first change that edits it, and edited in place after that: elements are found by key through
// a map, a removal leaves a hole, and a run of insertions before the end is made in one pass. A list
// of k changes so costs about the org plus k. The first design copied the list a change touched, and
// scanned it for an id, on every change: 1.8 s for 1,000 addMember on a 20,000-member org, and
// quadratic in the number of changes (issue 9). What still reads a whole list, once per change: a
// change that walks every role (removeConnector, enableConnectorPermissions), and the undo of a
// removal from a group's members, an assignment or a role's rows (its positions, restore.ts).
// Nothing is seen outside until `finish` freezes what is new and builds the org; every part no change
// edited stays the org's own.
import type {
  Connector,
  CustomRole,
  Group,
  GroupMappings,
  GroupSpendLimit,
  Member,
  Org,
  RoleAssignment,
  SpendSettings,
  ToolPolicyEntry,
} from "../org.js";
import { deepFreeze } from "./freeze.js";

/** Where an element was removed: skipped by every read, dropped when the list is compacted. */
const HOLE: unique symbol = Symbol("hole");

/**
 * A list of the org being edited: copied on its first edit, its elements found by key through a map
 * built on the first look-up. A removal leaves a hole rather than moving the elements after it, so
 * that removing thousands of members one by one costs no move each; the holes go at once when the
 * list is next read whole or edited in the middle. An element's position comes from its slot, minus
 * the holes before it (counted in a Fenwick tree once there are holes).
 *
 * INVARIANT: no edit puts in an element whose key the list has already (ids are unique, `assignRole`
 * refuses an existing assignment, `addGroupMembers` skips a listed id), so the maps hold each key's
 * first element; `removeKey` and `replace` are asked only of lists whose keys are unique.
 */
export class KeyedList<T> {
  /** The elements in order, with holes where some were removed since the list was last compacted. */
  #slots: readonly (T | typeof HOLE)[];
  #holes = 0;
  #owned = false;
  /** Key → its first element. */
  #byKey: Map<string, T> | undefined;
  /** Whether some key had more than one element when the map was built (edits never add a repeat). */
  #repeats = false;
  /** Key → the slot of its first element, built when a slot is first asked for since slots last moved. */
  #slotOf: Map<string, number> | undefined;
  /** Per slot, 1 for an element and 0 for a hole, summed in a Fenwick tree: the positions once there are holes. */
  #live: Int32Array | undefined;
  /**
   * Insertions before the end not made yet, each at its position when it came: they are made all at
   * once (`#settle`) when a position is next needed, so that a run of them costs one
   * pass, not a move of the elements after each.
   */
  #pending: { readonly at: number; readonly item: T }[] = [];
  readonly #key: (item: T) => string;
  readonly #edited: () => void;

  /** `edited` is told once, on the first edit. */
  constructor(items: readonly T[], key: (item: T) => string, edited: () => void = () => undefined) {
    this.#slots = items;
    this.#key = key;
    this.#edited = edited;
  }

  /** The elements now. A list edited by the batch changes in place afterwards: read it, do not keep it. */
  get items(): readonly T[] {
    this.#settle();
    this.#compact();
    return this.#slots as readonly T[];
  }

  get length(): number {
    return this.#slots.length - this.#holes + this.#pending.length;
  }

  /** Whether a change edited the list. */
  get changed(): boolean {
    return this.#owned;
  }

  #map(): Map<string, T> {
    if (this.#byKey === undefined) {
      const byKey = new Map<string, T>();
      // A plain loop: the org's lists are frozen, and V8's forEach is slow on frozen arrays.
      // INVARIANT: the map is built before any hole (see removeKey).
      for (let i = 0; i < this.#slots.length; i++) {
        const item = this.#slots[i] as T;
        const key = this.#key(item);
        if (byKey.has(key)) this.#repeats = true;
        else byKey.set(key, item);
      }
      for (const { item } of this.#pending) byKey.set(this.#key(item), item);
      this.#byKey = byKey;
    }
    return this.#byKey;
  }

  #own(): (T | typeof HOLE)[] {
    if (!this.#owned) {
      this.#slots = Array.from(this.#slots);
      this.#owned = true;
      this.#edited();
    }
    return this.#slots as (T | typeof HOLE)[];
  }

  /** The slot of the first element with `key` (INVARIANT: there is one). */
  #slot(key: string): number {
    this.#settle();
    if (this.#slotOf !== undefined) return this.#slotOf.get(key) as number;
    // INVARIANT: there is no hole here: slots are indexed before the first removal, and kept as the
    // removals go, until elements move, which drops the holes first.
    const slotOf = new Map<string, number>();
    for (let i = 0; i < this.#slots.length; i++) {
      const k = this.#key(this.#slots[i] as T);
      if (!slotOf.has(k)) slotOf.set(k, i);
    }
    this.#slotOf = slotOf;
    return slotOf.get(key) as number;
  }

  /** Elements moved to other slots: slots are indexed and holes counted anew when next asked for. */
  #moved(): void {
    this.#slotOf = undefined;
    this.#live = undefined;
  }

  /**
   * Makes the pending insertions: one by a move of the elements after it, more in one pass that puts
   * each element in its final slot (the last insertion takes its position among all slots, each one
   * before it among the slots left, counted in a Fenwick tree; the elements there before fill the rest).
   */
  #settle(): void {
    const pending = this.#pending;
    if (pending.length === 0) return;
    this.#pending = [];
    this.#compact();
    this.#moved();
    const slots = this.#slots as T[];
    if (pending.length === 1) {
      const { at, item } = pending[0] as { readonly at: number; readonly item: T };
      slots.splice(at, 0, item);
      return;
    }
    const size = slots.length + pending.length;
    // Every slot free: a Fenwick tree of ones holds i & -i at i.
    const free = new Int32Array(size + 1).map((_, i) => i & -i);
    let top = 1;
    while (top * 2 <= size) top *= 2;
    const out = new Array<T | typeof HOLE>(size).fill(HOLE);
    for (let j = pending.length - 1; j >= 0; j--) {
      const { at, item } = pending[j] as { readonly at: number; readonly item: T };
      // The free slot with `at` free slots before it.
      let slot = 0;
      let left = at + 1;
      for (let step = top; step > 0; step >>= 1) {
        const next = slot + step;
        if (next <= size && (free[next] as number) < left) {
          slot = next;
          left -= free[next] as number;
        }
      }
      out[slot] = item;
      for (let i = slot + 1; i <= size; i += i & -i) free[i] = (free[i] as number) - 1;
    }
    let next = 0;
    for (let i = 0; i < size; i++) if (out[i] === HOLE) out[i] = slots[next++] as T;
    this.#slots = out;
  }

  /** Drops the holes, in one pass. */
  #compact(): void {
    if (this.#holes === 0) return;
    const slots = this.#slots as (T | typeof HOLE)[];
    let kept = 0;
    for (const item of slots) if (item !== HOLE) slots[kept++] = item;
    slots.length = kept;
    this.#holes = 0;
    this.#moved();
  }

  /** The number of elements in the slots before `slot`. */
  #before(slot: number): number {
    if (this.#holes === 0) return slot;
    const live = (this.#live ??= this.#countLive());
    let sum = 0;
    for (let i = slot; i > 0; i -= i & -i) sum += live[i] as number;
    return sum;
  }

  /** A Fenwick tree over the slots, with room for as many again appended. */
  #countLive(): Int32Array {
    const size = 2 * this.#slots.length + 16;
    const live = new Int32Array(size + 1);
    this.#slots.forEach((item, i) => {
      if (item !== HOLE) live[i + 1] = 1;
    });
    for (let i = 1; i <= size; i++) {
      const j = i + (i & -i);
      if (j <= size) live[j] = (live[j] as number) + (live[i] as number);
    }
    return live;
  }

  /** Adds `delta` at `slot` in the Fenwick tree, if there is one and it has room. */
  #count(slot: number, delta: number): void {
    const live = this.#live;
    if (live === undefined) return;
    if (slot + 1 >= live.length) {
      this.#live = undefined;
      return;
    }
    for (let i = slot + 1; i < live.length; i += i & -i) live[i] = (live[i] as number) + delta;
  }

  has(key: string): boolean {
    return this.#map().has(key);
  }

  /** The first element with the key. */
  get(key: string): T | undefined {
    return this.#map().get(key);
  }

  /** The position of the first element with the key, or -1. */
  indexOf(key: string): number {
    return this.#map().has(key) ? this.#before(this.#slot(key)) : -1;
  }

  /** Puts `item` (deeply frozen here) at `at`, 0 to the length. */
  insert(at: number, item: T): void {
    this.insertAll(at, [item]);
  }

  /** Puts `items` (new keys, each once, deeply frozen here) at `at`, 0 to the length, moving the elements after it once. */
  insertAll(at: number, items: readonly T[]): void {
    const slots = this.#own();
    // Before the end, or after insertions still pending: pending too, made when a position is next needed.
    const later = at < this.length || this.#pending.length > 0;
    items.forEach((item, k) => {
      const frozen = deepFreeze(item);
      const key = this.#key(frozen);
      if (later) this.#pending.push({ at: at + k, item: frozen });
      else {
        this.#slotOf?.set(key, slots.length);
        this.#count(slots.length, 1);
        slots.push(frozen);
      }
      this.#byKey?.set(key, frozen);
    });
  }

  /** Removes the element with the key (INVARIANT: there is one), leaving a hole. */
  removeKey(key: string): void {
    // The map is built before the first hole (it is built from the slots).
    const byKey = this.#map();
    const slot = this.#slot(key);
    this.#own()[slot] = HOLE;
    this.#holes++;
    this.#count(slot, -1);
    byKey.delete(key);
    this.#slotOf?.delete(key);
  }

  /** Puts `item` (deeply frozen here) in place of the element with its key (INVARIANT: there is one). */
  replace(item: T): void {
    const frozen = deepFreeze(item);
    const key = this.#key(frozen);
    const slot = this.#slot(key);
    this.#own()[slot] = frozen;
    this.#byKey?.set(key, frozen);
  }

  /** Removes every element with the key: a hole for it, or, in a list with repeated keys, a pass. */
  removeAll(key: string): void {
    if (!this.has(key)) return;
    if (this.#repeats) this.remove((item) => this.#key(item) === key);
    else this.removeKey(key);
  }

  /**
   * Removes every element that `removed` selects. INVARIANT: it decides by the key alone, so all the
   * elements of a key go, or none. Copies nothing when none goes.
   */
  remove(removed: (item: T) => boolean): void {
    const items = this.items;
    if (!items.some(removed)) return;
    const slots = this.#own() as T[];
    let kept = 0;
    for (const item of slots) {
      if (!removed(item)) slots[kept++] = item;
      else this.#byKey?.delete(this.#key(item));
    }
    slots.length = kept;
    this.#moved();
  }

  /** The list as the new org has it: the org's own when unedited, else the edited one, frozen. */
  finish(): readonly T[] {
    return this.#owned ? Object.freeze(this.items) : this.items;
  }
}

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
  for (const side of ["roleId", "groupId"] as const) {
    const listed = keys[side].get(assignment[side]);
    if (listed === undefined) keys[side].set(assignment[side], [key]);
    else listed.push(key);
  }
}

/** The org-level fields a change sets whole. */
type WholeField = "connectorPermissionsEnabled" | "groupMappings" | "spend";

/** An org under change: every part of it now, and the edits that make the next one. */
export class WorkingOrg {
  readonly base: Org;
  readonly members: KeyedList<Member>;
  readonly groups: KeyedList<Group>;
  readonly roles: KeyedList<CustomRole>;
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
    this.roles = new KeyedList(org.roles, byId, edited("roles"));
    this.connectors = new KeyedList(org.connectors, byId, edited("connectors"));
    this.roleAssignments = new KeyedList(org.roleAssignments, pairKey, edited("roleAssignments"));
    this.groupLimits = new KeyedList(org.spend?.groupLimits ?? [], byGroup, edited("spend"));
    this.capabilities = new KeyedRecord(org.capabilities, edited("capabilities"));
    this.toolPolicy = new KeyedRecord(org.toolPolicy, edited("toolPolicy"));
  }

  #field<K extends WholeField>(name: K): Org[K] {
    return (this.#fields.has(name) ? this.#fields.get(name) : this.base[name]) as Org[K];
  }

  get connectorPermissionsEnabled(): boolean {
    return this.#field("connectorPermissionsEnabled");
  }

  get groupMappings(): GroupMappings | undefined {
    return this.#field("groupMappings");
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
    for (const key of keys[side].get(id) ?? []) this.roleAssignments.removeAll(key);
    keys[side].delete(id);
  }

  /** Whether some assignment names the role, or the group. */
  hasAssignments(side: "roleId" | "groupId", id: string): boolean {
    const keys = (this.#assignmentKeys ??= this.#keysOfAssignments());
    return (keys[side].get(id) ?? []).some((key) => this.roleAssignments.has(key));
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
