// Every sentence org-rbac says, in one module (STYLE.md "Words live in one module"): rule code returns
// typed data (reasons, changes, findings) and this module words it when the words are read.
import type { Change, ChangeKind } from "./admin/change.js";
import type { ChangeFailure } from "./admin/refusal.js";
import type { ConnectorGrant } from "./org.js";
import { formatValidationIssues, type ValidationIssue } from "./parse/issues.js";
import type { FindingDraft } from "./admin/auditFinding.js";

/**
 * Quotes an id or a name for a sentence: in backticks, as the style of our messages wants user input.
 *
 * @example
 * ```ts
 * q("jira") // => "`jira`"
 * ```
 */
export function q(text: string): string {
  return `\`${text}\``;
}

// ---- Reasons of decisions (EXP-1) ----------------------------------------------------------------

// ---- Changes (CHG-5) -----------------------------------------------------------------------------

const SHOWN_ID = 60;

/**
 * Quotes an id or a name for a sentence of bounded length: in backticks, cut after 60 characters.
 *
 * @example
 * ```ts
 * shown("jira") // => "`jira`"
 * shown("x".repeat(100)) // => "`xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…`"
 * ```
 */
export function shown(text: string): string {
  return text.length <= SHOWN_ID ? q(text) : q(`${text.slice(0, SHOWN_ID)}…`);
}

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
      return `connector ${shown(failure.connectorId)} does not list tool ${shown(failure.tool)}: set a tool that the connector lists`;
    case "unknown_assignment":
      return `role ${shown(failure.roleId)} is not assigned to group ${shown(failure.groupId)}: nothing to unassign`;
    case "duplicate_assignment":
      return `role ${shown(failure.roleId)} is assigned to group ${shown(failure.groupId)} already: assign it once`;
    case "unknown_connector_grant":
      return `role ${shown(failure.roleId)} has no row for connector ${shown(failure.connectorId)}: nothing to remove`;
    case "primary_owner_change":
      return failure.from === "primary-owner"
        ? `member ${shown(failure.memberId)} is the primary owner: transfer primary ownership before changing their role`
        : `member ${shown(failure.memberId)} cannot become the primary owner by a role assignment: transfer primary ownership instead`;
    default:
      return missingOrDuplicate(failure.code, failure.id);
  }
}

function missingOrDuplicate(code: string, id: string): string {
  switch (code) {
    case "unknown_tool_policy":
      return `the org-wide tool policy has no entry for connector ${shown(id)}: nothing to remove`;
    case "unknown_group_limit":
      return `group ${shown(id)} has no spend limit: nothing to remove`;
  }
  const [which, noun] = code.split("_") as [string, string];
  return which === "unknown" ? `no ${noun} ${shown(id)}: check the ${noun} id` : `${noun} ${shown(id)} exists already: give the new ${noun} its own id`;
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
  const which = index === undefined ? "changes" : kind === undefined ? `changes[${index}]` : `changes[${index}] (${kind})`;
  return `cannot apply ${which}: ${reason}`;
}

const SHOWN_ISSUES = 10;

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/**
 * The problems of a change's form (or of the change list's, with `what`), one line each as `formatValidationIssues` writes them, the first
 * ten of them and how many more (CHG-1).
 *
 * @example
 * ```ts
 * changeIssuesText(issues) // => 'invalid change: 1 issue\n✖ expected a non-empty role id, received 3 → at changes[0].roleId'
 * changeIssuesText(twelveIssues) // => "invalid change: 12 issues\n✖ ...(ten lines)\n… and 2 more issues"
 * ```
 */
