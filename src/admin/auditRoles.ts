// Findings about roles (AUD-1): roles that govern nobody, and capabilities they grant that are off at
// org level.
import type { Org } from "../org.js";
import { involved, type FindingDraft } from "./auditFinding.js";
import type { Membership } from "./auditMembership.js";

/** Role id → the groups it is assigned to in this org, each once, in assignment order. */
function assignedGroups(org: Org): Map<string, string[]> {
  const groups = new Map<string, Set<string>>();
  for (const { groupId, roleId } of org.roleAssignments)
    groups.set(roleId, (groups.get(roleId) ?? new Set<string>()).add(groupId));
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
    return [
      {
        kind: "role-without-effect",
        severity: "warning",
        rules: ["CAP-3", "GRP-2", "GRP-4"],
        path: ["roles", position],
        ...ids,
        fix: null,
      },
    ];
  });
}

/** CAP-1: every capability a role grants that is off at org level, once per role and capability. */
export function capabilitiesOffAtOrg(org: Org): FindingDraft[] {
  // CAP-1: only a switch that is exactly `true` is on.
  const on = new Set(
    Object.entries(org.capabilities)
      .filter(([, enabled]) => enabled === true)
      .map(([id]) => id),
  );
  return org.roles.flatMap((role, position) => {
    const seen = new Set<string>();
    return role.capabilities.flatMap((capability, index): FindingDraft[] => {
      if (on.has(capability) || seen.has(capability)) return [];
      seen.add(capability);
      const ids = involved({ roleIds: [role.id], capability });
      return [
        {
          kind: "capability-off-at-org",
          severity: "info",
          rules: ["CAP-1"],
          path: ["roles", position, "capabilities", index],
          ...ids,
          fix: null,
        },
      ];
    });
  });
}
