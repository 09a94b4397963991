// Changes to members (guide Steps 6 and 8): addMember, removeMember, setBuiltInRole, setSeat,
// setMemberSpendLimit.
import type { Member } from "../org.js";
import type { AddMember, RemoveMember, SetBuiltInRole, SetMemberSpendLimit, SetSeat } from "./change.js";
import { insertionIndex } from "./lists.js";
import { refuse } from "./refusal.js";
import type { WorkingOrg } from "./working.js";

/** Adds the member. */
export function addMember(org: WorkingOrg, change: AddMember): void {
  if (org.members.has(change.member.id)) refuse({ code: "duplicate_member", id: change.member.id });
  org.members.insert(insertionIndex(change.at, org.members.length), change.member);
}

/** Removes the member; groups keep the id (GRP-1). */
export function removeMember(org: WorkingOrg, change: RemoveMember): void {
  if (!org.members.has(change.memberId)) refuse({ code: "unknown_member", id: change.memberId });
  org.members.removeKey(change.memberId);
}

/** The members, in the order given; refuses at the first id that is no member. */
function membersOf(org: WorkingOrg, memberIds: readonly string[]): Member[] {
  return memberIds.map((id) => org.members.get(id) ?? refuse({ code: "unknown_member", id }));
}

/** Edits the members (every one checked first, so that a refusal leaves the list as it was). */
function editMembers(org: WorkingOrg, members: readonly Member[], edit: (member: Member) => Member): void {
  // A member listed twice is edited twice: the second edit starts from the first's result.
  for (const { id } of members) org.members.replace(edit(org.members.get(id) as Member));
}

/** Sets each member's stored built-in role; never to or from Primary Owner. */
export function setBuiltInRole(org: WorkingOrg, change: SetBuiltInRole): void {
  const members = membersOf(org, change.memberIds);
  for (const member of members) {
    if ((member.role === "primary-owner") !== (change.role === "primary-owner")) {
      refuse({ code: "primary_owner_change", memberId: member.id, from: member.role, to: change.role });
    }
  }
  editMembers(org, members, (member) => ({ ...member, role: change.role }));
}

/** Sets each member's seat, or removes it (`null`). */
export function setSeat(org: WorkingOrg, change: SetSeat): void {
  const { seat } = change;
  editMembers(org, membersOf(org, change.memberIds), ({ seat: _old, ...member }) =>
    seat === null ? member : { ...member, seat },
  );
}

/** Sets the member's individual spend limit, or removes it (`null`). */
export function setMemberSpendLimit(org: WorkingOrg, change: SetMemberSpendLimit): void {
  const { limit } = change;
  editMembers(org, membersOf(org, [change.memberId]), ({ spendLimit: _old, ...member }) =>
    limit === null ? member : { ...member, spendLimit: limit },
  );
}
