// Reference model of SPEC §4 (groups, orgs and built-in roles): who a member is in an org.
// Linear scans over the org as given, on purpose: nothing is indexed or cached.
import type { BuiltInRole, CustomRole, Group, MappableRole, Member, Org, Seat } from "../../src/org.js";

/** The member with this id, or undefined when the id is not a member of this org (CON-7, GRP-1). */
export function modelFindMember(org: Org, memberId: string): Member | undefined {
  return org.members.find((member) => member.id === memberId);
}

/** Every group of the org's list that lists the id, in org order (GRP-1: groups of the parent). */
export function modelGroupsListing(org: Org, memberId: string): readonly Group[] {
  return org.groups.filter((group) => group.members.includes(memberId));
}

/** GRP-2: scim groups count for custom roles only in scim orgs; manual groups always count. */
export function modelGroupCountsForRoles(org: Org, group: Group): boolean {
  return group.source === "manual" || org.provisioning === "scim";
}

/** GRP-1 + GRP-2: the groups through which a member of this org can hold custom roles. */
export function modelCountingGroups(org: Org, memberId: string): readonly Group[] {
  if (modelFindMember(org, memberId) === undefined) return []; // GRP-1: a sibling-org member gets nothing
  return modelGroupsListing(org, memberId).filter((group) => modelGroupCountsForRoles(org, group));
}

/** IN-2 + GRP-1: whether this org assigns the role to the group (dangling assignments grant nothing). */
function modelAssigned(org: Org, groupId: string, roleId: string): boolean {
  return org.roleAssignments.some((a) => a.groupId === groupId && a.roleId === roleId);
}

/**
 * The custom roles a member holds, in org role order: roles assigned in this org to one of the
 * member's counting groups (GRP-1, GRP-2). Whatever the built-in role: whether they apply is
 * decided elsewhere (CAP-4, CON-5).
 */
export function modelHeldRoles(org: Org, memberId: string): readonly CustomRole[] {
  const groups = modelCountingGroups(org, memberId);
  return org.roles.filter((role) => groups.some((group) => modelAssigned(org, group.id, role.id)));
}

/** The ids of the counting groups through which a member holds a role, in org group order. */
export function modelRoleVia(org: Org, memberId: string, roleId: string): readonly string[] {
  return modelCountingGroups(org, memberId)
    .filter((group) => modelAssigned(org, group.id, roleId))
    .map((group) => group.id);
}

// GRP-3: precedence of mapped roles, highest first.
const MAPPING_PRECEDENCE: readonly MappableRole[] = ["owner", "admin", "custom", "user"];

/**
 * GRP-3: the built-in role in effect. With group mappings enabled, the highest-precedence role of the
 * mapped groups listing the member (owner > admin > custom > user), whatever the group's source;
 * a member in no mapped group keeps the stored role; a Primary Owner is never changed.
 * Undefined for an id that is not a member of this org.
 */
export function modelBuiltInRole(org: Org, memberId: string): BuiltInRole | undefined {
  const member = modelFindMember(org, memberId);
  if (member === undefined) return undefined;
  if (member.role === "primary-owner") return "primary-owner";
  const mappings = org.groupMappings;
  if (mappings === undefined || !mappings.enabled) return member.role;
  const listing = modelGroupsListing(org, memberId);
  const mapped = (mappings.mappings ?? [])
    .filter((m) => listing.some((group) => group.id === m.groupId))
    .map((m) => m.role);
  const winner = MAPPING_PRECEDENCE.find((role) => mapped.includes(role));
  return winner ?? member.role;
}

/** SPEC §1: the seat in effect on a dual-seat plan (absent = "chat", fail closed); undefined on standard. */
export function modelSeat(org: Org, memberId: string): Seat | undefined {
  const member = modelFindMember(org, memberId);
  if (member === undefined || org.seatPlan !== "dual") return undefined;
  return member.seat ?? "chat";
}
