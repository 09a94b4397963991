// Changes to groups and role assignments (guide Step 4): addGroup, removeGroup, addGroupMembers,
// removeGroupMembers, assignRole, unassignRole.
import type { AddGroup, AddGroupMembers, AssignRole, RemoveGroup, RemoveGroupMembers, UnassignRole } from "./change.js";
import { insertionIndex } from "./lists.js";
import { refuse } from "./refusal.js";
import { pairKey, type WorkingOrg } from "./working.js";

/** Refuses a group id that is no group. */
function mustHaveGroup(org: WorkingOrg, groupId: string): void {
  if (!org.groups.has(groupId)) refuse({ code: "unknown_group", id: groupId });
}

/** Adds the group; `members` defaults to none. */
export function addGroup(org: WorkingOrg, change: AddGroup): void {
  if (org.groups.has(change.group.id)) refuse({ code: "duplicate_group", id: change.group.id });
  const { id, name, source, members = [] } = change.group;
  org.groups.insert(insertionIndex(change.at, org.groups.length), { id, name, source, members });
}

/** Removes the group, its role assignments, its group spend limit and its mappings. */
export function removeGroup(org: WorkingOrg, change: RemoveGroup): void {
  const { groupId } = change;
  mustHaveGroup(org, groupId);
  org.removeGroup(groupId);
  org.unassignAll("groupId", groupId);
  org.groupLimits.removeAll(groupId);
  org.unmapGroup(groupId);
}

/** Inserts the ids the group does not list yet, in the order given, at `at` (default: the end). */
export function addGroupMembers(org: WorkingOrg, change: AddGroupMembers): void {
  mustHaveGroup(org, change.groupId);
  const members = org.membersOf(change.groupId);
  const at = insertionIndex(change.at, members.length);
  const added = [...new Set(change.memberIds)].filter((id) => !members.has(id));
  if (added.length === 0) return;
  members.insertAll(at, added);
}

/** Removes the ids listed (every time the group lists them); other ids are ignored. */
export function removeGroupMembers(org: WorkingOrg, change: RemoveGroupMembers): void {
  mustHaveGroup(org, change.groupId);
  const members = org.membersOf(change.groupId);
  for (const id of change.memberIds) members.removeAll(id);
}

/** Adds the assignment; the group and the role may be missing (IN-2). */
export function assignRole(org: WorkingOrg, change: AssignRole): void {
  const { groupId, roleId } = change;
  if (org.roleAssignments.has(pairKey(change))) refuse({ code: "duplicate_assignment", groupId, roleId });
  org.assign(insertionIndex(change.at, org.roleAssignments.length), { groupId, roleId });
}

/** Removes the assignment (every copy of it: a repeat grants nothing more, IN-2). */
export function unassignRole(org: WorkingOrg, change: UnassignRole): void {
  const { groupId, roleId } = change;
  if (!org.roleAssignments.has(pairKey(change))) refuse({ code: "unknown_assignment", groupId, roleId });
  org.roleAssignments.removeAll(pairKey(change));
}
