import type { BuiltInRole, Member, Seat } from "../org.js";
import type { CompiledRole } from "./roles.js";

/**
 * What decides a member's answers, shared by every member with the same built-in role, seat and
 * counting roles: the "answer set". Memory grows with distinct profiles, not with members or
 * questions asked.
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

const byOrder = (a: CompiledRole, b: CompiledRole): number => a.order - b.order;

/** Sorts roles by their position in the org: by insertion when few (most members hold a handful). */
function inOrgOrder(roles: CompiledRole[]): void {
  if (roles.length > 16) {
    roles.sort(byOrder);
    return;
  }
  for (let i = 1; i < roles.length; i++) {
    const role = roles[i] as CompiledRole;
    let j = i - 1;
    for (; j >= 0 && (roles[j] as CompiledRole).order > role.order; j--) roles[j + 1] = roles[j] as CompiledRole;
    roles[j + 1] = role;
  }
}

const BUILT_IN: readonly BuiltInRole[] = ["primary-owner", "owner", "admin", "user", "custom"];

/** A number that equal profiles share (and different ones rarely do). */
function hashOf(builtInRole: BuiltInRole, seat: Seat | null, roles: readonly CompiledRole[]): number {
  let hash = BUILT_IN.indexOf(builtInRole) * 3 + (seat === null ? 0 : seat === "chat" ? 1 : 2);
  for (const role of roles) hash = Math.imul(hash ^ role.order, 0x9e3779b1);
  // A small integer, so that the Map keyed by it stores no boxed number.
  return hash & 0x3fffffff;
}

function same(profile: Profile, builtInRole: BuiltInRole, seat: Seat | null, roles: readonly CompiledRole[]): boolean {
  return (
    profile.builtInRole === builtInRole &&
    profile.seat === seat &&
    profile.roles.length === roles.length &&
    profile.roles.every((role, k) => role === roles[k])
  );
}

/**
 * The profile of each member, one object per distinct (built-in role, seat, roles held), in one pass
 * over the members. Each member's roles are told once per group; each is kept once (a stamp per
 * role), in org role order.
 *
 * @param roleCount - the number of the org's roles (every `order` is below it)
 */
export function internProfiles(
  members: readonly Member[],
  roleCount: number,
  describe: DescribeMember,
): { ofMember: readonly Profile[]; distinct: readonly Profile[] } {
  const stamp = new Int32Array(roleCount).fill(-1);
  const held: CompiledRole[] = [];
  let current = -1;
  const hold = (roles: readonly CompiledRole[]): void => {
    for (const role of roles) {
      if (stamp[role.order] === current) continue;
      stamp[role.order] = current;
      held.push(role);
    }
  };
  const buckets = new Map<number, Profile[]>();
  const distinct: Profile[] = [];
  const ofMember = members.map((member, i) => {
    current = i;
    held.length = 0;
    const { builtInRole, seat } = describe(member, i, hold);
    inOrgOrder(held);
    const hash = hashOf(builtInRole, seat, held);
    const bucket = buckets.get(hash);
    const known = bucket?.find((profile) => same(profile, builtInRole, seat, held));
    if (known !== undefined) return known;
    // Internal to the compiled org (answers copy what they show), so not frozen: freezing 10^5
    // small objects costs more than compiling them.
    const profile: Profile = { builtInRole, seat, roles: held.slice(), governed: builtInRole === "custom" };
    if (bucket === undefined) buckets.set(hash, [profile]);
    else bucket.push(profile);
    distinct.push(profile);
    return profile;
  });
  return { ofMember, distinct };
}
