// Changes to groups and role assignments (guide Step 4): addGroup, removeGroup, addGroupMembers,
// removeGroupMembers, assignRole, unassignRole.
import { produce, type Draft } from "immer";
import { frozenDraft } from "./freeze.js";
import type { Group, Org } from "../org.js";
import type { AddGroup, AddGroupMembers, AssignRole, RemoveGroup, RemoveGroupMembers, UnassignRole } from "./change.js";
import { indexOfId, insertAt, insertionIndex, removeAt } from "./lists.js";
import { refuse } from "./refusal.js";

function groupIndex(org: Org, groupId: string): number {
  const index = indexOfId(org.groups, groupId);
  if (index < 0) refuse({ code: "unknown_group", id: groupId });
  return index;
}

/** Adds the group; `members` defaults to none. */
export function addGroup(org: Org, change: AddGroup): Org {
  if (indexOfId(org.groups, change.group.id) >= 0) refuse({ code: "duplicate_group", id: change.group.id });
  const index = insertionIndex(change.at, org.groups.length);
  const group: Group = {
    id: change.group.id,
    name: change.group.name,
    source: change.group.source,
    members: change.group.members ?? [],
  };
  return produce(org, (draft) => {
    draft.groups = frozenDraft(insertAt(org.groups, index, [group]));
  });
}

/** Removes the group, its role assignments, its group spend limit and its mappings. */
export function removeGroup(org: Org, change: RemoveGroup): Org {
  const index = groupIndex(org, change.groupId);
  const other = (item: { readonly groupId: string }): boolean => item.groupId !== change.groupId;
  return produce(org, (draft) => {
    draft.groups = frozenDraft(removeAt(org.groups, index));
    if (!org.roleAssignments.every(other)) draft.roleAssignments = frozenDraft(org.roleAssignments.filter(other));
    const limits = org.spend?.groupLimits;
    if (draft.spend !== undefined && limits !== undefined && !limits.every(other))
      draft.spend.groupLimits = frozenDraft(limits.filter(other));
    const mappings = org.groupMappings?.mappings;
    if (draft.groupMappings !== undefined && mappings !== undefined && !mappings.every(other))
      draft.groupMappings.mappings = frozenDraft(mappings.filter(other));
  });
}

function withMembers(org: Org, index: number, members: readonly string[]): Org {
  return produce(org, (draft) => {
    (draft.groups[index] as Draft<Group>).members = frozenDraft(members);
  });
}

/** Inserts the ids the group does not list yet, in the order given, at `at` (default: the end). */
export function addGroupMembers(org: Org, change: AddGroupMembers): Org {
  const index = groupIndex(org, change.groupId);
  const members = (org.groups[index] as Group).members;
  const at = insertionIndex(change.at, members.length);
  const listed = new Set(members);
  const added = change.memberIds.filter((id) => !listed.has(id) && listed.add(id));
  return added.length === 0 ? org : withMembers(org, index, insertAt(members, at, added));
}

/** Removes the ids listed (every time the group lists them); other ids are ignored. */
export function removeGroupMembers(org: Org, change: RemoveGroupMembers): Org {
  const index = groupIndex(org, change.groupId);
  const members = (org.groups[index] as Group).members;
  const removed = new Set(change.memberIds);
  const kept = members.filter((id) => !removed.has(id));
  return kept.length === members.length ? org : withMembers(org, index, kept);
}

function isAssignment(
  groupId: string,
  roleId: string,
): (a: { readonly groupId: string; readonly roleId: string }) => boolean {
  return (a) => a.groupId === groupId && a.roleId === roleId;
}

/** Adds the assignment; the group and the role may be missing (IN-2). */
export function assignRole(org: Org, change: AssignRole): Org {
  const { groupId, roleId } = change;
  if (org.roleAssignments.some(isAssignment(groupId, roleId)))
    refuse({ code: "duplicate_assignment", groupId, roleId });
  const index = insertionIndex(change.at, org.roleAssignments.length);
  return produce(org, (draft) => {
    draft.roleAssignments = frozenDraft(insertAt(org.roleAssignments, index, [{ groupId, roleId }]));
  });
}

/** Removes the assignment (every copy of it: a repeat grants nothing more, IN-2). */
export function unassignRole(org: Org, change: UnassignRole): Org {
  const { groupId, roleId } = change;
  const same = isAssignment(groupId, roleId);
  if (!org.roleAssignments.some(same)) refuse({ code: "unknown_assignment", groupId, roleId });
  return produce(org, (draft) => {
    draft.roleAssignments = frozenDraft(org.roleAssignments.filter((a) => !same(a)));
  });
}
