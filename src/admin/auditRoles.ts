// Findings about roles (AUD-1): roles that govern nobody, capabilities they grant that are off at org
// level, and the conflict warnings of their connector rows among roles that share a member.
import { findCrossRoleConflicts } from "../engine/conflicts.js";
import type { Org } from "../org.js";
import { involved, type FindingDraft } from "./auditFinding.js";
import type { Membership, RoleEntry } from "./auditMembership.js";

/** Role id → the groups it is assigned to in this org, each once, in assignment order. */
function assignedGroups(org: Org): Map<string, string[]> {
  const groups = new Map<string, Set<string>>();
  for (const { groupId, roleId } of org.roleAssignments) groups.set(roleId, (groups.get(roleId) ?? new Set<string>()).add(groupId));
  return new Map([...groups].map(([roleId, set]) => [roleId, [...set]]));
}

/** The ids of the groups through which some member holds a role as a Custom-roles member (GRP-2, GRP-4). */
function governingGroups(membership: Membership): Set<string> {
  const governing = new Set<string>();
  for (const audited of membership.members) {
    if (audited.builtInRole === "custom") for (const group of audited.countingGroups) governing.add(group.id);
  }
  return governing;
}

/** CAP-3, GRP-2, GRP-4: assigned roles that no member of this org holds as a Custom-roles member. */
export function rolesWithoutEffect(org: Org, membership: Membership): FindingDraft[] {
  const assigned = assignedGroups(org);
  const governing = governingGroups(membership);
  return org.roles.flatMap((role, position): FindingDraft[] => {
    const groupIds = assigned.get(role.id);
    if (groupIds === undefined || groupIds.some((groupId) => governing.has(groupId))) return [];
    const ids = involved({ roleIds: [role.id], groupIds });
    return [{ kind: "role-without-effect", severity: "warning", rules: ["CAP-3", "GRP-2", "GRP-4"], path: ["roles", position], ...ids, fix: null }];
  });
}

/** CAP-1: every capability a role grants that is off at org level, once per role and capability. */
export function capabilitiesOffAtOrg(org: Org): FindingDraft[] {
  // CAP-1: only a switch that is exactly `true` is on.
  const on = new Set(Object.entries(org.capabilities).flatMap(([id, enabled]) => (enabled === true ? [id] : [])));
  return org.roles.flatMap((role, position) => {
    const seen = new Set<string>();
    return role.capabilities.flatMap((capability, index): FindingDraft[] => {
      if (on.has(capability) || seen.has(capability)) return [];
      seen.add(capability);
      const ids = involved({ roleIds: [role.id], capability });
      return [{ kind: "capability-off-at-org", severity: "info", rules: ["CAP-1"], path: ["roles", position, "capabilities", index], ...ids, fix: null }];
    });
  });
}

/**
 * The roles that share a member with another role: held together by a member of this org through
 * counting groups, whatever the member's built-in role (CON-13). O(org): a member holds two roles or
 * more as soon as their counting groups have two different roles.
 */
function rolesSharingMembers(membership: Membership): Set<RoleEntry> {
  const sharingGroups = new Set<string>();
  for (const audited of membership.members) {
    let first: RoleEntry | undefined;
    const holdsTwo = audited.countingGroups.some((group) => {
      const roles = membership.rolesOfGroup.get(group.id) ?? [];
      first ??= roles[0];
      return roles.some((role) => role !== first);
    });
    if (holdsTwo) for (const group of audited.countingGroups) sharingGroups.add(group.id);
  }
  return new Set([...sharingGroups].flatMap((groupId) => membership.rolesOfGroup.get(groupId) ?? []));
}

/**
 * CON-13 (shared-members view), while connector permissions are on: every connector row of a role
 * that warns of another role sharing a member and granting the connector at a different level. The
 * engine decides each warning; only roles that share a member are asked about.
 */
export function crossRoleConflicts(org: Org, membership: Membership): FindingDraft[] {
  if (!org.connectorPermissionsEnabled) return [];
  const sharing = rolesSharingMembers(membership);
  return [...sharing]
    .sort((a, b) => a.position - b.position)
    .flatMap(({ role, position }) =>
      findCrossRoleConflicts(org, role.id).connectors.flatMap((row): FindingDraft[] => {
        const { conflicts } = row.sharedMembers;
        if (conflicts.length === 0) return [];
        const rowPath = row.row === "connector" ? ["byConnector", row.connectorId] : ["all"];
        const ids = involved({ roleIds: [role.id, ...conflicts.map((other) => other.roleId)], connectorIds: [row.connectorId] });
        return [{ kind: "cross-role-conflict", severity: "info", rules: ["CON-13", "CON-3"], path: ["roles", position, "connectors", ...rowPath], ...ids, fix: null }];
      }),
    );
}
