import { resolveAccess, resolveSpendLimit, type Org } from "../../index.js";
import { ACCESS_CSV_COLUMNS, accessCsv, formatAccess } from "../accessText.js";
import type { AnswerItem, Command } from "../command.js";
import type { OrgLookup } from "../lookup.js";
import { formatOrgHeader } from "../orgText.js";
import { perMemberAnswer } from "./members.js";

function* accessItems(lookup: OrgLookup, ids: readonly string[]): Generator<AnswerItem> {
  for (const id of ids) {
    const access = resolveAccess(lookup.org, id);
    const spendLimit = resolveSpendLimit(lookup.org, id);
    // Each format reads one of these: only that one is computed.
    yield {
      json: { access, spendLimit },
      get text() {
        return formatAccess(lookup, access, spendLimit);
      },
      get csv() {
        return accessCsv(lookup, access, spendLimit);
      },
    };
  }
}

/** `org-rbac access <org.json> [memberId]`: what a member has, or every member, one at a time. */
export const access: Command = {
  name: "access",
  args: "<org.json> [memberId]",
  summary: [
    "what a member has (every member if omitted):",
    "built-in role, groups, roles, capabilities,",
    "landing page, connector menu, tools, spend limit",
  ],
  files: ["org"],
  arity: [1, 2],
  formats: ["text", "json", "ndjson", "csv"],
  execute({ orgs, args: [memberId] }) {
    // INVARIANT: run() read the one org file this command names in `files`.
    const org = (orgs as readonly [Org])[0];
    return perMemberAnswer(org, memberId, {
      title: formatOrgHeader,
      items: accessItems,
      separator: "\n\n",
      csvColumns: ACCESS_CSV_COLUMNS,
    });
  },
};
