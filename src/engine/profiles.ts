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
    return this.#roles[this.#held[(this.#start[p] as number) + k] as number] as CompiledRole;
  }

  /** Profile `p` as an object, built now (not kept). */
  profile(p: number): Profile {
    const builtInRole = this.builtInRole(p);
    const roles = Array.from({ length: this.roleCount(p) }, (_, k) => this.role(p, k));
    return { builtInRole, seat: this.seat(p), roles, governed: builtInRole === "custom" };
  }
}

const byOrder = (a: number, b: number): number => a - b;

/** Sorts role positions: by insertion when few (most members hold a handful), else by `sort`. */
function sortPositions(held: number[]): void {
  if (held.length > 16) {
    held.sort(byOrder);
    return;
  }
  for (let i = 1; i < held.length; i++) {
    const order = held[i] as number;
    let j = i - 1;
    for (; j >= 0 && (held[j] as number) > order; j--) held[j + 1] = held[j] as number;
    held[j + 1] = order;
  }
}

/** A small integer that equal profiles share (and different ones rarely do). */
function hashOf(kind: number, held: readonly number[]): number {
  let hash = kind;
  for (const order of held) hash = Math.imul(hash ^ order, 0x9e3779b1);
  // A small integer, so that the Map keyed by it stores no boxed number.
  return hash & 0x3fffffff;
}

/** The profiles being found: kinds and roles held so far, in growing arrays. */
class Found {
  readonly kind: number[] = [];
  readonly start: number[] = [0];
  readonly held: number[] = [];
  readonly #buckets = new Map<number, number[]>();

  /** The number of the profile (kind, held), added when new. */
  intern(kind: number, held: readonly number[]): number {
    const hash = hashOf(kind, held);
    const bucket = this.#buckets.get(hash);
    const known = bucket?.find((p) => this.#same(p, kind, held));
    if (known !== undefined) return known;
    const p = this.kind.length;
    this.kind.push(kind);
    for (const order of held) this.held.push(order);
    this.start.push(this.held.length);
    if (bucket === undefined) this.#buckets.set(hash, [p]);
    else bucket.push(p);
    return p;
  }

  #same(p: number, kind: number, held: readonly number[]): boolean {
    const from = this.start[p] as number;
    if (this.kind[p] !== kind || (this.start[p + 1] as number) - from !== held.length) return false;
    return held.every((order, k) => this.held[from + k] === order);
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
  const stamp = new Int32Array(roles.length).fill(-1);
  const held: number[] = [];
  let current = -1;
  const hold = (given: readonly CompiledRole[]): void => {
    for (const { order } of given) {
      if (stamp[order] === current) continue;
      stamp[order] = current;
      held.push(order);
    }
  };
  const found = new Found();
  const ofMember = new Int32Array(members.length);
  members.forEach((member, i) => {
    current = i;
    held.length = 0;
    const { builtInRole, seat } = describe(member, i, hold);
    sortPositions(held);
    ofMember[i] = found.intern(BUILT_IN.indexOf(builtInRole) * 3 + SEATS.indexOf(seat), held);
  });
  const table = new ProfileTable(
    roles,
    Uint8Array.from(found.kind),
    Int32Array.from(found.start),
    Int32Array.from(found.held),
  );
  return { ofMember, table };
}
