// Who is in which group and who holds a role, for the whole org at once (GRP-1..GRP-3), read from
// the engine's compiled org so that the audit never asks member by member where that would be
// quadratic, and never applies those rules a second time.
import { compiledOf } from "../engine/compile.js";
import type { MemberEntry } from "../engine/membership.js";
import type { CompiledRole } from "../engine/roles.js";
import type { BuiltInRole, CustomRole, Group, Member, Org } from "../org.js";

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

function byId<T extends { readonly id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((item) => [item.id, item]));
}

/**
 * The memberships of an org, read from the engine's compiled org (one implementation of GRP-1..GRP-3):
 * every member's built-in role after group mappings, the groups that count for their custom roles and
 * whether any role is assigned to them. O(size of the org).
 */
export function membershipOf(org: Org): Membership {
  const compiled = compiledOf(org);
  const entries = new Map<CompiledRole, RoleEntry>();
  for (const role of compiled.roles.values()) entries.set(role, { role: role.role, position: role.order });
  const roles = new Map([...entries.values()].map((entry) => [entry.role.id, entry]));
  const rolesOfGroup = new Map(
    [...compiled.membership.rolesOfGroup].map(([groupId, held]) => [
      groupId,
      [...held].map((role) => entries.get(role) as RoleEntry),
    ]),
  );
  const counts = compiled.membership.countsForRoles;
  const members = org.members.map((member, position): AuditedMember => {
    // INVARIANT: the engine compiled every member of the org.
    const entry = compiled.membership.members.get(member.id) as MemberEntry;
    const countingGroups = entry.groups.filter(counts);
    const holdsRole = countingGroups.some((group) => rolesOfGroup.has(group.id));
    return {
      member,
      position,
      builtInRole: compiled.membership.table.builtInRole(entry.profileId),
      mappedVia: entry.mappedVia,
      countingGroups,
      holdsRole,
    };
  });
  return { members, groups: byId(org.groups), roles, rolesOfGroup, counts };
}
