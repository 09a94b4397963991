// The words of the audit (AUD-1): every finding's message, from its data, naming the org's entries.
import type { FindingDraft } from "../admin/auditFinding.js";
import { joinClauses, q } from "./quote.js";

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

/** The message of `auditOrg` for an org the library did not produce. */
export const AUDIT_NEEDS_PARSED_ORG =
  "expected an org returned by `parseOrg` or `applyChanges`: audit the result of `parseOrg(json)`";

/** Every id of a list, named by `name`: one name for a list of one. */
function all(ids: readonly string[], name: (id: string) => string): string {
  return joinClauses(ids.map(name));
}

function assignmentMessage(finding: FindingDraft, names: AuditNames): string {
  const assignment = `the assignment of role ${all(finding.roleIds, names.role)} to group ${all(finding.groupIds, names.group)} grants nothing`;
  const groupMissing = !finding.groupIds.every(names.hasGroup);
  const roleMissing = !finding.roleIds.every(names.hasRole);
  if (groupMissing && roleMissing) return `${assignment}: neither the role nor the group exists; remove the assignment`;
  if (groupMissing)
    return `${assignment}: the group does not exist (it may belong to another parent org); remove the assignment or create the group`;
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
      const who =
        finding.groupIds.length > 0
          ? `the mapping of ${groups} sets member ${member} to Custom roles`
          : `member ${member} is set to Custom roles`;
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
