import type { Group, MappableRole, Member, Org, Seat } from "../org.js";
import { positionsOf } from "../parse/produced.js";
import { keepShape } from "../shapes.js";
import {
  flatLists,
  internProfiles,
  kindOf,
  profileSource,
  type FlatLists,
  type Profile,
  type ProfileTable,
} from "./profiles.js";
import type { CompiledRole } from "./roles.js";

export type { Profile } from "./profiles.js";

/** One member of the org, as the engine knows them. */
export interface MemberEntry {
  readonly member: Member;
  /** Every group listing the member, in org order, each once (spend limits count them all). */
  readonly groups: readonly Group[];
  /** The mapped groups that set the built-in role (GRP-3); empty when no mapping applies. */
  readonly mappedVia: readonly string[];
  /**
   * The number of the member's profile in {@link Membership.table}: a number, so that an entry costs
   * no walk of the roles the member holds (`table.profile(profileId)` builds them when needed).
   */
  readonly profileId: number;
}

/** The members of a compiled org by id. An entry is built when it is asked for, never kept. */
export interface MemberTable {
  get(memberId: string): MemberEntry | undefined;
  has(memberId: string): boolean;
  /**
   * A member as the org lists them, and the mapped groups that set their built-in role (GRP-3; empty
   * when none did), without walking their groups. INVARIANT: asked only about a member.
   */
  stored(memberId: string): { readonly member: Member; readonly mappedVia: readonly string[] };
  /**
   * GRP-1, GRP-2: the member's counting groups that hold `role`, in org order; empty for an id that
   * is not a member. It costs about the smaller of the member's groups and the role's, times log n.
   */
  groupsHolding(memberId: string, role: CompiledRole): readonly Group[];
}

/** The membership side of a compiled org (GRP-1..GRP-3): who is in which group, holding what. */
export interface Membership {
  readonly members: MemberTable;
  /** The number of a member's profile in {@link Membership.table}, or -1 for an id that is not a member: the hot path. */
  profileOf(memberId: string): number;
  /** The distinct profiles of the org's members, packed. */
  readonly table: ProfileTable;
  /** The roles assigned in this org to each group, in assignment order (IN-2: existing roles only). */
  readonly rolesOfGroup: ReadonlyMap<string, readonly CompiledRole[]>;
  /** Whether a group counts for custom roles here (GRP-2). */
  countsForRoles(group: Group): boolean;
}

/** The empty list the compiled org hands out wherever there is nothing (one frozen array). */
export const NONE: readonly never[] = /* @__PURE__ */ Object.freeze([]);

// GRP-3's precedence, lowest first (owner > admin > custom > user): a role's rank is its position.
const BY_RANK: readonly MappableRole[] = ["user", "custom", "admin", "owner"];

/**
 * Flat lists from (owner, item) pairs, given as two arrays of the same length: owner `o`'s items are
 * `at[start[o]]` up to `at[start[o + 1]]`, in the order the pairs come. Every loop runs from the last
 * down (no loop runs to a bound of its own: a typed array ignores a write past its end, so a bound
 * off by one would go unseen), and calls no function per pair (this runs once per org, mostly before
 * V8 optimizes it, where a call per pair costs more than the pair).
 */
function listsOf(owners: number, owner: Int32Array, item: Int32Array): FlatLists {
  // Owner o's count in start[o + 1], then where its list ends there, from the last owner down.
  const start = new Int32Array(owners + 1);
  for (let k = owner.length; k--;) {
    const o = owner[k] as number;
    start[o + 1] = (start[o + 1] as number) + 1;
  }
  let end = owner.length;
  for (let o = owners; o--;) {
    const count = start[o + 1] as number;
    start[o + 1] = end;
    end -= count;
  }
  // Each list filled from its end, the pairs from the last: they keep the order they came in.
  const at = new Int32Array(item.length);
  const next = start.slice(1);
  for (let k = owner.length; k--;) {
    const o = owner[k] as number;
    const slot = (next[o] as number) - 1;
    at[slot] = item[k] as number;
    next[o] = slot;
  }
  return flatLists(start, at);
}