export function changeIssuesText(issues: readonly ValidationIssue[], what = "change"): string {
  const text = `invalid ${what}: ${count(issues.length, "issue")}\n${formatValidationIssues(issues.slice(0, SHOWN_ISSUES))}`;
  const more = issues.length - SHOWN_ISSUES;
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
export const NOT_PRODUCED_TEXT = "applyChanges takes an org that parseOrg or applyChanges returned: parse the org first";

/** What a change description can say about the org it applies to: names of roles, groups, connectors, members' emails. */
export interface ChangeNames {
  readonly role: (id: string) => string | undefined;
  readonly group: (id: string) => string | undefined;
  readonly connector: (id: string) => string | undefined;
  readonly memberEmail: (id: string) => string | undefined;
}

const SHOWN_ITEMS = 3;

function named(noun: string, id: string, name: string | undefined): string {
  return name === undefined ? `${noun} ${shown(id)}` : `${noun} ${shown(name)} (${shown(id)})`;
}

/** At most three items, then how many more: "`a`, `b`, `c` and 198 more". */
function listed(items: readonly string[], label: (item: string) => string): string {
  const first = items.slice(0, SHOWN_ITEMS).map(label);
  const more = items.length - first.length;
  if (more > 0) return `${first.join(", ")} and ${more} more`;
  return first.length === 1 ? (first[0] as string) : `${first.slice(0, -1).join(", ")} and ${first.at(-1) as string}`;
}

function grantText(grant: ConnectorGrant): string {
  return typeof grant === "string" ? shown(grant) : `Custom (${count(Object.keys(grant.custom).length, "tool")} set)`;
}

type Describers = { readonly [K in ChangeKind]: (change: Extract<Change, { readonly kind: K }>, n: ChangeNames) => string };

const role = (n: ChangeNames, id: string): string => named("role", id, n.role(id));
const group = (n: ChangeNames, id: string): string => named("group", id, n.group(id));
const connector = (n: ChangeNames, id: string): string => named("connector", id, n.connector(id));
const member = (n: ChangeNames) => (id: string): string => {
  const email = n.memberEmail(id);
  return email === undefined ? shown(id) : `${shown(email)} (${shown(id)})`;
};
const members = (n: ChangeNames, ids: readonly string[]): string => (ids.length === 0 ? "no member" : `${ids.length === 1 ? "member" : "members"} ${listed(ids, member(n))}`);

const DESCRIBERS: Describers = {
  createRole: (c) => `create role ${shown(c.role.name)} (${shown(c.role.id)}) (CAP-4, CON-9)`,
  updateRole: (c, n) =>
    `update ${role(n, c.roleId)}: ${[
      ...(c.name === undefined ? [] : [`name ${shown(c.name)}`]),
      ...(c.capabilities === undefined ? [] : [`capabilities ${c.capabilities.length === 0 ? "none" : listed(c.capabilities, shown)}`]),
    ].join(", ") || "nothing"} (CAP-4)`,
  deleteRole: (c, n) => `delete ${role(n, c.roleId)} and its assignments (CAP-4, CON-3)`,
  setConnectorGrant: (c, n) =>
    c.connectorId === null
      ? `set the All connectors row of ${role(n, c.roleId)} to ${grantText(c.grant)} (CON-2)`
      : `set the row of ${connector(n, c.connectorId)} for ${role(n, c.roleId)} to ${grantText(c.grant)} (CON-2)`,
  removeConnectorGrant: (c, n) => `remove the row of ${connector(n, c.connectorId)} for ${role(n, c.roleId)}: its All connectors row applies (CON-2)`,
  setToolGrant: (c, n) => `set tool ${shown(c.tool)} of ${connector(n, c.connectorId)} to ${shown(c.level)} for ${role(n, c.roleId)} (CON-2)`,
  addGroup: (c) => `add ${c.group.source} group ${shown(c.group.name)} (${shown(c.group.id)}) with ${count(c.group.members?.length ?? 0, "member")} (GRP-1, GRP-2)`,
  removeGroup: (c, n) => `remove ${group(n, c.groupId)}, its role assignments, spend limit and mappings (GRP-1, CAP-4)`,
  addGroupMembers: (c, n) => `add ${members(n, c.memberIds)} to ${group(n, c.groupId)} (CAP-4, CAP-5)`,
  removeGroupMembers: (c, n) => `remove ${members(n, c.memberIds)} from ${group(n, c.groupId)} (CAP-4, CAP-5)`,
  assignRole: (c, n) => `assign ${role(n, c.roleId)} to ${group(n, c.groupId)} (CAP-4, CON-3)`,
  unassignRole: (c, n) => `unassign ${role(n, c.roleId)} from ${group(n, c.groupId)} (CAP-4, CON-3)`,
  addMember: (c) => `add member ${c.member.email === undefined ? shown(c.member.id) : `${shown(c.member.email)} (${shown(c.member.id)})`} as ${shown(c.member.role)} (CON-7)`,
  removeMember: (c, n) => `remove member ${member(n)(c.memberId)} from the org (CON-7)`,
  setBuiltInRole: (c, n) => `set the built-in role of ${members(n, c.memberIds)} to ${shown(c.role)} (CAP-2, CAP-3, CAP-4, CON-5)`,
  setSeat: (c, n) => (c.seat === null ? `remove the seat of ${members(n, c.memberIds)}: a Chat seat on a dual-seat plan (CAP-7)` : `set the seat of ${members(n, c.memberIds)} to ${shown(c.seat)} (CAP-7)`),
  setMemberSpendLimit: (c, n) =>
    c.limit === null ? `remove the spend limit of member ${member(n)(c.memberId)} (SPD-2)` : `set the spend limit of member ${member(n)(c.memberId)} to ${c.limit} (SPD-2)`,
  addConnector: (c) => `add connector ${shown(c.connector.name)} (${shown(c.connector.id)}) with ${count(c.connector.tools.length, "tool")} (CON-7)`,
  removeConnector: (c, n) => `remove ${connector(n, c.connectorId)}, every role's row for it and its tool policy entry (CON-7)`,
  setOrgCapability: (c) => `turn capability ${shown(c.capability)} ${c.enabled ? "on" : "off"} at org level (CAP-1)`,
  setToolPolicy: (c, n) =>
    `set the org-wide tool policy of ${connector(n, c.connectorId)} to ${shown(c.level ?? "always")}${c.tools === undefined ? "" : ` with ${count(Object.keys(c.tools).length, "tool override")}`} (CON-4)`,
  removeToolPolicy: (c, n) => `remove the org-wide tool policy entry of ${connector(n, c.connectorId)}: \`always\` at org level (CON-4)`,
  setSpend: (c) =>
    `set ${[
      ...(c.orgLimit === undefined ? [] : [c.orgLimit === null ? "no org spend limit" : `the org spend limit to ${c.orgLimit}`]),
      ...(c.multiGroup === undefined ? [] : [`the ${shown(c.multiGroup)} group limit to apply`]),
    ].join(" and ") || "nothing"} (SPD-3, SPD-4)`,
  setGroupSpendLimit: (c, n) =>
    c.limit === null ? `remove the spend limit of ${group(n, c.groupId)} (SPD-3)` : `set the spend limit of ${group(n, c.groupId)} to ${c.limit} (SPD-3)`,
  setGroupMappings: (c) =>
    `${[
      ...(c.enabled === undefined ? [] : [`turn group mappings ${c.enabled ? "on" : "off"}`]),
      ...(c.mappings === undefined ? [] : [`set ${count(c.mappings.length, "group mapping")}`]),
    ].join(" and ") || "change no group mapping"} (GRP-3)`,
  enableConnectorPermissions: () => "enable connector permissions: every role's All connectors row becomes `always`, its other rows go (CON-8)",
  disableConnectorPermissions: () => "disable connector permissions: every member gets the org-wide tool policy level, roles keep their rows (CON-6)",
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

// ---- Audit findings (AUD-1) ----------------------------------------------------------------------

/**
 * How the audit names the org's entries in its messages: a member by email and id, a role, group or
 * connector by name and id; an id the org does not have, by its id alone.
 */
export interface AuditNames {
  member(id: string): string;
  role(id: string): string;
  group(id: string): string;
  connector(id: string): string;
  /** Whether the org has a group / a role of that id. */
  hasGroup(id: string): boolean;
  hasRole(id: string): boolean;
  /** The org's provisioning mode. */
  readonly provisioning: string;
}

/** At most this many entries are named in one message; the rest are counted. */
const NAMED_IN_MESSAGE = 5;

/**
 * Names a few entries, counting the rest: "`a`, `b` and 3 more".
 *
 * @example
 * ```ts
 * someNames(["`a`", "`b`"]) // => "`a` and `b`"
 * ```
 */
export function someNames(names: readonly string[]): string {
  const shown = names.slice(0, NAMED_IN_MESSAGE);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} more`;
  const last = shown.at(-1) ?? "";
  return shown.length <= 1 ? last : `${shown.slice(0, -1).join(", ")} and ${last}`;
}

/** The message of `auditOrg` for an org the library did not produce. */
export const AUDIT_NEEDS_PARSED_ORG = "expected an org returned by `parseOrg` or `applyChanges`: audit the result of `parseOrg(json)`";

/** Every id of a list, named by `name`: one name for a list of one. */
function all(ids: readonly string[], name: (id: string) => string): string {
  return someNames(ids.map(name));
}

function assignmentMessage(finding: FindingDraft, names: AuditNames): string {
  const assignment = `the assignment of role ${all(finding.roleIds, names.role)} to group ${all(finding.groupIds, names.group)} grants nothing`;
  const groupMissing = !finding.groupIds.every(names.hasGroup);
  const roleMissing = !finding.roleIds.every(names.hasRole);
  if (groupMissing && roleMissing) return `${assignment}: neither the role nor the group exists; remove the assignment`;
  if (groupMissing) return `${assignment}: the group does not exist (it may belong to another parent org); remove the assignment or create the group`;
  return `${assignment}: the role does not exist; remove the assignment or create the role`;
}

function danglingMessage(finding: Extract<FindingDraft, { kind: "dangling-reference" }>, names: AuditNames): string {
  const role = all(finding.roleIds, names.role);
  const tool = q(String(finding.tool));
  const missing = all(finding.connectorIds, q);
  const connector = all(finding.connectorIds, names.connector);
  const group = all(finding.groupIds, q);
  switch (finding.reference) {
    case "assignment":
      return assignmentMessage(finding, names);
    case "role-row":
      return `role ${role} has a row for connector ${missing}, which the org has not added: the row grants nothing; remove it, or add the connector first`;
    case "role-tool":
      return `role ${role} sets tool ${tool} on its Custom row for connector ${connector}, which does not list that tool: the entry grants nothing; remove it`;
    case "policy-entry":
      return `the org-wide tool policy has an entry for connector ${missing}, which the org has not added: remove the entry, or add the connector first`;
    case "policy-tool":
      return `the org-wide tool policy entry of connector ${connector} sets tool ${tool}, which the connector does not list: remove it`;
    case "group-limit":
      return `the spend limit of group ${group} applies to nobody: the group does not exist; remove the limit`;
    case "mapping":
      return `the group mapping of group ${group} applies to nobody: the group does not exist; remove the mapping`;
  }
}

function memberMessage(finding: FindingDraft, names: AuditNames): string {
  const member = all(finding.memberIds, names.member);
  const groups = all(finding.groupIds, (id) => `group ${names.group(id)}`);
  switch (finding.kind) {
    case "custom-member-without-role": {
      const who = finding.groupIds.length > 0 ? `the mapping of ${groups} sets member ${member} to Custom roles` : `member ${member} is set to Custom roles`;
      return `${who} but is in no group with a custom role, so every governed feature is greyed out or hidden for them: add them to a group that has a role before migrating them (Step 5)`;
    }
    case "chat-seat-claude-code":
      return `member ${member} holds ${all(finding.roleIds, (id) => `role ${names.role(id)}`)} granting \`claude_code\` but is on a Chat seat, which never has Claude Code: give them a Chat + Claude Code seat if they need it`;
    default:
      return finding.rules.includes("CAP-1")
        ? `member ${member} holds custom roles but \`chat\` is off at org level, so they land on their settings page: switch \`chat\` on at org level if they should see the chat interface (Step 7)`
        : `member ${member} holds custom roles but none of them grants \`chat\`, so they land on their settings page, where their other features stay available: grant \`chat\` in one of their roles if they should see the chat interface`;
  }
}

