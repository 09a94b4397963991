// Undo steps that put removed parts back where they were (CHG-3): assignments, group members, a
// group's or a connector's dangling references, a role's Connectors tab.
import type { CustomRole, Org, RoleAssignment } from "../org.js";
import type { Change } from "./change.js";

/**
 * The positions at which to insert the removed elements again, in ascending order, so that the list
 * they were removed from reads as before. Each key is put back once: a repeat of it cannot be
 * created by a change (assignRole refuses an existing assignment, addGroupMembers skips a listed id).
 */
export function reinsertions<T>(
  before: readonly T[],
  removed: (item: T) => boolean,
  key: (item: T) => string,
): { readonly item: T; readonly at: number }[] {
  const out: { item: T; at: number }[] = [];
  const seen = new Set<string>();
  let length = 0;
  for (const item of before) {
    if (!removed(item)) length++;
    else if (!seen.has(key(item))) {
      seen.add(key(item));
      out.push({ item, at: length++ });
    }
  }
  return out;
}

const pairKey = (a: RoleAssignment): string => JSON.stringify([a.groupId, a.roleId]);

/** assignRole changes that put back the assignments `removed` selects. */
export function restoreAssignments(before: Org, removed: (a: RoleAssignment) => boolean): Change[] {
  return reinsertions(before.roleAssignments, removed, pairKey).map(({ item, at }) => ({
    kind: "assignRole",
    groupId: item.groupId,
    roleId: item.roleId,
    at,
  }));
}

/** The changes that put back what removing group `groupId` takes: its assignments, its spend limit, its mappings. */
export function restoreGroupReferences(before: Org, groupId: string): Change[] {
  const changes = restoreAssignments(before, (a) => a.groupId === groupId);
  const limits = before.spend?.groupLimits ?? [];
  const index = limits.findIndex((limit) => limit.groupId === groupId);
  const limit = limits[index];
  if (limit !== undefined) changes.push({ kind: "setGroupSpendLimit", groupId, limit: limit.limit, at: index });
  const mappings = before.groupMappings?.mappings ?? [];
  if (mappings.some((m) => m.groupId === groupId)) changes.push({ kind: "setGroupMappings", mappings });
  return changes;
}

/** setConnectorGrant changes that give a role's Connectors tab back, from the All connectors row on. */
export function restoreConnectors(role: CustomRole): Change[] {
  const rows = Object.entries(role.connectors.byConnector ?? {});
  return [
    { kind: "setConnectorGrant", roleId: role.id, connectorId: null, grant: role.connectors.all },
    ...rows.map(([connectorId, grant]): Change => ({ kind: "setConnectorGrant", roleId: role.id, connectorId, grant })),
  ];
}

/** The changes that put back what removing connector `connectorId` takes: every role's row for it, its policy entry. */
export function restoreConnectorReferences(before: Org, connectorId: string): Change[] {
  const changes: Change[] = [];
  for (const role of before.roles) {
    const rows = new Map(Object.entries(role.connectors.byConnector ?? {}));
    const grant = rows.get(connectorId);
    if (grant !== undefined) changes.push({ kind: "setConnectorGrant", roleId: role.id, connectorId, grant });
  }
  const entry = new Map(Object.entries(before.toolPolicy ?? {})).get(connectorId);
  if (entry !== undefined) changes.push({ kind: "setToolPolicy", connectorId, ...entry });
  return changes;
}
