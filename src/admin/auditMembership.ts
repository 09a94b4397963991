// Who is in which group and who holds a role, computed once for the whole org in O(org) (GRP-1..GRP-3),
// so that the audit never asks the engine member by member where that would be quadratic. The
// engine's answers agree with this (test/admin/auditMembership.test.ts checks it on random orgs).
import type { BuiltInRole, CustomRole, Group, MappableRole, Member, Org } from "../org.js";

/** One member of the org as the audit sees it. */
export interface AuditedMember {
  readonly member: Member;
  /** The member's position in the org's member list. */
  readonly position: number;
  /** The built-in role in effect, after group mappings (GRP-3). */
  readonly builtInRole: BuiltInRole;
  /** The mapped groups that set `builtInRole` (GRP-3); empty when no mapping applies. */
  readonly mappedVia: readonly string[];
  /** The groups that list the member and count for custom roles here (GRP-1, GRP-2), in org order. */
  readonly countingGroups: readonly Group[];
  /** Whether a role of this org is assigned to one of `countingGroups` (CAP-4, CAP-6). */
  readonly holdsRole: boolean;
}

/** A role of the org and its position in the org's role list. */
export interface RoleEntry {
  readonly role: CustomRole;
  readonly position: number;
}

/** The org's memberships, indexed once. */
export interface Membership {
  readonly members: readonly AuditedMember[];
  readonly groups: ReadonlyMap<string, Group>;
  /** Role id → the role and its position in the org's role list. */
  readonly roles: ReadonlyMap<string, RoleEntry>;
  /** Group id → the existing roles assigned to it in this org, each once, in assignment order. */
  readonly rolesOfGroup: ReadonlyMap<string, readonly RoleEntry[]>;
  /** Whether a group counts for custom roles in this org (GRP-2). */
  counts(group: Group): boolean;
}

// GRP-3: owner > admin > custom > user.
const MAPPING_RANK: Readonly<Record<MappableRole, number>> = { user: 0, custom: 1, admin: 2, owner: 3 };

function byId<T extends { readonly id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((item) => [item.id, item]));
}

/** Member id → the groups listing them, each group once, in org order (GRP-1: members of this org only). */
function groupsOfMembers(org: Org, members: ReadonlyMap<string, Member>): Map<string, Group[]> {
  const groupsOf = new Map<string, Group[]>();
  for (const group of org.groups) {
    for (const memberId of group.members) {
      if (!members.has(memberId)) continue;
      const list = groupsOf.get(memberId);
      if (list === undefined) groupsOf.set(memberId, [group]);
      // A group listing the member twice was pushed just before: groups are visited one at a time.
      else if (list.at(-1) !== group) list.push(group);
    }
  }
  return groupsOf;
}

function rolesOfGroups(org: Org, roles: Membership["roles"]): Map<string, RoleEntry[]> {
  const rolesOf = new Map<string, Set<RoleEntry>>();
  for (const { groupId, roleId } of org.roleAssignments) {
    const role = roles.get(roleId);
    // IN-2: an assignment of a missing role grants nothing.
    if (role === undefined) continue;
    const set = rolesOf.get(groupId) ?? new Set<RoleEntry>();
    rolesOf.set(groupId, set.add(role));
  }
  return new Map([...rolesOf].map(([groupId, set]) => [groupId, [...set]]));
}

/** Group id → the built-in roles it maps to, when group mappings are on (GRP-3). */
function mappedRoles(org: Org): Map<string, MappableRole[]> {
  const mapped = new Map<string, MappableRole[]>();
  if (org.groupMappings?.enabled !== true) return mapped;
  for (const { groupId, role } of org.groupMappings.mappings ?? []) {
    const roles = mapped.get(groupId);
    if (roles === undefined) mapped.set(groupId, [role]);
    else roles.push(role);
  }
  return mapped;
}

/** GRP-3: the built-in role the next sync assigns, and the mapped groups that set it. */
function mappedRole(
  member: Member,
  groups: readonly Group[],
  mapped: ReadonlyMap<string, readonly MappableRole[]>,
): { role: BuiltInRole; via: string[] } {
  let best: { role: BuiltInRole; rank: number; via: string[] } = { role: member.role, rank: -1, via: [] };
  // A Primary Owner is never changed by mappings.
  if (member.role === "primary-owner") return best;
  for (const group of groups) {
    for (const role of mapped.get(group.id) ?? []) {
      const rank = MAPPING_RANK[role];
      if (rank > best.rank) best = { role, rank, via: [group.id] };
      else if (rank === best.rank && best.via.at(-1) !== group.id) best.via.push(group.id);
    }
  }
  return best;
}

/**
 * The memberships of an org, computed once: every member's built-in role after group mappings, the
 * groups that count for their custom roles and whether any role is assigned to them. O(size of the org).
 */
export function membershipOf(org: Org): Membership {
  const memberById = byId(org.members);
  const groupsOf = groupsOfMembers(org, memberById);
  const roles = new Map(org.roles.map((role, position) => [role.id, { role, position }]));
  const rolesOfGroup = rolesOfGroups(org, roles);
  const mapped = mappedRoles(org);
  // GRP-2: in invite-only and JIT orgs only manual groups count for custom roles.
  const counts = (group: Group): boolean => org.provisioning === "scim" || group.source === "manual";
  const members = org.members.map((member, position): AuditedMember => {
    const groups = groupsOf.get(member.id) ?? [];
    const countingGroups = groups.filter(counts);
    const { role, via } = mappedRole(member, groups, mapped);
    const holdsRole = countingGroups.some((group) => rolesOfGroup.has(group.id));
    return { member, position, builtInRole: role, mappedVia: via, countingGroups, holdsRole };
  });
  return { members, groups: byId(org.groups), roles, rolesOfGroup, counts };
}