function demotionMessage(finding: Extract<FindingDraft, { kind: "mapping-demotes" }>, names: AuditNames): string {
  const { storedRole, builtInRole } = finding;
  const member = all(finding.memberIds, names.member);
  const groups = all(finding.groupIds, (id) => `group ${names.group(id)}`);
  return `the mapping of ${groups} makes member ${member} ${q(builtInRole)} although their built-in role is ${q(storedRole)}: they lose that access on the next sync; map one of their groups to ${q(storedRole)}, or take them out of the mapped groups ("I lost Admin/Owner access after enabling group mappings")`;
}

function roleMessage(finding: FindingDraft, names: AuditNames): string {
  const role = all(finding.roleIds.slice(0, 1), names.role);
  const groups = all(finding.groupIds, (id) => `group ${names.group(id)}`);
  switch (finding.kind) {
    case "scim-group-ignored":
      return `role ${role} is assigned to SCIM ${groups}, which does not count for custom roles in an org with ${q(names.provisioning)} provisioning: the assignment grants nothing; assign the role to a manual group with the same members, then remove this assignment (Step 4)`;
    case "role-without-effect":
      return `role ${role} is assigned to ${groups} but no member holds it as a Custom-roles member, so it has no effect: set the members of those groups to Custom roles (Step 6), or assign the role to groups that count for custom roles`;
    case "capability-off-at-org":
      return `role ${role} grants ${q(String(finding.capability))}, which is off at org level, so nobody has it: switch it on at org level once members are migrated (Step 7), or remove it from the role`;
    default: {
      const others = finding.roleIds.slice(1);
      const [share, grant] = others.length === 1 ? ["shares", "grants"] : ["share", "grant"];
      return `the row of role ${role} for connector ${all(finding.connectorIds, names.connector)} shows a conflict warning: ${all(others, (id) => `role ${names.role(id)}`)} ${share} a member with it and ${grant} the connector at a different level, so members holding them together get the most permissive level; align the rows if that is not intended`;
    }
  }
}

