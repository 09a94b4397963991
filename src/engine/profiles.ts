import type { BuiltInRole, Seat } from "../org.js";
import { keepShape } from "../shapes.js";
import type { CompiledRole } from "./roles.js";

/**
 * What decides a member's answers, shared by every member with the same built-in role, seat and
 * counting roles: the "answer set". The compiled org keeps profiles packed ({@link ProfileTable});
 * this object form is built when asked for.
 */
export interface Profile {
  /** The built-in role in effect, after group mappings (GRP-3). */
  readonly builtInRole: BuiltInRole;
  /** The seat in effect on a dual-seat plan; `null` on a standard plan. */
  readonly seat: Seat | null;
  /** The roles assigned in this org to the member's counting groups, in org role order (GRP-1, GRP-2). */
  readonly roles: readonly CompiledRole[];
  /** Whether custom roles govern these members (CAP-4, CON-5, GRP-4). */
  readonly governed: boolean;
}

/** Lists of numbers laid flat, in two arrays whatever their number: list `o` is `at[start[o]]` up to `at[start[o + 1]]`. */
export interface FlatLists {
  readonly start: Int32Array;
  readonly at: Int32Array;
}

/** Flat lists from their two arrays: every {@link FlatLists} of the compiler is made here, so that all share one shape. */
export function flatLists(start: Int32Array, at: Int32Array): FlatLists {
  return { start, at };
}

/**
 * What makes each member's profile, as numbers only: member `i` has kind `kinds[i]` ({@link kindOf}),
 * is in the groups of list `i` of `groupsOf`, and group `g` gives the roles (by `order`) of list `g`
 * of `rolesOf`, repeats allowed.
 */
export interface ProfileSource {
  readonly kinds: Uint8Array;
  readonly groupsOf: FlatLists;
  readonly rolesOf: FlatLists;
}

/** What makes the members' profiles: every {@link ProfileSource} is made here, so that all share one shape. */
export function profileSource(kinds: Uint8Array, groupsOf: FlatLists, rolesOf: FlatLists): ProfileSource {
  return { kinds, groupsOf, rolesOf };
}

const BUILT_IN: readonly BuiltInRole[] = ["primary-owner", "owner", "admin", "user", "custom"];
const SEATS: readonly (Seat | null)[] = [null, "chat", "chat-code"];

/** A profile's kind: its built-in role and seat as one small number (its built-in role's position × 3 + its seat's). */
export function kindOf(builtInRole: BuiltInRole, seat: Seat | null): number {
  return BUILT_IN.indexOf(builtInRole) * 3 + SEATS.indexOf(seat);
}

/**
 * The distinct profiles of an org's members, packed in flat arrays: a few bytes per profile and per
 * role it holds, instead of an object and an array each (a large org has nearly one profile per
 * member). Profile `p` (a number from 0) holds `role(p, 0)` to `role(p, roleCount(p) - 1)`, in org
 * role order.
 */
export class ProfileTable {
  readonly #roles: readonly CompiledRole[];
  /** Per profile: its built-in role's position in BUILT_IN × 3 + its seat's in SEATS. */
  readonly #kind: Uint8Array;
  readonly #start: Int32Array;
  readonly #held: Int32Array;

  constructor(roles: readonly CompiledRole[], kind: Uint8Array, start: Int32Array, held: Int32Array) {
    this.#roles = roles;
    this.#kind = kind;
    this.#start = start;
    this.#held = held;
  }

  /** How many distinct profiles there are. */
  get size(): number {
    return this.#kind.length;
  }

