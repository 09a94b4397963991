import type { BuiltInRole, Group, MappableRole, Member, Org, Seat } from "../org.js";
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

/** One member of the org, as the engine knows them. */
export interface MemberEntry {
  readonly member: Member;
  /** Every group listing the member, in org order, each once (spend limits count them all). */
  readonly groups: readonly Group[];
  /** The mapped groups that set the built-in role (GRP-3); empty when no mapping applies. */
  readonly mappedVia: readonly string[];
  readonly profile: Profile;
}

/** The membership side of a compiled org (GRP-1..GRP-3): who is in which group, holding what. */
export interface Membership {
  readonly members: ReadonlyMap<string, MemberEntry>;
  /** Every distinct profile of the org's members. */
  readonly profiles: readonly Profile[];
  /** The roles assigned in this org to each group, in assignment order (IN-2: existing roles only). */
  readonly rolesOfGroup: ReadonlyMap<string, ReadonlySet<CompiledRole>>;
  /** Whether a group counts for custom roles here (GRP-2). */
  countsForRoles(group: Group): boolean;
}

const NONE: readonly never[] = /* @__PURE__ */ Object.freeze([]);

// GRP-3: owner > admin > custom > user.
const MAPPING_RANK: Readonly<Record<MappableRole, number>> = { owner: 3, admin: 2, custom: 1, user: 0 };

/** GRP-1: the groups listing each member of the org, in org order, each group once per member. */
function groupsOfMembers(org: Org, members: ReadonlyMap<string, Member>): Map<string, Group[]> {
  const groupsOf = new Map<string, Group[]>();
  for (const group of org.groups) {
    for (const memberId of group.members) {
      if (!members.has(memberId)) continue;
      const list = groupsOf.get(memberId);
      // Groups are visited in order, so a group listing a member twice is the list's last entry.
      if (list === undefined) groupsOf.set(memberId, [group]);
      else if (list.at(-1) !== group) list.push(group);
    }
  }
  return groupsOf;
}

/** IN-2: this org's assignments whose role exists, per group id, each role once. */
function assignmentsOf(org: Org, roles: ReadonlyMap<string, CompiledRole>): Map<string, Set<CompiledRole>> {
  const rolesOfGroup = new Map<string, Set<CompiledRole>>();
  for (const { groupId, roleId } of org.roleAssignments) {
    const role = roles.get(roleId);
    if (role === undefined) continue;
    const set = rolesOfGroup.get(groupId);
    if (set === undefined) rolesOfGroup.set(groupId, new Set([role]));
    else set.add(role);
  }
  return rolesOfGroup;
}

/** GRP-3: each mapped group's best role (the one with the highest precedence), when mappings are on. */
function bestMappedRoles(org: Org): Map<string, MappableRole> {
  const best = new Map<string, MappableRole>();
  if (org.groupMappings?.enabled !== true) return best;
  for (const { groupId, role } of org.groupMappings.mappings ?? NONE) {
    const held = best.get(groupId);
    if (held === undefined || MAPPING_RANK[role] > MAPPING_RANK[held]) best.set(groupId, role);
  }
  return best;
}

/**
 * GRP-3: the built-in role the next sync would assign, from the mapped groups the member is in, and
 * the groups that set it. A Primary Owner is never changed; no mapped group keeps the stored role.
 */
function mappedRole(
  member: Member,
  groups: readonly Group[],
  mapped: ReadonlyMap<string, MappableRole>,
): { role: BuiltInRole; via: readonly string[] } {
  let role: MappableRole | undefined;
  let via: string[] = [];
  if (member.role === "primary-owner" || mapped.size === 0) return { role: member.role, via: NONE };
  for (const group of groups) {
    const candidate = mapped.get(group.id);
    if (candidate === undefined) continue;
    if (role === undefined || MAPPING_RANK[candidate] > MAPPING_RANK[role]) {
      role = candidate;
      via = [group.id];
    } else if (candidate === role) via.push(group.id);
  }
  return role === undefined ? { role: member.role, via: NONE } : { role, via: Object.freeze(via) };
}

/** Interns profiles: one object per distinct (built-in role, seat, roles held). */
function profileInterner(
  profiles: Map<string, Profile>,
): (builtInRole: BuiltInRole, seat: Seat | null, roles: CompiledRole[]) => Profile {
  return (builtInRole, seat, roles) => {
    roles.sort((a, b) => a.order - b.order);
    const key = `${builtInRole} ${seat} ${roles.map((role) => role.order).join(",")}`;
    let profile = profiles.get(key);
    if (profile === undefined) {
      profile = Object.freeze({ builtInRole, seat, roles: Object.freeze(roles), governed: builtInRole === "custom" });
      profiles.set(key, profile);
    }
    return profile;
  };
}

/**
 * Compiles who holds what (GRP-1..GRP-3) in one pass over the org's members, groups, assignments
 * and mappings: O(size of the org).
 */
export function compileMembership(org: Org, roles: ReadonlyMap<string, CompiledRole>): Membership {
  // INVARIANT: ids are unique in an org that parseOrg or applyChanges produced (IN-1).
  const byId = new Map(org.members.map((member) => [member.id, member]));
  const groupsOf = groupsOfMembers(org, byId);
  const rolesOfGroup = assignmentsOf(org, roles);
  const mapped = bestMappedRoles(org);
  // GRP-2: in invite-only and JIT orgs only manual groups count for custom roles.
  const scimCounts = org.provisioning === "scim";
  const countsForRoles = (group: Group): boolean => scimCounts || group.source === "manual";
  const profiles = new Map<string, Profile>();
  const intern = profileInterner(profiles);

  const members = new Map<string, MemberEntry>();
  for (const member of byId.values()) {
    const groups = groupsOf.get(member.id) ?? NONE;
    const held = new Set<CompiledRole>();
    for (const group of groups) {
      if (countsForRoles(group)) for (const role of rolesOfGroup.get(group.id) ?? NONE) held.add(role);
    }
    const { role, via } = mappedRole(member, groups, mapped);
    const seat = org.seatPlan === "dual" ? (member.seat ?? "chat") : null;
    members.set(member.id, Object.freeze({ member, groups, mappedVia: via, profile: intern(role, seat, [...held]) }));
  }
  return { members, profiles: Object.freeze([...profiles.values()]), rolesOfGroup, countsForRoles };
}

/** The groups, in org order, through which a member holds a role (GRP-1, GRP-2). */
export function groupsHolding(membership: Membership, entry: MemberEntry, role: CompiledRole): readonly Group[] {
  return entry.groups.filter(
    (group) => membership.countsForRoles(group) && membership.rolesOfGroup.get(group.id)?.has(role) === true,
  );
}

/** Every role a member holds, with the groups (in org order) it comes through, in one pass (GRP-1, GRP-2). */
export function groupsHoldingEach(
  membership: Membership,
  entry: MemberEntry,
): ReadonlyMap<CompiledRole, readonly Group[]> {
  const via = new Map<CompiledRole, Group[]>();
  for (const group of entry.groups) {
    if (!membership.countsForRoles(group)) continue;
    for (const role of membership.rolesOfGroup.get(group.id) ?? NONE) {
      const list = via.get(role);
      if (list === undefined) via.set(role, [group]);
      else list.push(group);
    }
  }
  return via;
}