/**
 * The message of an audit finding: what is wrong and what to do, naming the org's entries.
 *
 * @example
 * ```ts
 * auditMessage(finding, names)
 * // => "role `Marketing` (`mkt`) grants `cowork`, which is off at org level, so nobody has it: ..."
 * ```
 */
export function auditMessage(finding: FindingDraft, names: AuditNames): string {
  switch (finding.kind) {
    case "dangling-reference":
      return danglingMessage(finding, names);
    case "custom-member-without-role":
    case "chat-seat-claude-code":
    case "lands-on-settings":
      return memberMessage(finding, names);
    case "mapping-demotes":
      return demotionMessage(finding, names);
    default:
      return roleMessage(finding, names);
  }
}

/** What `org-rbac audit` prints for an org with no finding. */
export const NOTHING_TO_REPORT = "nothing to report";

/** What comes before each change of a finding's fix in `org-rbac audit`. */
export const AUDIT_FIX_HEADING = "fix:";

/**
 * The title of `org-rbac audit`: the org and how many findings of each severity.
 *
 * @example
 * ```ts
 * auditCountsText("acme", findings) // => "audit of org `acme`: 3 findings (1 error, 2 warnings, 0 info)"
 * ```
 */
export function auditCountsText(orgId: string, findings: readonly { readonly severity: string }[]): string {
  const count = (severity: string) => findings.filter((finding) => finding.severity === severity).length;
  const errors = count("error");
  const warnings = count("warning");
  const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
  return `audit of org ${q(orgId)}: ${plural(findings.length, "finding")} (${plural(errors, "error")}, ${plural(warnings, "warning")}, ${count("info")} info)`;
}