/**
 * GRP-1: every member's groups, in org order, each group once per member (a group listing a member
 * twice counts once). The (member, group) pairs go into typed arrays with room for every listing, so
 * that no array grows while an org compiles (a growing array leaves its old copies to the GC).
 */
function groupListsOf(org: Org, index: ReadonlyMap<string, number>): FlatLists {
  const most = org.groups.reduce((sum, group) => sum + group.members.length, 0);
  const pairs = newPairs(org.members.length, most);
  // An index loop, not forEach (several times slower on frozen arrays, every org's) nor for-of (it
  // runs once per org, mostly before V8 optimizes it, and there allocates an iterator result).
  for (let g = 0; g < org.groups.length; g++) pairGroup(g, (org.groups[g] as Group).members, index, pairs);
  return listsOf(org.members.length, pairs.members.subarray(0, pairs.count), pairs.groups.subarray(0, pairs.count));
}

/** The (member, group) pairs found so far, and the last group that listed each member. */
interface Pairs {
  readonly last: Int32Array;
  readonly members: Int32Array;
  readonly groups: Int32Array;
  count: number;
}

/** No pair yet, with room for `most` of them among `members` members. */
export function newPairs(members: number, most: number): Pairs {
  return {
    last: new Int32Array(members).fill(-1),
    members: new Int32Array(most),
    groups: new Int32Array(most),
    count: 0,
  };
}

// A Pairs outlives every org, so that the pairing's optimized code does too (src/shapes.ts).
keepShape(newPairs(0, 0));

/**
 * Adds group `g`'s (member, group) pairs, each member once. A function called once per group rather
 * than the body of one loop over all listings: V8 optimizes a function called often after its first
 * calls, and runs a long loop that runs once per org unoptimized for most of it (see `profileOf` in
 * src/engine/profiles.ts). The ids are read from the last: their order within one group changes no
 * member's list.
 */
function pairGroup(g: number, listed: readonly string[], index: ReadonlyMap<string, number>, pairs: Pairs): void {
  const { last, members, groups } = pairs;
  let { count } = pairs;
  for (let k = listed.length; k--;) {
    const i = index.get(listed[k] as string);
    if (i === undefined || last[i] === g) continue;
    last[i] = g;
    members[count] = i;
    groups[count++] = g;
  }
  pairs.count = count;
}

/**
 * GRP-1, GRP-2: each group's counting roles (by `order`), each once, in assignment order: group `g`'s
 * are `at[start[g]]` up to `at[start[g + 1]]` (numbers only: profiles are interned from them).
 */
function countingRolesOf(org: Org, rolesOf: (group: Group) => readonly CompiledRole[]): FlatLists {
  const start = new Int32Array(org.groups.length + 1);
  const at: number[] = [];
  for (let g = 0; g < org.groups.length; g++) {
    for (const role of rolesOf(org.groups[g] as Group)) at.push(role.order);
    start[g + 1] = at.length;
  }
  return flatLists(start, Int32Array.from(at));
}

/** GRP-1, GRP-2: the counting groups holding each role (by `order`), in org order. */
function holdersOf(rolesByGroup: FlatLists, roleCount: number): FlatLists {
  const { start, at } = rolesByGroup;
  const groups = new Int32Array(at.length);
  start.subarray(1).forEach((end, g) => groups.fill(g, start[g], end));
  return listsOf(roleCount, at, groups);
}

/**
 * The numbers in both ascending lists, ascending: each of the shorter list is looked up by binary
 * search in the longer, so that a member in one group costs O(log n) however many groups hold the
 * role, and a role held by one group costs O(log n) however many groups the member is in.
 */
function common(a: Int32Array, b: Int32Array): number[] {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: which list is searched sets the cost, never the result
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const found: number[] = [];
  let low = 0;
  for (const x of short) {
    let high = long.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((long[mid] as number) < x) low = mid + 1;
      else high = mid;
    }
    if (long[low] === x) found.push(x);
  }
  return found;
}

