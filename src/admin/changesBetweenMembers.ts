// Members in changesBetween (PLN-1): Step 6 adds members, sets seats, mappings and built-in roles;
// Step 8 sets individual spend limits.
import type { BuiltInRole, GroupMapping, Member } from "../org.js";
import type { Change } from "./change.js";
import { unlessSame, type Sync } from "./changesBetweenOrg.js";
import { insertionsInto, misplacedIds } from "./changesBetweenLists.js";
import { getOrInsertComputed } from "../maps.js";

/**
 * Whether a member must be removed and added again: no change sets an email, and none changes a
 * member to or from Primary Owner (CHG-4).
 */
function mustReplace(was: Member, member: Member): boolean {
  return (
    was.email !== member.email ||
    (was.role !== member.role && (was.role === "primary-owner" || member.role === "primary-owner"))
  );
}

/** Ids grouped by a value, in the order first seen: one bulk change per value (Step 6 bulk assignment). */
function byValue<V>(entries: readonly (readonly [string, V])[]): Map<V, string[]> {
  const groups = new Map<V, string[]>();
  for (const [id, value] of entries) getOrInsertComputed(groups, value, () => []).push(id);
  return groups;
}

function updates(now: ReadonlyMap<string, Member>, members: readonly Member[]): Change[] {
  // Each member kept, beside what it was (no list literal to start from: a stand-in entry there
  // would be dropped by both filters below, unseen).
  const kept = members
    .filter((member) => now.has(member.id))
    .map((member) => [now.get(member.id) as Member, member] as const);
  const seats = byValue(kept.filter(([was, m]) => was.seat !== m.seat).map(([, m]) => [m.id, m.seat ?? null] as const));
  const roles = byValue<BuiltInRole>(
    kept.filter(([was, m]) => was.role !== m.role).map(([, m]) => [m.id, m.role] as const),
  );
  return [
    ...[...seats].map(([seat, memberIds]): Change => ({ kind: "setSeat", memberIds, seat })),
    ...[...roles].map(([role, memberIds]): Change => ({ kind: "setBuiltInRole", memberIds, role })),
  ];
}

/**
 * Step 6 for the members `chosen` picks (the pilot, or everyone else): added, or replaced where
 * they must be or are out of place, then their seats and built-in roles in bulk.
 */
export function syncMembers(chosen: (memberId: string) => boolean): Sync {
  return unlessSame("members", (current, after) => {
    const now = new Map(current.members.map((member) => [member.id, member] as const));
    const target = after.members.map((member) => member.id);
    const misplaced = misplacedIds([...now.keys()], target);
    const members = after.members.filter((member) => chosen(member.id));
    const replaced = members.filter((m) => {
      const was = now.get(m.id);
      return was !== undefined && (misplaced.has(m.id) || mustReplace(was, m));
    });
    const gone = new Set(replaced.map((member) => member.id));
    const present = current.members.map((member) => member.id).filter((id) => !gone.has(id));
    const missing = new Set(members.filter((m) => !now.has(m.id) || gone.has(m.id)).map((m) => m.id));
    const byId = new Map(after.members.map((member) => [member.id, member] as const));
    for (const id of gone) now.delete(id);
    return [
      ...replaced.map((member): Change => ({ kind: "removeMember", memberId: member.id })),
      ...insertionsInto(present, target, missing).map(({ id, at }): Change => ({
        kind: "addMember",
        member: byId.get(id) as Member,
        ...(at === undefined ? {} : { at }),
      })),
      ...updates(now, members),
    ];
  });
}

/** Step 6, Path A: the group mappings of the target (GRP-3). */
export const syncGroupMappings: Sync = (current, after) => {
  const enabled = after.groupMappings?.enabled ?? false;
  const mappings = after.groupMappings?.mappings ?? [];
  const was = current.groupMappings?.mappings ?? [];
  const same =
    was.length === mappings.length &&
    was.every((m, i) => {
      // INVARIANT: the lists have the same length.
      const row = mappings[i] as GroupMapping;
      return m.groupId === row.groupId && m.role === row.role;
    });
  if (same && enabled === (current.groupMappings?.enabled ?? false)) return [];
  return [{ kind: "setGroupMappings", enabled, mappings }];
};

/** Step 8: individual spend limits of members both have (SPD-2). */
export const syncMemberSpendLimits: Sync = unlessSame("members", (current, after) => {
  const now = new Map(current.members.map((member) => [member.id, member] as const));
  return after.members.flatMap((member): Change[] => {
    const was = now.get(member.id);
    return was === undefined || was.spendLimit === member.spendLimit
      ? []
      : [{ kind: "setMemberSpendLimit", memberId: member.id, limit: member.spendLimit ?? null }];
  });
});

/** Removals: members the target does not have (group lists keep their ids, GRP-1). */
export const removeMembers: Sync = unlessSame("members", (current, after) => {
  const kept = new Set(after.members.map((member) => member.id));
  return current.members
    .filter((member) => !kept.has(member.id))
    .map((member) => ({ kind: "removeMember", memberId: member.id }));
});