// ---- Diff and plan (DIF-1, PLN) ------------------------------------------------------------------

/**
 * Why a target org cannot be reached by changes (PLN-1): a field that no change sets differs.
 *
 * @example
 * ```ts
 * fixedFieldMessage("billing", "seat", "usage")
 * // => "cannot plan a change of `billing` from `seat` to `usage`: no change sets it, so the target must keep it (PLN-1)"
 * ```
 */
export function fixedFieldMessage(field: string, before: string | undefined, after: string | undefined): string {
  const side = (value: string | undefined) => (value === undefined ? "none" : q(value));
  return `cannot plan a change of ${q(field)} from ${side(before)} to ${side(after)}: no change sets it, so the target must keep it (PLN-1)`;
}

/**
 * Why an org cannot be reached by changes (PLN-1, PLN-3): it lists a role assignment twice, and
 * `assignRole` never creates an assignment that exists. `side` says which org: the target of the
 * plan, or `before`, which every rollback must give back.
 *
 * @example
 * ```ts
 * repeatedAssignmentMessage("g-eng", "eng", "target")
 * // => "cannot plan the assignment of role `eng` to group `g-eng` a second time in the target: no change creates an assignment that exists (PLN-1)"
 * repeatedAssignmentMessage("g-eng", "eng", "rollback")
 * // => "cannot plan a rollback to the assignment of role `eng` to group `g-eng` listed twice: no change creates an assignment that exists; remove the repeated one first (PLN-3)"
 * ```
 */
export function repeatedAssignmentMessage(groupId: string, roleId: string, side: "target" | "rollback"): string {
  const assignment = `the assignment of role ${q(roleId)} to group ${q(groupId)}`;
  return side === "target"
    ? `cannot plan ${assignment} a second time in the target: no change creates an assignment that exists (PLN-1)`
    : `cannot plan a rollback to ${assignment} listed twice: no change creates an assignment that exists; remove the repeated one first (PLN-3)`;
}

