// Groups, their members and role assignments in changesBetween (PLN-1, guide Step 4).
import type { Group, Org, RoleAssignment } from "../org.js";
import type { Change } from "./change.js";
import { unlessSame, type Sync } from "./changesBetweenOrg.js";
import { insertionsInto, misplacedIds, sameList } from "./changesBetweenLists.js";

function hasDuplicates(ids: readonly string[]): boolean {
  return new Set(ids).size !== ids.length;
}

/**
 * Whether a group must be removed and added again: its name or source differ (no change sets
 * them), or a member list with an id twice (addGroupMembers adds an id once) differs.
 */
function mustReplace(was: Group, group: Group): boolean {
  if (was.name !== group.name || was.source !== group.source) return true;
  return !sameList(was.members, group.members) && (hasDuplicates(was.members) || hasDuplicates(group.members));
}

/** Step 4: the groups of the target, added (with their members) or replaced, in its order. */
export const syncGroups: Sync = unlessSame("groups", (current, after) => {
  const now = new Map(current.groups.map((group) => [group.id, group] as const));
  const target = after.groups.map((group) => group.id);
  const misplaced = misplacedIds([...now.keys()], target);
  const replaced = after.groups.filter((group) => {
    const was = now.get(group.id);
    return was !== undefined && (misplaced.has(group.id) || mustReplace(was, group));
  });
  const changes: Change[] = replaced.map((group) => ({ kind: "removeGroup", groupId: group.id }));
  const gone = new Set(replaced.map((group) => group.id));
  const present = current.groups.map((group) => group.id).filter((id) => !gone.has(id));
  const missing = new Set(target.filter((id) => !now.has(id) || gone.has(id)));
  const byId = new Map(after.groups.map((group) => [group.id, group] as const));
  for (const { id, at } of insertionsInto(present, target, missing)) {
    const { name, source, members } = byId.get(id) as Group;
    changes.push({ kind: "addGroup", group: { id, name, source, members }, ...(at === undefined ? {} : { at }) });
  }
  return changes;
});

function memberChanges(was: Group, group: Group): Change[] {
  // A group kept as it is (the same object, CHG-2, or the same list) costs one comparison.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: comparing an equal list finds no change either; the shortcut saves the pass only
  if (was === group || sameList(was.members, group.members)) return [];
  const target = new Set(group.members);
  const misplaced = misplacedIds(was.members, group.members);
  const removed = [...new Set(was.members.filter((id) => !target.has(id) || misplaced.has(id)))];
  const changes: Change[] =
    removed.length === 0 ? [] : [{ kind: "removeGroupMembers", groupId: group.id, memberIds: removed }];
  const gone = new Set(removed);
  const present = was.members.filter((id) => !gone.has(id));
  const here = new Set(present);
  const missing = new Set(group.members.filter((id) => !here.has(id)));
  // Runs of ids inserted at consecutive places go in one change.
  let run: { ids: string[]; at: number | undefined; next: number | undefined } | undefined;
  const flush = () =>
    run !== undefined &&
    changes.push({
      kind: "addGroupMembers",
      groupId: group.id,
      memberIds: run.ids,
      ...(run.at === undefined ? {} : { at: run.at }),
    });
  for (const { id, at } of insertionsInto(present, group.members, missing)) {
    if (run !== undefined && at === run.next) {
      run.ids.push(id);
      run.next = at === undefined ? undefined : at + 1;
    } else {
      flush();
      run = { ids: [id], at, next: at === undefined ? undefined : at + 1 };
    }
  }
  flush();
  return changes;
}

/** Step 4: the member lists of the target's groups (a group added now came with its list, which is equal). */
export const syncGroupMembers: Sync = unlessSame("groups", (current, after) => {
  const now = new Map(current.groups.map((group) => [group.id, group] as const));
  // INVARIANT: syncGroups ran before, so every group of the target exists now.
  return after.groups.flatMap((group) => memberChanges(now.get(group.id) as Group, group));
});

/** Whether two orgs list the same role assignments in the same order. */
export function sameAssignments(current: Org, after: Org): boolean {
  const [a, b] = [current.roleAssignments, after.roleAssignments];
  // INVARIANT: of equal lengths, so `b[i]` exists for every `i` of `a`.
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i] as RoleAssignment;
      return x.groupId === y.groupId && x.roleId === y.roleId;
    })
  );
}

const assignmentKey = (a: { readonly groupId: string; readonly roleId: string }) =>
  JSON.stringify([a.groupId, a.roleId]);

/** Step 4: the role assignments of the target, in its order; those it does not have are removed. */
export const syncAssignments: Sync = unlessSame("roleAssignments", (current, after) => {
  // A list that repeats an assignment is reached only by keeping it as it is (checkReachable).
  if (sameAssignments(current, after)) return [];
  const target = after.roleAssignments.map(assignmentKey);
  const wanted = new Set(target);
  const now = current.roleAssignments.map(assignmentKey);
  const misplaced = misplacedIds(now, target);
  // An assignment listed twice is removed (one unassignRole removes it, however often it is listed)
  // and assigned again once.
  const seen = new Set<string>();
  const twice = new Set(now.filter((key) => seen.has(key) || (seen.add(key), false)));
  const gone = new Set(now.filter((key) => !wanted.has(key) || misplaced.has(key) || twice.has(key)));
  const changes: Change[] = [...gone].map((key) => {
    const [groupId, roleId] = JSON.parse(key) as [string, string];
    return { kind: "unassignRole", groupId, roleId };
  });
  const present = now.filter((key) => !gone.has(key));
  const here = new Set(present);
  const missing = new Set(target.filter((key) => !here.has(key)));
  for (const { id, at } of insertionsInto(present, target, missing)) {
    const [groupId, roleId] = JSON.parse(id) as [string, string];
    changes.push({ kind: "assignRole", groupId, roleId, ...(at === undefined ? {} : { at }) });
  }
  return changes;
});

/** Removals: groups the target does not have (with their assignments, limit and mappings). */
export const removeGroups: Sync = unlessSame("groups", (current, after) => {
  const kept = new Set(after.groups.map((group) => group.id));
  return current.groups
    .filter((group) => !kept.has(group.id))
    .map((group) => ({ kind: "removeGroup", groupId: group.id }));
});
