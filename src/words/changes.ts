// The words of admin changes (SPEC §8): why a change cannot apply, and a change in one sentence for
// an audit log (CHG-5). Rule code returns typed data; this module words it.
import type { Change, ChangeKind } from "../admin/change.js";
import type { ChangeFailure } from "../admin/refusal.js";
import type { ConnectorGrant } from "../org.js";
import { formatValidationIssues, type ValidationIssue } from "../parse/issues.js";
import { LIST_BOUND, joinClauses, plural, q } from "./quote.js";

/**
 * Why a change cannot apply, as a lowercase sentence that says what to do (CHG-1).
 *
 * @example
 * ```ts
 * changeFailureText({ code: "unknown_role", id: "eng" }) // => "no role `eng`: check the role id"
 * changeFailureText({ code: "at_out_of_range", at: 9, length: 2 })
 * // => "`at` is 9, outside 0..2: insert at an index from 0 to the length of the list"
 * ```
 */
export function changeFailureText(failure: ChangeFailure): string {
  switch (failure.code) {
    case "at_out_of_range":
      return `\`at\` is ${failure.at}, outside 0..${failure.length}: insert at an index from 0 to the length of the list`;
    case "unknown_tool":
      return `connector ${q(failure.connectorId)} does not list tool ${q(failure.tool)}: set a tool that the connector lists`;
    case "unknown_assignment":
      return `role ${q(failure.roleId)} is not assigned to group ${q(failure.groupId)}: nothing to unassign`;
    case "duplicate_assignment":
      return `role ${q(failure.roleId)} is assigned to group ${q(failure.groupId)} already: assign it once`;
    case "unknown_connector_grant":
      return `role ${q(failure.roleId)} has no row for connector ${q(failure.connectorId)}: nothing to remove`;
    case "primary_owner_change":
      return failure.from === "primary-owner"
        ? `member ${q(failure.memberId)} is the primary owner: transfer primary ownership before changing their role`
        : `member ${q(failure.memberId)} cannot become the primary owner by a role assignment: transfer primary ownership instead`;
    default:
      return missingOrDuplicate(failure.code, failure.id);
  }
}

function missingOrDuplicate(code: string, id: string): string {
  switch (code) {
    case "unknown_tool_policy":
      return `the org-wide tool policy has no entry for connector ${q(id)}: nothing to remove`;
    case "unknown_group_limit":
      return `group ${q(id)} has no spend limit: nothing to remove`;
  }
  const [which, noun] = code.split("_") as [string, string];
  return which === "unknown"
    ? `no ${noun} ${q(id)}: check the ${noun} id`
    : `${noun} ${q(id)} exists already: give the new ${noun} its own id`;
}

/**
 * The message of a change error: which change, by index and kind, and why (CHG-1).
 *
 * @example
 * ```ts
 * changeErrorText(1, "deleteRole", "no role `nope`: check the role id")
 * // => "cannot apply changes[1] (deleteRole): no role `nope`: check the role id"
 * changeErrorText(undefined, undefined, "expected an array of changes, received an object")
 * // => "cannot apply changes: expected an array of changes, received an object"
 * ```
 */
export function changeErrorText(index: number | undefined, kind: string | undefined, reason: string): string {
  const which =
    index === undefined ? "changes" : kind === undefined ? `changes[${index}]` : `changes[${index}] (${kind})`;
  return `cannot apply ${which}: ${reason}`;
}

const SHOWN_ISSUES = 10;

function count(n: number, noun: string): string {
  return plural(n, noun, `${noun}s`);
}

/**
 * The problems of a change's form (or of the change list's, with `what`), one line each as `formatValidationIssues` writes them, the first
 * ten of them and how many more of the `total` found (CHG-1; the issues kept are the first 100).
 *
 * @example
 * ```ts
 * changeIssuesText(issues) // => 'invalid change: 1 issue\n✖ expected a non-empty role id, received 3 → at changes[0].roleId'
 * changeIssuesText(twelveIssues) // => "invalid change: 12 issues\n✖ ...(ten lines)\n… and 2 more issues"
 * ```
 */
export function changeIssuesText(issues: readonly ValidationIssue[], what = "change", total = issues.length): string {
  const text = `invalid ${what}: ${count(total, "issue")}\n${formatValidationIssues(issues.slice(0, SHOWN_ISSUES))}`;
  const more = total - SHOWN_ISSUES;
  return more <= 0 ? text : `${text}\n… and ${count(more, "more issue")}`;
}