  builtInRole(p: number): BuiltInRole {
    return BUILT_IN[Math.floor((this.#kind[p] as number) / 3)] as BuiltInRole;
  }

  seat(p: number): Seat | null {
    return SEATS[(this.#kind[p] as number) % 3] as Seat | null;
  }

  /** Whether custom roles govern the profile's members (CAP-4, CON-5, GRP-4). */
  governed(p: number): boolean {
    return this.builtInRole(p) === "custom";
  }

  roleCount(p: number): number {
    return (this.#start[p + 1] as number) - (this.#start[p] as number);
  }

  /** The `k`-th role of profile `p`, in org role order. */
  role(p: number, k: number): CompiledRole {
    return this.roleAt((this.#start[p] as number) + k);
  }

  /** Where profile `p`'s roles start: they are `roleAt(slot)` for `first(p) <= slot < first(p + 1)`. */
  first(p: number): number {
    return this.#start[p] as number;
  }

  /** The role held at a slot of the table (see {@link ProfileTable.first}). */
  roleAt(slot: number): CompiledRole {
    return this.#roles[this.orderAt(slot)] as CompiledRole;
  }

  /** The position in the org's role list of the role held at a slot (see {@link ProfileTable.first}). */
  orderAt(slot: number): number {
    return this.#held[slot] as number;
  }

  /** Profile `p` as an object, built now (not kept). */
  profile(p: number): Profile {
    const builtInRole = this.builtInRole(p);
    const roles = Array.from({ length: this.roleCount(p) }, (_, k) => this.role(p, k));
    return { builtInRole, seat: this.seat(p), roles, governed: builtInRole === "custom" };
  }
}

/** Sorts the first `count` role positions: by insertion when few (most members hold a handful). */
function sortPositions(held: Int32Array, count: number): void {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: either sort sorts; the threshold sets the cost only
  if (count > 16) held.subarray(0, count).sort();
  else insertionSort(held, count);
}

/** Sorts the first `count` numbers by insertion: no call, no allocation, for the handful most members hold. */
function insertionSort(held: Int32Array, count: number): void {
  for (let i = 1; i < count; i++) {
    const order = held[i] as number;
    let j = i - 1;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: positions are distinct, and a typed array reads undefined before 0
    for (; j >= 0 && (held[j] as number) > order; j--) held[j + 1] = held[j] as number;
    held[j + 1] = order;
  }
}

/** Hashes a profile's roles (the first `count` role positions of `held`) to a whole number from 0 below 2^31. */
export type RoleHash = (held: Int32Array, count: number) => number;

/**
 * A number from 0 below 2^31 that the same roles always give (and different ones rarely do). It sets
 * which profiles are compared, never whether one is found: `sameProfile` compares them whole. The kind
 * is left out: the same roles with another kind share a bucket, at most fifteen of them.
 */
export function hashOf(held: Int32Array, count: number): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < count; k++) hash = Math.imul(hash ^ (held[k] as number), 0x9e3779b1);
  return hash >>> 1;
}

/**
 * The profiles found so far: profile `p` has kind `kind[p]` and holds `roleOf[from[p]]` up to
 * `roleOf[from[p + 1]]`. The profiles are chained in buckets, one per member: bucket `b` holds the
 * profiles whose hash is `b` modulo the number of buckets; `last[b]` is the last profile added to it
 * and `next[p]` the one added before `p` (-1 at the end). Any number of buckets gives the same
 * profiles, so there is no size to tune; one per member keeps the chains about one long. `stamp` and
 * `held` are one member's roles as they are told.
 */
interface Found {
  readonly hash: RoleHash;
  readonly stamp: Int32Array;
  readonly held: Int32Array;
  readonly last: Int32Array;
  readonly next: Int32Array;
  readonly kind: number[];
  readonly from: number[];
  readonly roleOf: number[];
}

/** The interning's state before the first member, for `roles` roles and `members` members. */
export function newFound(hash: RoleHash, roles: number, members: number): Found {
  return {
    hash,
    stamp: new Int32Array(roles).fill(-1),
    held: new Int32Array(roles),
    last: new Int32Array(members).fill(-1),
    next: new Int32Array(members),
    kind: [],
    from: [0],
    roleOf: [],
  };
}

/**
 * The profile of member `i`, found or added: its roles are told once per group, each kept once (a
 * stamp per role), in org role order. A function called once per member rather than the body of
 * one loop over them: compiling runs once per org, and V8 optimizes a function called often far
 * sooner than a long loop, which it runs unoptimized for most of the first orgs.
 */
function profileOf(i: number, source: ProfileSource, found: Found): number {
  const { groupsOf, rolesOf } = source;
  const { stamp, held } = found;
  let count = 0;
  for (let k = groupsOf.start[i] as number; k < (groupsOf.start[i + 1] as number); k++) {
    const g = groupsOf.at[k] as number;
    for (let r = rolesOf.start[g] as number; r < (rolesOf.start[g + 1] as number); r++) {
      const order = rolesOf.at[r] as number;
      if (stamp[order] === i) continue;
      stamp[order] = i;
      held[count++] = order;
    }
  }
  sortPositions(held, count);
  const mine = source.kinds[i] as number;
  const bucket = found.hash(held, count) % found.last.length;
  for (let p = found.last[bucket] as number; p !== -1; p = found.next[p] as number)
    if (sameProfile(found, p, mine, count)) return p;
  const added = addProfile(found, mine, count);
  found.next[added] = found.last[bucket] as number;
  found.last[bucket] = added;
  return added;
}

/** Adds the profile (kind, the first `count` roles of `found.held`); its number. */
function addProfile(found: Found, kind: number, count: number): number {
  // Copied one by one: a typed array view (`subarray`) costs more to make than a few roles to copy.
  for (let k = 0; k < count; k++) found.roleOf.push(found.held[k] as number);
  found.from.push(found.roleOf.length);
  return found.kind.push(kind) - 1;
}

/**
 * The profile of each member, one per distinct (kind, roles held), in one pass over the members.
 *
 * @param roles - the org's compiled roles, in org order (`roles[i].order === i`)
 * @param hash - how the roles are hashed: {@link hashOf}; tests pass one that collides
 */
export function internProfiles(
  roles: readonly CompiledRole[],
  source: ProfileSource,
  hash: RoleHash = hashOf,
): { ofMember: Int32Array; table: ProfileTable } {
  const members = source.kinds.length;
  const found = newFound(hash, roles.length, members);
  const ofMember = new Int32Array(members);
  for (let i = 0; i < members; i++) ofMember[i] = profileOf(i, source, found);
  const table = new ProfileTable(
    roles,
    Uint8Array.from(found.kind),
    Int32Array.from(found.from),
    Int32Array.from(found.roleOf),
  );
  return { ofMember, table };
}

/** Whether profile `p` is (kind, the first `count` roles of `found.held`). */
function sameProfile(found: Found, p: number, kind: number, count: number): boolean {
  const from = found.from[p] as number;
  if (found.kind[p] !== kind || (found.from[p + 1] as number) - from !== count) return false;
  for (let k = 0; k < count; k++) if (found.roleOf[from + k] !== found.held[k]) return false;
  return true;
}

// One object of each of the interning's working shapes outlives every org, so that its optimized
// code does too (src/shapes.ts).
const NO_LISTS = keepShape(flatLists(new Int32Array(1), new Int32Array(0)));
keepShape(profileSource(new Uint8Array(0), NO_LISTS, NO_LISTS));
keepShape(newFound(hashOf, 0, 0));
