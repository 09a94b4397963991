// References that grant nothing (AUD-1): dangling references (IN-2) and role assignments to SCIM groups
// that do not count (GRP-2). Each finding's fix removes the entry, which changes nobody's access.
import type { Level } from "../level.js";
import type { CustomRole, Org, ToolPolicyEntry } from "../org.js";
import type { RuleId } from "../rules.js";
import { involved, type DanglingReference, type FindingDraft } from "./auditFinding.js";
import type { Membership } from "./auditMembership.js";
import type { Change } from "./change.js";

/** Connector id → the tools it lists, for the added connectors. */
type AddedTools = ReadonlyMap<string, ReadonlySet<string>>;

function dangling(
  reference: DanglingReference,
  rules: readonly RuleId[],
  path: readonly (string | number)[],
  ids: Parameters<typeof involved>[0],
  fix: FindingDraft["fix"],
): FindingDraft {
  return { kind: "dangling-reference", severity: "warning", reference, rules, path, ...involved(ids), fix };
}

/** The entries of a tool table whose tool the connector lists (a Custom row or a policy entry's tools). */
function listedOnly(tools: Readonly<Record<string, Level>>, listed: ReadonlySet<string>): Record<string, Level> {
  return Object.fromEntries(Object.entries(tools).filter(([tool]) => listed.has(tool)));
}

function policyReferences(org: Org, added: AddedTools): FindingDraft[] {
  const found: FindingDraft[] = [];
  for (const [connectorId, entry] of Object.entries(org.toolPolicy ?? {})) {
    const path = ["toolPolicy", connectorId];
    const listed = added.get(connectorId);
    if (listed === undefined) {
      found.push(
        dangling("policy-entry", ["IN-2", "CON-7"], path, { connectorIds: [connectorId] }, [
          { kind: "removeToolPolicy", connectorId },
        ]),
      );
      continue;
    }
    const tools = entry.tools ?? {};
    // One fix for every unlisted tool of the entry, shared: each finding's fix stays O(entry). It is
    // built with the first such finding: most entries list only tools of their connector.
    let fix: readonly Change[] | undefined;
    for (const tool of Object.keys(tools).filter((name) => !listed.has(name)))
      found.push(
        dangling(
          "policy-tool",
          ["IN-2", "CON-7"],
          [...path, "tools", tool],
          { connectorIds: [connectorId], tool },
          (fix ??= [{ kind: "setToolPolicy", connectorId, ...levelOf(entry), tools: listedOnly(tools, listed) }]),
        ),
      );
  }
  return found;
}

function levelOf(entry: ToolPolicyEntry): { level?: Level } {
  return entry.level === undefined ? {} : { level: entry.level };
}

function roleRowReferences(role: CustomRole, position: number, added: AddedTools): FindingDraft[] {
  const found: FindingDraft[] = [];
  for (const [connectorId, grant] of Object.entries(role.connectors.byConnector ?? {})) {
    const path = ["roles", position, "connectors", "byConnector", connectorId];
    const ids = { roleIds: [role.id], connectorIds: [connectorId] };
    const listed = added.get(connectorId);
    if (listed === undefined) {
      found.push(
        dangling("role-row", ["IN-2", "CON-7"], path, ids, [
          { kind: "removeConnectorGrant", roleId: role.id, connectorId },
        ]),
      );
      continue;
    }
    if (typeof grant === "string") continue;
    // One fix for the row, built with its first finding: most Custom rows list only tools of their connector.
    let fix: readonly Change[] | undefined;
    for (const tool of Object.keys(grant.custom).filter((name) => !listed.has(name)))
      found.push(
        dangling(
          "role-tool",
          ["IN-2", "CON-2", "CON-7"],
          [...path, "custom", tool],
          { ...ids, tool },
          (fix ??= [
            {
              kind: "setConnectorGrant",
              roleId: role.id,
              connectorId,
              grant: { custom: listedOnly(grant.custom, listed) },
            },
          ]),
        ),
      );
  }
  return found;
}

function assignmentReferences(org: Org, membership: Membership): FindingDraft[] {
  return org.roleAssignments.flatMap(({ groupId, roleId }, index) => {
    if (membership.groups.has(groupId) && membership.roles.has(roleId)) return [];
    const ids = { groupIds: [groupId], roleIds: [roleId] };
    return [
      dangling("assignment", ["IN-2", "GRP-1"], ["roleAssignments", index], ids, [
        { kind: "unassignRole", groupId, roleId },
      ]),
    ];
  });
}

function mappingReferences(org: Org, membership: Membership): FindingDraft[] {
  const mappings = org.groupMappings?.mappings ?? [];
  const kept = mappings.filter(({ groupId }) => membership.groups.has(groupId));
  // One fix for every mapping of a missing group, shared: it keeps the mappings of existing groups.
  const fix: readonly Change[] = [{ kind: "setGroupMappings", mappings: kept }];
  return mappings.flatMap(({ groupId }, index) =>
    membership.groups.has(groupId)
      ? []
      : [dangling("mapping", ["IN-2", "GRP-3"], ["groupMappings", "mappings", index], { groupIds: [groupId] }, fix)],
  );
}

function limitReferences(org: Org, membership: Membership): FindingDraft[] {
  return (org.spend?.groupLimits ?? []).flatMap(({ groupId }, index) =>
    membership.groups.has(groupId)
      ? []
      : [
          dangling("group-limit", ["IN-2", "SPD-5"], ["spend", "groupLimits", index], { groupIds: [groupId] }, [
            { kind: "setGroupSpendLimit", groupId, limit: null },
          ]),
        ],
  );
}

/**
 * Every reference of the org that points nowhere (IN-2), in the order of the org document: policy
 * entries, role rows, role assignments, group mappings, group limits. A group member who is not a
 * member of this org is normal (GRP-1) and not reported.
 */
export function danglingReferences(org: Org, membership: Membership): FindingDraft[] {
  const added: AddedTools = new Map(org.connectors.map((connector) => [connector.id, new Set(connector.tools)]));
  return [
    ...policyReferences(org, added),
    ...org.roles.flatMap((role, position) => roleRowReferences(role, position, added)),
    ...assignmentReferences(org, membership),
    ...mappingReferences(org, membership),
    ...limitReferences(org, membership),
  ];
}

/** Every assignment of an existing role to a SCIM group in an invite-only or JIT org (GRP-2). */
export function ignoredScimGroups(org: Org, membership: Membership): FindingDraft[] {
  return org.roleAssignments.flatMap(({ groupId, roleId }, index): FindingDraft[] => {
    const group = membership.groups.get(groupId);
    if (group === undefined || !membership.roles.has(roleId) || membership.counts(group)) return [];
    const ids = involved({ groupIds: [groupId], roleIds: [roleId] });
    const fix: readonly Change[] = [{ kind: "unassignRole", groupId, roleId }];
    return [
      {
        kind: "scim-group-ignored",
        severity: "warning",
        rules: ["GRP-2"],
        path: ["roleAssignments", index],
        ...ids,
        fix,
      },
    ];
  });
}