/**
 * The message for a change whose `kind` is a string that names no change kind.
 *
 * @example
 * ```ts
 * unknownChangeKindText('"grantEverything"', 'one of "createRole", ...')
 * // => 'unknown change kind "grantEverything": expected one of "createRole", ...'
 * ```
 */
export function unknownChangeKindText(received: string, expected: string): string {
  return `unknown change kind ${received}: expected ${expected}`;
}

/**
 * Why `applyChanges` refuses an org that the library did not return (fail closed: a hand-made or
 * edited copy was never validated).
 */
export const NOT_PRODUCED_TEXT =
  "applyChanges takes an org that parseOrg or applyChanges returned: parse the org first";

/** What a change description can say about the org it applies to: names of roles, groups, connectors, members' emails. */
export interface ChangeNames {
  readonly role: (id: string) => string | undefined;
  readonly group: (id: string) => string | undefined;
  readonly connector: (id: string) => string | undefined;
  readonly memberEmail: (id: string) => string | undefined;
}

function named(noun: string, id: string, name: string | undefined): string {
  return name === undefined ? `${noun} ${q(id)}` : `${noun} ${q(name)} (${q(id)})`;
}

/** At most five items, then how many more: "`a`, `b`, `c`, `d`, `e` and 195 more"; only those five are labelled. */
function listed(items: readonly string[], label: (item: string) => string): string {
  const first = items.slice(0, LIST_BOUND).map(label);
  return items.length > LIST_BOUND ? `${first.join(", ")} and ${items.length - LIST_BOUND} more` : joinClauses(first);
}

function grantText(grant: ConnectorGrant): string {
  return typeof grant === "string" ? q(grant) : `Custom (${count(Object.keys(grant.custom).length, "tool")} set)`;
}

type Describers = {
  readonly [K in ChangeKind]: (change: Extract<Change, { readonly kind: K }>, n: ChangeNames) => string;
};

const role = (n: ChangeNames, id: string): string => named("role", id, n.role(id));
const group = (n: ChangeNames, id: string): string => named("group", id, n.group(id));
const connector = (n: ChangeNames, id: string): string => named("connector", id, n.connector(id));
const member =
  (n: ChangeNames) =>
  (id: string): string => {
    const email = n.memberEmail(id);
    return email === undefined ? q(id) : `${q(email)} (${q(id)})`;
  };
const members = (n: ChangeNames, ids: readonly string[]): string =>
  ids.length === 0 ? "no member" : `${ids.length === 1 ? "member" : "members"} ${listed(ids, member(n))}`;