/**
 * Why `org-rbac apply` cannot read its change list.
 *
 * @example
 * ```ts
 * unreadableChangesMessage("changes.json", "Unexpected end of JSON input")
 * // => "cannot read `changes.json` as JSON: Unexpected end of JSON input"
 * ```
 */
export function unreadableChangesMessage(path: string, reason: string): string {
  return `cannot read ${q(path)} as JSON: ${reason}`;
}

/**
 * Why a pilot cannot be planned: the group named is not a group of the target org.
 *
 * @example
 * ```ts
 * noPilotGroupMessage("g-x") // => "no group `g-x` in the target org to take the pilot from: name a group id or list member ids"
 * ```
 */
export function noPilotGroupMessage(groupId: string): string {
  return `no group ${q(groupId)} in the target org to take the pilot from: name a group id or list member ids`;
}

// Diff words take the diff as data (src/admin/diffTypes.ts) and say it; the types are imported only.
import type { AccessDiff, AccessDifference, MemberAccessDiff } from "./admin/diffTypes.js";
import type { MigrationStep, MigrationWindow } from "./admin/planTypes.js";

const EFFECT_MARK = { gain: "+", loss: "-", change: "~" } as const;

function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function tally(diff: { readonly gains: number; readonly losses: number; readonly changes: number }): string {
  return `${counted(diff.gains, "gain", "gains")}, ${counted(diff.losses, "loss", "losses")}, ${counted(diff.changes, "change", "changes")}`;
}

/**
 * The first line of an access diff (DIF-1).
 *
 * @example
 * ```ts
 * accessDiffHeading(diffAccess(org, org)) // => "no member's access differs between `acme` and `acme` (DIF-1)"
 * ```
 */
export function accessDiffHeading(diff: AccessDiff): string {
  const orgs = `${q(diff.beforeOrgId)} and ${q(diff.afterOrgId)}`;
  if (diff.members.length === 0) return `no member's access differs between ${orgs} (DIF-1)`;
  return `${counted(diff.members.length, "member's", "members'")} access differs between ${orgs}: ${tally(diff)} (DIF-1)`;
}

/**
 * The heading of one member in an access diff.
 *
 * @example
 * ```ts
 * memberDiffHeading(member) // => "member `u-new` is added (a member of the target only): 9 gains, 0 losses, 2 changes"
 * ```
 */
export function memberDiffHeading(member: MemberAccessDiff): string {
  const presence =
    member.presence === "added"
      ? " is added (a member of the target only)"
      : member.presence === "removed"
        ? " is removed (not a member of the target, CON-7)"
        : "";
  return `member ${q(member.memberId)}${presence}: ${tally(member)}`;
}

function stateWords(granted: boolean, state: "available" | "greyed-out" | "hidden"): string {
  return granted ? "granted" : state === "hidden" ? "not granted (hidden)" : "not granted (greyed out)";
}

function limitWords(value: { readonly status: string; readonly limit: number | null }): string {
  return value.status === "limited" ? `limited to ${value.limit}` : value.status;
}

/**
 * One difference in one line: `+` a gain, `-` a loss, `~` a change, then what and both values.
 *
 * @example
 * ```ts
 * differenceLine(toolDifference) // => "- tool `github/list_repos`: `always` → `blocked`"
 * ```
 */
export function differenceLine(difference: AccessDifference): string {
  const mark = EFFECT_MARK[difference.effect];
  switch (difference.kind) {
    case "built-in-role":
      return `${mark} built-in role: ${difference.before === null ? "none" : q(difference.before)} → ${difference.after === null ? "none" : q(difference.after)}`;
    case "capability":
      return `${mark} capability ${q(difference.capability)}: ${stateWords(difference.before.granted, difference.before.state)} → ${stateWords(difference.after.granted, difference.after.state)}`;
    case "landing-page":
      return `${mark} landing page: ${difference.before} → ${difference.after} (CAP-8)`;
    case "connector-menu":
      return `${mark} connector ${q(difference.connectorId)} ${difference.after ? "appears in" : "leaves"} the connector menu (CON-10)`;
    case "tool":
      return `${mark} tool ${q(`${difference.connectorId}/${difference.tool}`)}: ${q(difference.before)} → ${q(difference.after)}`;
    case "spend-limit":
      return `${mark} spend limit: ${limitWords(difference.before)} → ${limitWords(difference.after)}`;
  }
}

