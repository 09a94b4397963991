// Undo steps that put removed parts back where they were (CHG-3): assignments, group members, a
// group's or a connector's dangling references, a role's Connectors tab.
import type { ConnectorGrant, CustomRole } from "../org.js";
import type { Change } from "./change.js";
import type { KeyedList } from "./keyedList.js";
import { pairKey, type WorkingOrg } from "./working.js";

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

/**
 * The positions at which to insert again the elements with `keys` that `list` holds, in ascending
 * order: a look-up each, or a pass over the list when its keys repeat (see {@link reinsertions}).
 */
export function reinsertionsOf<T>(
  list: KeyedList<T>,
  keys: readonly string[],
  key: (item: T) => string,
): readonly { readonly item: T; readonly at: number }[] {
  const wanted = new Set(keys);
  return list.positions(wanted) ?? reinsertions(list.items, (item) => wanted.has(key(item)), key);
}

/**
 * assignRole changes that put back the assignments with these keys (see {@link pairKey}) that the
 * org has: a look-up each (the assignment index, working.ts), nothing when there is none.
 */
export function restoreAssignments(before: WorkingOrg, keys: readonly string[]): Change[] {
  return reinsertionsOf(before.roleAssignments, keys, pairKey).map(({ item, at }) => ({
    kind: "assignRole",
    groupId: item.groupId,
    roleId: item.roleId,
    at,
  }));
}

/**
 * What the undo of a list has put back so far, change by change in the list's order. The mapping
 * rows are set whole by `setGroupMappings`, the one change that can put them back: the undo of the
 * first change of the list that takes or sets rows puts back the list's rows as they were, and it
 * comes last in the undo, so the undos of the later ones leave the rows out (else an undo of n
 * mapped groups' removals would hold the rows n times: quadratic in size).
 */
export interface UndoState {
  mappingRows: boolean;
  /**
   * The undo of the first change of each role's row for a connector (key {@link rowKey}) since the
   * list's last `enableConnectorPermissions`: it sets the row back whole, so the undos of the later
   * changes of that row, applied before it, are left out (else n tool grants on one Custom row would
   * each carry the row: quadratic in size).
   */
  readonly rows: Map<string, Change[]>;
}

/** The key of a role's row for a connector in {@link UndoState.rows}. */
export const rowKey = (roleId: string, connectorId: string): string => JSON.stringify([roleId, connectorId]);

/** The change that puts the mapping rows back as they are in `before`, if no earlier undo of the list does. */
export function restoreMappingRows(before: WorkingOrg, state: UndoState): Change[] {
  if (state.mappingRows) return [];
  state.mappingRows = true;
  return [{ kind: "setGroupMappings", mappings: before.groupMappings?.mappings ?? [] }];
}

/** The changes that put back what removing group `groupId` takes: its assignments, its spend limit, its mappings. */
export function restoreGroupReferences(before: WorkingOrg, groupId: string, state: UndoState): Change[] {
  const changes = restoreAssignments(before, before.assignmentKeys("groupId", groupId));
  const limit = before.groupLimits.get(groupId);
  if (limit !== undefined)
    changes.push({ kind: "setGroupSpendLimit", groupId, limit: limit.limit, at: before.groupLimits.indexOf(groupId) });
  if (before.isMapped(groupId)) changes.push(...restoreMappingRows(before, state));
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
export function restoreConnectorReferences(before: WorkingOrg, connectorId: string): Change[] {
  const changes = before.roles.holdersOf(connectorId).map((roleId): Change => ({
    kind: "setConnectorGrant",
    roleId,
    connectorId,
    grant: before.roles.row(roleId, connectorId) as ConnectorGrant,
  }));
  const entry = before.toolPolicy.get(connectorId);
  if (entry !== undefined) changes.push({ kind: "setToolPolicy", connectorId, ...entry });
  return changes;
}
