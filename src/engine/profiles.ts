import type { BuiltInRole, Member, Seat } from "../org.js";
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

/** What makes a member's profile, told by `describe`: roles through `hold`, the rest returned. */
export type DescribeMember = (
  member: Member,
  position: number,
  hold: (roles: readonly CompiledRole[]) => void,
) => { builtInRole: BuiltInRole; seat: Seat | null };

const BUILT_IN: readonly BuiltInRole[] = ["primary-owner", "owner", "admin", "user", "custom"];
const SEATS: readonly (Seat | null)[] = [null, "chat", "chat-code"];

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

// Stryker disable all: the hash sets where a profile is looked for, never whether it is found (#same compares all)
/** A number that equal profiles share (and different ones rarely do); exported for the tests that make two collide. */
export function hashOf(kind: number, held: Int32Array, count: number): number {
  let hash = kind;
  for (let k = 0; k < count; k++) hash = Math.imul(hash ^ (held[k] as number), 0x9e3779b1);
  return hash >>> 0;
}
// Stryker restore all

/**
 * The profiles being found: kinds and roles held so far, in growing arrays, and a hash table of
 * them (open addressing in a typed array: no object per profile, even while compiling).
 */
class Found {
  readonly kind: number[] = [];
  readonly start: number[] = [0];
  readonly held: number[] = [];
  /** Slot → profile number, or -1 when empty; at least twice as many slots as profiles can be. */
  readonly #slots: Int32Array;

  constructor(most: number) {
    let size = 16;
    // Stryker disable next-line EqualityOperator: a table twice as large sets the cost only
    while (size < 2 * most) size *= 2;
    this.#slots = new Int32Array(size).fill(-1);
  }

  /** The number of the profile (kind, the first `count` positions of `held`), added when new. */
  intern(kind: number, held: Int32Array, count: number): number {
    const mask = this.#slots.length - 1;
    // Stryker disable next-line ArithmeticOperator: probing either way visits every slot; it sets the cost only
    for (let slot = hashOf(kind, held, count) & mask; ; slot = (slot + 1) & mask) {
      const known = this.#slots[slot] as number;
      if (known === -1) {
        const p = this.kind.length;
        this.kind.push(kind);
        for (let k = 0; k < count; k++) this.held.push(held[k] as number);
        this.start.push(this.held.length);
        this.#slots[slot] = p;
        return p;
      }
      if (this.#same(known, kind, held, count)) return known;
    }
  }

  #same(p: number, kind: number, held: Int32Array, count: number): boolean {
    const from = this.start[p] as number;
    if (this.kind[p] !== kind || (this.start[p + 1] as number) - from !== count) return false;
    for (let k = 0; k < count; k++) if (this.held[from + k] !== held[k]) return false;
    return true;
  }
}

/**
 * The profile of each member, one per distinct (built-in role, seat, roles held), in one pass over
 * the members. Each member's roles are told once per group; each is kept once (a stamp per role),
 * in org role order.
 *
 * @param roles - the org's compiled roles, in org order (`roles[i].order === i`)
 */
export function internProfiles(
  members: readonly Member[],
  roles: readonly CompiledRole[],
  describe: DescribeMember,
): { ofMember: Int32Array; table: ProfileTable } {
  // Each member's roles, each once (a stamp per role): at most one slot per role of the org.
  const stamp = new Int32Array(roles.length).fill(-1);
  const held = new Int32Array(roles.length);
  let count = 0;
  // Set to each member's position before its roles are told.
  let current = 0;
  const hold = (given: readonly CompiledRole[]): void => {
    // An index loop: compiling runs once per org, mostly before V8 optimizes it, and there a for-of
    // allocates an iterator result per role told (once per group listing of every member).
    for (let k = 0; k < given.length; k++) {
      const { order } = given[k] as CompiledRole;
      if (stamp[order] === current) continue;
      stamp[order] = current;
      held[count++] = order;
    }
  };
  const found = new Found(members.length);
  const ofMember = new Int32Array(members.length);
  // An index loop, not forEach: V8's forEach is several times slower on frozen arrays (every org's).
  for (let i = 0; i < members.length; i++) {
    const member = members[i] as Member;
    current = i;
    count = 0;
    const { builtInRole, seat } = describe(member, i, hold);
    sortPositions(held, count);
    ofMember[i] = found.intern(BUILT_IN.indexOf(builtInRole) * 3 + SEATS.indexOf(seat), held, count);
  }
  const table = new ProfileTable(
    roles,
    Uint8Array.from(found.kind),
    Int32Array.from(found.start),
    Int32Array.from(found.held),
  );
  return { ofMember, table };
}
