import type { Org } from "../../index.js";
import { cliWords } from "../../words/cli.js";
import { someIds } from "../command.js";
import type { OrgLookup } from "../lookup.js";

/** The members asked about: the one named, or every member of the org; or an error naming the members. */
export type MembersAsked =
  { readonly ok: true; readonly ids: readonly string[] } | { readonly ok: false; readonly error: string };

/**
 * The error for a member id the org does not have (CON-7), naming its first members.
 *
 * @param org - the org
 * @param memberId - the id asked about
 */
export function unknownMember(org: Org, memberId: string): { readonly ok: false; readonly error: string } {
  const ids = someIds(org.members.map((member) => member.id));
  return { ok: false, error: cliWords.notAMember(memberId, org.id, ids) };
}

/**
 * The members a command answers for: the one named (looked up in O(1)), or every member in org order.
 *
 * @param lookup - the org
 * @param memberId - the member asked about, or `undefined` for every member
 */
export function membersAsked(lookup: OrgLookup, memberId: string | undefined): MembersAsked {
  if (memberId === undefined) return { ok: true, ids: lookup.org.members.map((member) => member.id) };
  return lookup.members.has(memberId) ? { ok: true, ids: [memberId] } : unknownMember(lookup.org, memberId);
}