/** Member `i`'s groups, in org order (GRP-1). */
function groupsAt(org: Org, lists: FlatLists, i: number): Group[] {
  return Array.from(lists.at.subarray(lists.start[i], lists.start[i + 1]), (g) => org.groups[g] as Group);
}

/**
 * IN-2: this org's assignments whose role exists, per group id, each role once, in assignment order:
 * a plain array per group (a group holds one or two roles far more often than many), repeats dropped
 * in one pass with a stamp per role.
 */
function assignmentsOf(org: Org, roles: ReadonlyMap<string, CompiledRole>): Map<string, CompiledRole[]> {
  const rolesOfGroup = new Map<string, CompiledRole[]>();
  for (const { groupId, roleId } of org.roleAssignments) {
    const role = roles.get(roleId);
    if (role === undefined) continue;
    const held = rolesOfGroup.get(groupId);
    if (held === undefined) rolesOfGroup.set(groupId, [role]);
    else held.push(role);
  }
  const stamp = new Int32Array(roles.size).fill(-1);
  let g = 0;
  for (const held of rolesOfGroup.values()) {
    g++;
    let kept = 0;
    for (const role of held) {
      if (stamp[role.order] === g) continue;
      stamp[role.order] = g;
      held[kept++] = role;
    }
    held.length = kept;
  }
  return rolesOfGroup;
}

/**
 * GRP-3: each mapped group's best rank (the role with the highest precedence); `undefined` when
 * mappings are off, so that no member's groups are walked for them.
 */
function bestMappedRanks(org: Org): Map<string, number> | undefined {
  if (org.groupMappings?.enabled !== true) return undefined;
  const best = new Map<string, number>();
  for (const { groupId, role } of org.groupMappings.mappings ?? NONE)
    best.set(groupId, Math.max(best.get(groupId) ?? 0, BY_RANK.indexOf(role)));
  return best;
}

/**
 * GRP-3: the built-in role the next sync would assign, from the mapped groups the member is in, and
 * the groups that set it; `undefined` when no mapped group lists the member (the stored role stays).
 */
function mappedRole(
  groups: Iterable<Group>,
  mapped: ReadonlyMap<string, number>,
): { role: MappableRole; via: readonly string[] } | undefined {
  let best: { rank: number; via: string[] } | undefined;
  for (const group of groups) {
    const rank = mapped.get(group.id);
    if (rank === undefined) continue;
    if (best === undefined || rank > best.rank) best = { rank, via: [group.id] };
    else if (rank === best.rank) best.via.push(group.id);
  }
  return best === undefined ? undefined : { role: BY_RANK[best.rank] as MappableRole, via: Object.freeze(best.via) };
}

/** The compiled members: an index by id and flat arrays by position; entries built on demand. */
class Members implements MemberTable {
  readonly #org: Org;
  readonly #index: ReadonlyMap<string, number>;
  readonly #lists: FlatLists;
  readonly #ofMember: Int32Array;
  readonly #mappedVia: ReadonlyMap<number, readonly string[]>;
  readonly #holders: () => FlatLists;
  #holding: FlatLists | undefined;

  constructor(
    org: Org,
    index: ReadonlyMap<string, number>,
    lists: FlatLists,
    ofMember: Int32Array,
    mappedVia: ReadonlyMap<number, readonly string[]>,
    holders: () => FlatLists,
  ) {
    this.#org = org;
    this.#index = index;
    this.#lists = lists;
    this.#ofMember = ofMember;
    this.#mappedVia = mappedVia;
    this.#holders = holders;
  }

  has(memberId: string): boolean {
    return this.#index.has(memberId);
  }

