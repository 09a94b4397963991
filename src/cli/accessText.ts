import { capabilityUiState, levelLabel, type Member, type MemberAccess, type SpendLimitDecision } from "../index.js";
import type { OrgLookup } from "./lookup.js";
import { groupLabel } from "./orgText.js";
import { spendLimitText } from "./spendText.js";
import { alignColumns, ruleIds } from "./table.js";

const STATE_WORDS = { available: "granted", "greyed-out": "greyed out", hidden: "hidden" } as const;

function builtInRoleText(lookup: OrgLookup, access: MemberAccess): string {
  const from =
    access.mappedVia.length > 0
      ? `from the group mapping of ${access.mappedVia.map((id) => groupLabel(lookup, id)).join(", ")}`
      : "stored role";
  const stored = access.builtInRole === access.storedRole ? "" : ` (stored: ${access.storedRole})`;
  const governed = access.governedByCustomRoles ? "governed by custom roles" : "not governed by custom roles";
  return `${access.builtInRole}, ${from}${stored}; ${governed}`;
}

function listRows(label: string, items: readonly (readonly string[])[]): string[][] {
  if (items.length === 0) return [[label, "none"]];
  return items.map((cells, i) => [i === 0 ? label : "", ...cells]);
}

/**
 * The member an access is about. INVARIANT: the CLI formats the access of members of the org only
 * (`perMemberAnswer` refuses any other id before anything is resolved).
 */
function memberOf(lookup: OrgLookup, access: MemberAccess): Member {
  return lookup.members.get(access.memberId) as Member;
}

/**
 * Everything one member has, as aligned text: built-in role and where it came from, seat, groups,
 * custom roles, landing page, every capability (granted, greyed out or hidden), the connector menu,
 * every tool's level and the spend limit, each line ending with the rule ids that decided it.
 *
 * @param lookup - the org, for emails and group names
 * @param access - the member's access, from `resolveAccess`
 * @param spend - the member's spend limit, from `resolveSpendLimit`
 * @returns the lines to print
 */
export function formatAccess(lookup: OrgLookup, access: MemberAccess, spend: SpendLimitDecision): string[] {
  const { email } = memberOf(lookup, access);
  const title = `member ${access.memberId}${email === undefined ? "" : ` <${email}>`}`;
  // GRP-2: a SCIM group of an invite-only or JIT org is listed, but gives no custom role.
  const groups = access.groups.map((group) =>
    group.countsForRoles
      ? [`${group.name} (${group.groupId}, ${group.source})`]
      : [`${group.name} (${group.groupId}, ${group.source}, not counted for roles)`, "GRP-2"],
  );
  const roles = access.roles.map((role) => [`${role.name} (${role.roleId}) via ${role.via.join(", ")}`]);
  const menu = access.connectors.filter((connector) => connector.inMenu).map((connector) => connector.name);
  const head = alignColumns(
    [
      ["built-in role", builtInRoleText(lookup, access), ruleIds(access)],
      ["seat", access.seat === null ? "none (standard plan)" : access.seat],
      ...listRows("groups", groups),
      ...listRows("custom roles", roles),
      ["landing page", access.landingPage.page, ruleIds(access.landingPage)],
      ["connector menu", menu.length === 0 ? "none" : menu.join(", "), "CON-10"],
      ["spend limit", spendLimitText(lookup, spend), ruleIds(spend)],
    ],
    "  ",
  );
  const capabilities = alignColumns(
    access.capabilities.map((decision) => [
      decision.capability,
      STATE_WORDS[capabilityUiState(decision).state],
      ruleIds(decision),
    ]),
    "    ",
  );
  const tools = alignColumns(
    access.connectors.flatMap((connector) =>
      connector.tools.length === 0
        ? [[connector.name, "(no tools)"]]
        : connector.tools.map((tool, i) => [
            i === 0 ? connector.name : "",
            tool.tool,
            levelLabel(tool.level),
            ruleIds(tool),
          ]),
    ),
    "    ",
  );
  return [title, ...head, "  capabilities", ...capabilities, "  tools", ...tools];
}

/** The columns of `org-rbac access --format csv`, one record per member and question. */
export const ACCESS_CSV_COLUMNS = ["member", "email", "question", "connector", "subject", "answer", "rules"] as const;

/**
 * One member's access as CSV records (columns `ACCESS_CSV_COLUMNS`): the built-in role, the seat,
 * the landing page, each capability (`available`, `greyed-out` or `hidden`), each connector of the
 * menu (`shown` or `not-shown`), each tool's level (`always`, `approval`, `blocked`) and the spend
 * limit (in minor units when limited, else its status).
 *
 * @param lookup - the org, for emails
 * @param access - the member's access, from `resolveAccess`
 * @param spend - the member's spend limit, from `resolveSpendLimit`
 *
 * @example
 * ```ts
 * accessCsv(lookupOf(org), resolveAccess(org, "u-eli"), resolveSpendLimit(org, "u-eli"))[0]
 * // => ["u-eli", "eli@acme.test", "built-in-role", "", "", "custom", "CAP-4"]
 * ```
 */
export function accessCsv(lookup: OrgLookup, access: MemberAccess, spend: SpendLimitDecision): string[][] {
  const email = memberOf(lookup, access).email ?? "";
  const row = (question: string, connector: string, subject: string, answer: string, rules: string) => [
    access.memberId,
    email,
    question,
    connector,
    subject,
    answer,
    rules,
  ];
  return [
    row("built-in-role", "", "", `${access.builtInRole}`, ruleIds(access)),
    row("seat", "", "", access.seat ?? "none", ""),
    row("landing-page", "", "", access.landingPage.page, ruleIds(access.landingPage)),
    ...access.capabilities.map((decision) =>
      row("capability", "", decision.capability, capabilityUiState(decision).state, ruleIds(decision)),
    ),
    ...access.connectors.map((connector) =>
      row("connector-menu", connector.connectorId, "", connector.inMenu ? "shown" : "not-shown", "CON-10"),
    ),
    ...access.connectors.flatMap((connector) =>
      connector.tools.map((tool) => row("tool", connector.connectorId, tool.tool, tool.level, ruleIds(tool))),
    ),
    row("spend-limit", "", "", spend.status === "limited" ? String(spend.limit) : spend.status, ruleIds(spend)),
  ];
}