/**
 * A window of PLN-2 in words: who would hold what outside what they hold before and after.
 *
 * @example
 * ```ts
 * windowText(window)
 * // => "member `u-eng` would not have capability `chat`, which they have before and after (PLN-2)"
 * ```
 */
export function windowText(window: MigrationWindow): string {
  const who = `member ${q(window.memberId)}`;
  if (window.kind === "capability") {
    // INVARIANT: a granted flag is a window only when it is the same before and after.
    const had = window.before ? "have" : "do not have";
    return `${who} would ${window.during ? "have" : "not have"} capability ${q(window.capability)}, which they ${had} before and after (PLN-2)`;
  }
  return `${who} would have tool ${q(`${window.connectorId}/${window.tool}`)} at ${q(window.during)}, outside ${q(window.before)} before and ${q(window.after)} after (PLN-2)`;
}

const STEP_WORDS: ReadonlyMap<MigrationStep, string> = new Map<MigrationStep, string>([
  ["connectors", "Before you begin: connectors and the org-wide tool policy"],
  ["roles", "Step 2: create custom roles"],
  ["connector-permissions", "Step 3: configure connector permissions"],
  ["groups", "Step 4: create groups and assign roles"],
  ["pilot", "Step 6: migrate the pilot"],
  ["members", "Step 6: migrate members"],
  ["capabilities", "Step 7: enable features at the organization level"],
  ["spend", "Step 8: apply spend limits"],
  ["removals", "Removals"],
]);

/**
 * A step of a migration plan in the guide's words.
 *
 * @example
 * ```ts
 * stepTitle("groups") // => "Step 4: create groups and assign roles"
 * ```
 */
export function stepTitle(step: MigrationStep): string {
  return STEP_WORDS.get(step) as string;
}

/**
 * Why steps were merged into one stage (PLN-2): the window the first would leave on its own.
 *
 * @example
 * ```ts
 * mergeText(["roles", "connector-permissions"], window)
 * // => "`roles` and `connector-permissions` are one stage: on its own, `roles` would leave a window: member `u1` would ... (PLN-2)"
 * mergeText(["roles", "groups", "members"], window)
 * // => "`roles`, `groups` and `members` are one stage: on their own, `roles` and `groups` would leave a window: ..."
 * ```
 */
export function mergeText(steps: readonly MigrationStep[], window: MigrationWindow): string {
  const names = steps.map(q);
  const and = (list: readonly string[]) => (list.length === 1 ? (list[0] as string) : `${list.slice(0, -1).join(", ")} and ${list.at(-1) as string}`);
  return `${and(names)} are one stage: on ${names.length === 2 ? "its" : "their"} own, ${and(names.slice(0, -1))} would leave a window: ${windowText(window)}`;
}

/**
 * The first line of a migration plan: its stages and PLN-2's verdict.
 *
 * @example
 * ```ts
 * planHeading(plan) // => "migration plan of `acme-corp`: 6 stages, 12 changes; no stage leaves a window (PLN-2)"
 * ```
 */
export function planHeading(orgId: string, stages: number, changes: number, noWindow: boolean): string {
  const verdict = noWindow ? "no stage leaves a window (PLN-2)" : "a stage leaves a window (PLN-2)";
  return `migration plan of ${q(orgId)}: ${counted(stages, "stage", "stages")}, ${counted(changes, "change", "changes")}; ${verdict}`;
}

/**
 * The heading of one stage of a plan: its number and the guide's steps it holds.
 *
 * @example
 * ```ts
 * stageHeading(2, 6, ["groups"], 4) // => "stage 2 of 6: Step 4: create groups and assign roles (4 changes)"
 * ```
 */
export function stageHeading(index: number, total: number, steps: readonly MigrationStep[], changes: number): string {
  return `stage ${index} of ${total}: ${steps.map(stepTitle).join(" + ")} (${counted(changes, "change", "changes")})`;
}

/**
 * A stage's undo and rollback (CHG-3, PLN-3), counted.
 *
 * @example
 * ```ts
 * undoLine(4) // => "undo this stage: 4 changes (CHG-3)"
 * rollbackLine(9) // => "roll back to the start from here: 9 changes (PLN-3)"
 * ```
 */
export function undoLine(changes: number): string {
  return `undo this stage: ${counted(changes, "change", "changes")} (CHG-3)`;
}

/** See {@link undoLine}. */
export function rollbackLine(changes: number): string {
  return `roll back to the start from here: ${counted(changes, "change", "changes")} (PLN-3)`;
}