const DESCRIBERS: Describers = {
  createRole: (c) => `create role ${q(c.role.name)} (${q(c.role.id)}) (CAP-4, CON-9)`,
  updateRole: (c, n) =>
    `update ${role(n, c.roleId)}: ${
      [
        ...(c.name === undefined ? [] : [`name ${q(c.name)}`]),
        ...(c.capabilities === undefined
          ? []
          : [`capabilities ${c.capabilities.length === 0 ? "none" : listed(c.capabilities, q)}`]),
      ].join(", ") || "nothing"
    } (CAP-4)`,
  deleteRole: (c, n) => `delete ${role(n, c.roleId)} and its assignments (CAP-4, CON-3)`,
  setConnectorGrant: (c, n) =>
    c.connectorId === null
      ? `set the All connectors row of ${role(n, c.roleId)} to ${grantText(c.grant)} (CON-2)`
      : `set the row of ${connector(n, c.connectorId)} for ${role(n, c.roleId)} to ${grantText(c.grant)} (CON-2)`,
  removeConnectorGrant: (c, n) =>
    `remove the row of ${connector(n, c.connectorId)} for ${role(n, c.roleId)}: its All connectors row applies (CON-2)`,
  setToolGrant: (c, n) =>
    `set tool ${q(c.tool)} of ${connector(n, c.connectorId)} to ${q(c.level)} for ${role(n, c.roleId)} (CON-2)`,
  addGroup: (c) =>
    `add ${c.group.source} group ${q(c.group.name)} (${q(c.group.id)}) with ${count(c.group.members?.length ?? 0, "member")} (GRP-1, GRP-2)`,
  removeGroup: (c, n) => `remove ${group(n, c.groupId)}, its role assignments, spend limit and mappings (GRP-1, CAP-4)`,
  addGroupMembers: (c, n) => `add ${members(n, c.memberIds)} to ${group(n, c.groupId)} (CAP-4, CAP-5)`,
  removeGroupMembers: (c, n) => `remove ${members(n, c.memberIds)} from ${group(n, c.groupId)} (CAP-4, CAP-5)`,
  assignRole: (c, n) => `assign ${role(n, c.roleId)} to ${group(n, c.groupId)} (CAP-4, CON-3)`,
  unassignRole: (c, n) => `unassign ${role(n, c.roleId)} from ${group(n, c.groupId)} (CAP-4, CON-3)`,
  addMember: (c) =>
    `add member ${c.member.email === undefined ? q(c.member.id) : `${q(c.member.email)} (${q(c.member.id)})`} as ${q(c.member.role)} (CON-7)`,
  removeMember: (c, n) => `remove member ${member(n)(c.memberId)} from the org (CON-7)`,
  setBuiltInRole: (c, n) =>
    `set the built-in role of ${members(n, c.memberIds)} to ${q(c.role)} (CAP-2, CAP-3, CAP-4, CON-5)`,
  setSeat: (c, n) =>
    c.seat === null
      ? `remove the seat of ${members(n, c.memberIds)}: a Chat seat on a dual-seat plan (CAP-7)`
      : `set the seat of ${members(n, c.memberIds)} to ${q(c.seat)} (CAP-7)`,
  setMemberSpendLimit: (c, n) =>
    c.limit === null
      ? `remove the spend limit of member ${member(n)(c.memberId)} (SPD-2)`
      : `set the spend limit of member ${member(n)(c.memberId)} to ${c.limit} (SPD-2)`,
  addConnector: (c) =>
    `add connector ${q(c.connector.name)} (${q(c.connector.id)}) with ${count(c.connector.tools.length, "tool")} (CON-7)`,
  removeConnector: (c, n) =>
    `remove ${connector(n, c.connectorId)}, every role's row for it and its tool policy entry (CON-7)`,
  setOrgCapability: (c) => `turn capability ${q(c.capability)} ${c.enabled ? "on" : "off"} at org level (CAP-1)`,
  setToolPolicy: (c, n) =>
    `set the org-wide tool policy of ${connector(n, c.connectorId)} to ${q(c.level ?? "always")}${c.tools === undefined ? "" : ` with ${count(Object.keys(c.tools).length, "tool override")}`} (CON-4)`,
  removeToolPolicy: (c, n) =>
    `remove the org-wide tool policy entry of ${connector(n, c.connectorId)}: \`always\` at org level (CON-4)`,
  setSpend: (c) =>
    `set ${
      [
        ...(c.orgLimit === undefined
          ? []
          : [c.orgLimit === null ? "no org spend limit" : `the org spend limit to ${c.orgLimit}`]),
        ...(c.multiGroup === undefined ? [] : [`the ${q(c.multiGroup)} group limit to apply`]),
      ].join(" and ") || "nothing"
    } (SPD-3, SPD-4)`,
  setGroupSpendLimit: (c, n) =>
    c.limit === null
      ? `remove the spend limit of ${group(n, c.groupId)} (SPD-3)`
      : `set the spend limit of ${group(n, c.groupId)} to ${c.limit} (SPD-3)`,
  setGroupMappings: (c) =>
    `${
      [
        ...(c.enabled === undefined ? [] : [`turn group mappings ${c.enabled ? "on" : "off"}`]),
        ...(c.mappings === undefined ? [] : [`set ${count(c.mappings.length, "group mapping")}`]),
      ].join(" and ") || "change no group mapping"
    } (GRP-3)`,
  enableConnectorPermissions: () =>
    "enable connector permissions: every role's All connectors row becomes `always`, its other rows go (CON-8)",
  disableConnectorPermissions: () =>
    "disable connector permissions: every member gets the org-wide tool policy level, roles keep their rows (CON-6)",
};

/**
 * A change in one sentence for an audit log, with the rule ids it touches (CHG-5).
 *
 * @example
 * ```ts
 * changeText({ kind: "assignRole", groupId: "g-eng", roleId: "eng" }, names)
 * // => "assign role `Engineering` (`eng`) to group `Engineering` (`g-eng`) (CAP-4, CON-3)"
 * ```
 */
export function changeText(change: Change, names: ChangeNames): string {
  const describe = DESCRIBERS[change.kind] as (change: Change, n: ChangeNames) => string;
  return describe(change, names);
}
