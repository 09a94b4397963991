// Changes to members (guide Steps 6 and 8): addMember, removeMember, setBuiltInRole, setSeat,
// setMemberSpendLimit.
import { produce } from "immer";
import { deepFreeze, frozenDraft } from "./freeze.js";
import type { Member, Org } from "../org.js";
import type { AddMember, RemoveMember, SetBuiltInRole, SetMemberSpendLimit, SetSeat } from "./change.js";
import { copyOf, indexOfId, insertAt, insertionIndex, removeAt } from "./lists.js";
import { refuse } from "./refusal.js";

/** Adds the member. */
export function addMember(org: Org, change: AddMember): Org {
  if (indexOfId(org.members, change.member.id) >= 0) refuse({ code: "duplicate_member", id: change.member.id });
  const index = insertionIndex(change.at, org.members.length);
  return produce(org, (draft) => {
    draft.members = frozenDraft(insertAt(org.members, index, [change.member]));
  });
}

/** Removes the member; groups keep the id (GRP-1). */
export function removeMember(org: Org, change: RemoveMember): Org {
  const index = indexOfId(org.members, change.memberId);
  if (index < 0) refuse({ code: "unknown_member", id: change.memberId });
  return produce(org, (draft) => {
    draft.members = frozenDraft(removeAt(org.members, index));
  });
}

/** The positions of the members, in the order given; refuses at the first id that is no member. */
function memberIndexes(org: Org, memberIds: readonly string[]): number[] {
  // A handful of ids (the common change): a scan each, cheaper than hashing every member's id.
  if (memberIds.length <= 4)
    return memberIds.map((id) => {
      const i = indexOfId(org.members, id);
      return i >= 0 ? i : refuse({ code: "unknown_member", id });
    });
  const wanted = new Set(memberIds);
  // One pass over the members, indexing only the ids asked about: O(members + ids), whatever the org.
  const positions = new Map<string, number>();
  org.members.forEach((member, i) => {
    if (wanted.has(member.id)) positions.set(member.id, i);
  });
  return memberIds.map((id) => positions.get(id) ?? refuse({ code: "unknown_member", id }));
}

// A new member list built outside the draft: editing thousands of members through immer's proxies
// would cost more than parsing the org.
// Only the edited members are frozen here: the others are the org's, deeply frozen already.
function editMembers(org: Org, indexes: readonly number[], edit: (member: Member) => Member): Org {
  const members = copyOf(org.members);
  for (const i of indexes) members[i] = deepFreeze(edit(members[i] as Member));
  return produce(org, (draft) => {
    draft.members = frozenDraft(Object.freeze(members));
  });
}

/** Sets each member's stored built-in role; never to or from Primary Owner. */
export function setBuiltInRole(org: Org, change: SetBuiltInRole): Org {
  const indexes = memberIndexes(org, change.memberIds);
  for (const i of indexes) {
    const member = org.members[i] as Member;
    if ((member.role === "primary-owner") !== (change.role === "primary-owner")) {
      refuse({ code: "primary_owner_change", memberId: member.id, from: member.role, to: change.role });
    }
  }
  return editMembers(org, indexes, (member) => ({ ...member, role: change.role }));
}

/** Sets each member's seat, or removes it (`null`). */
export function setSeat(org: Org, change: SetSeat): Org {
  const { seat } = change;
  return editMembers(org, memberIndexes(org, change.memberIds), ({ seat: _old, ...member }) =>
    seat === null ? member : { ...member, seat },
  );
}

/** Sets the member's individual spend limit, or removes it (`null`). */
export function setMemberSpendLimit(org: Org, change: SetMemberSpendLimit): Org {
  const { limit } = change;
  return editMembers(org, memberIndexes(org, [change.memberId]), ({ spendLimit: _old, ...member }) =>
    limit === null ? member : { ...member, spendLimit: limit },
  );
}
