import type { Org } from "../../index.js";
import { cliWords } from "../../words/cli.js";
import { someIds, type AnswerItem, type Outcome } from "../command.js";
import { lookupOf, type OrgLookup } from "../lookup.js";

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

/** How a per-member command answers: its title, its items for the members asked, its layout. */
export interface PerMember {
  readonly title: (org: Org) => string;
  readonly items: (lookup: OrgLookup, ids: readonly string[]) => Iterable<AnswerItem>;
  readonly separator: "\n\n" | "\n";
  readonly csvColumns: readonly string[];
}

/**
 * The answer of a command about one member or every member (`access`, `spend`): the member asked
 * must be a member of the org (exit 1 otherwise); the items are computed one member at a time.
 *
 * @param org - the org read from the command's file
 * @param memberId - the member asked about, or `undefined` for every member
 * @param how - the command's title, items and layout
 */
export function perMemberAnswer(org: Org, memberId: string | undefined, how: PerMember): Outcome {
  const lookup = lookupOf(org);
  const asked = membersAsked(lookup, memberId);
  if (!asked.ok) return asked;
  const { title, items, separator, csvColumns } = how;
  return {
    ok: true,
    answer: {
      title: title(org),
      items: items(lookup, asked.ids),
      single: memberId !== undefined,
      separator,
      csvColumns,
    },
  };
}