  stored(memberId: string): { readonly member: Member; readonly mappedVia: readonly string[] } {
    const i = this.#index.get(memberId) as number;
    return { member: this.#org.members[i] as Member, mappedVia: this.#mappedVia.get(i) ?? NONE };
  }

  groupsHolding(memberId: string, role: CompiledRole): readonly Group[] {
    const i = this.#index.get(memberId);
    if (i === undefined) return NONE;
    // Built on the first explanation that names a role, once per org: a number per assignment.
    const holders = (this.#holding ??= this.#holders());
    const mine = this.#lists.at.subarray(this.#lists.start[i], this.#lists.start[i + 1]);
    const theirs = holders.at.subarray(holders.start[role.order], holders.start[role.order + 1]);
    return common(mine, theirs).map((g) => this.#org.groups[g] as Group);
  }

  get(memberId: string): MemberEntry | undefined {
    const i = this.#index.get(memberId);
    if (i === undefined) return undefined;
    const org = this.#org;
    return {
      member: org.members[i] as Member,
      groups: groupsAt(org, this.#lists, i),
      mappedVia: this.#mappedVia.get(i) ?? NONE,
      profileId: this.#ofMember[i] as number,
    };
  }
}

/**
 * GRP-3 and seats: each member's profile kind (the built-in role after group mappings, and the seat
 * on a dual-seat plan), and the mapped groups that set the built-in role, by member position.
 */
function kindsOf(
  org: Org,
  lists: FlatLists,
  mapped: ReadonlyMap<string, number> | undefined,
): { kinds: Uint8Array; mappedVia: Map<number, readonly string[]> } {
  const kinds = new Uint8Array(org.members.length);
  const mappedVia = new Map<number, readonly string[]>();
  const dual = org.seatPlan === "dual";
  for (let i = 0; i < kinds.length; i++) {
    const member = org.members[i] as Member;
    const mapping =
      member.role === "primary-owner" || mapped === undefined ? undefined : mappedRole(groupsAt(org, lists, i), mapped);
    if (mapping !== undefined) mappedVia.set(i, mapping.via);
    const seat: Seat | null = dual ? (member.seat ?? "chat") : null;
    kinds[i] = kindOf(mapping?.role ?? member.role, seat);
  }
  return { kinds, mappedVia };
}

/** The position of each member id in the list. */
function positionsIn(members: readonly Member[]): Map<string, number> {
  // INVARIANT: ids are unique in an org that parseOrg or applyChanges produced (IN-1).
  const index = new Map<string, number>();
  for (let i = 0; i < members.length; i++) index.set((members[i] as Member).id, i);
  return index;
}

/**
 * Compiles who holds what (GRP-1..GRP-3) in one pass over the org's members, groups, assignments
 * and mappings: O(size of the org) in time, and in memory a few numbers per member and group
 * listing plus one profile per distinct (built-in role, seat, roles held).
 */
export function compileMembership(org: Org, roles: ReadonlyMap<string, CompiledRole>): Membership {
  const index = positionsOf(org.members) ?? positionsIn(org.members);
  const lists = groupListsOf(org, index);
  const rolesOfGroup = assignmentsOf(org, roles);
  const mapped = bestMappedRanks(org);
  // GRP-2: in invite-only and JIT orgs only manual groups count for custom roles.
  const scimCounts = org.provisioning === "scim";
  const countsForRoles = (group: Group): boolean => scimCounts || group.source === "manual";
  const countingRoles = (group: Group) => (countsForRoles(group) ? (rolesOfGroup.get(group.id) ?? NONE) : NONE);
  const rolesByGroup = countingRolesOf(org, countingRoles);
  const { kinds, mappedVia } = kindsOf(org, lists, mapped);
  const { table, ofMember } = internProfiles([...roles.values()], profileSource(kinds, lists, rolesByGroup));
  return {
    members: new Members(org, index, lists, ofMember, mappedVia, () => holdersOf(rolesByGroup, roles.size)),
    // The hot path: the index and the array themselves, not through the table's methods.
    profileOf: (memberId) => {
      const i = index.get(memberId);
      return i === undefined ? -1 : (ofMember[i] as number);
    },
    table,
    rolesOfGroup,
    countsForRoles,
  };
}

/** Every distinct profile of the org's members, as objects built now (not kept). */
export function distinctProfiles(membership: Membership): Profile[] {
  const { table } = membership;
  return Array.from({ length: table.size }, (_, p) => table.profile(p));
}
