import { deepFreeze } from "../freeze.js";
import type { Org } from "../org.js";
import { isProduced } from "../parse/produced.js";
import { AUDIT_NEEDS_PARSED_ORG, auditMessage, type AuditNames } from "../words/audit.js";
import { q } from "../words/quote.js";
import type { Finding, FindingDraft } from "./auditFinding.js";
import { AUDIT_SECTIONS, lazyMembership } from "./auditSections.js";

/**
 * Names by id: "`Name` (`id`)" for an entry the org has, "`id`" for one it does not have; long ones
 * cut. The org's entries are worded once, up front (linear in the org, as the audit is): a role named
 * by 80,000 conflict findings is quoted once, and its findings share the text.
 */
function namer(list: readonly { readonly id: string; readonly name: string }[]): (id: string) => string {
  const worded = new Map(list.map((entry) => [entry.id, `${q(entry.name)} (${q(entry.id)})`]));
  return (id) => worded.get(id) ?? q(id);
}

function namesOf(org: Org): AuditNames {
  const emails = new Map(org.members.map((member) => [member.id, member.email]));
  const groupIds = new Set(org.groups.map((group) => group.id));
  const roleIds = new Set(org.roles.map((role) => role.id));
  return {
    member: (id) => {
      const email = emails.get(id);
      return email === undefined ? q(id) : `${q(email)} (${q(id)})`;
    },
    role: namer(org.roles),
    group: namer(org.groups),
    connector: namer(org.connectors),
    hasGroup: (id) => groupIds.has(id),
    hasRole: (id) => roleIds.has(id),
    provisioning: org.provisioning,
  };
}

/**
 * Audits an org: every entry that points nowhere, every member who would lose access, every role
 * that does nothing, each with what to do about it and, where a change list removes it without
 * changing anyone's access, that fix.
 *
 * Findings come ordered by kind as in the table of AUD-1 (`dangling-reference`,
 * `custom-member-without-role`, `scim-group-ignored`, `role-without-effect`, `capability-off-at-org`,
 * `chat-seat-claude-code`, `lands-on-settings`, `mapping-demotes`, `cross-role-conflict`), then by the
 * position in the org of what each is about; one finding per member, role, assignment, row, tool
 * entry, policy entry, group limit or mapping. A group member who is not a member of this org is
 * normal (GRP-1) and not reported.
 *
 * Rules: AUD-1, IN-2, CAP-1, CAP-3, CAP-4, CAP-6, CAP-7, CAP-8, GRP-1, GRP-2, GRP-3, GRP-4, CON-3,
 * CON-13. Time about linear in the org (a role held by 20,000 members, 10,000 dangling references).
 *
 * @param org - an org that `parseOrg` (or `applyChanges`) returned
 * @returns the findings, deeply frozen; empty for an org with nothing to report
 * @throws TypeError for an org that the library did not return
 *
 * @example
 * ```ts
 * // The guide's example org, plus an assignment of `eng` to a group `g-gone` it does not have.
 * // u-nogroup is set to Custom roles and is in no group: they would lose every governed feature.
 * const [finding] = auditOrg(org).filter((f) => f.kind === "custom-member-without-role");
 * finding.severity // => "error"
 * finding.memberIds // => ["u-nogroup"]
 * finding.rules // => ["CAP-6", "CAP-4"]
 * // An assignment to a group the org does not have grants nothing, and has a fix:
 * auditOrg(org).find((f) => f.kind === "dangling-reference")?.fix
 * // => [{ kind: "unassignRole", groupId: "g-gone", roleId: "eng" }]
 * ```
 */
export function auditOrg(org: Org): readonly Finding[] {
  if (!isProduced(org)) throw new TypeError(AUDIT_NEEDS_PARSED_ORG);
  const membership = lazyMembership(org);
  return wordFindings(
    org,
    AUDIT_SECTIONS.flatMap((section) => section.find(org, membership)),
  );
}

/** Findings of `org` with their messages (naming the org's entries), deeply frozen. */
export function wordFindings(org: Org, drafts: readonly FindingDraft[]): readonly Finding[] {
  const names = namesOf(org);
  return deepFreeze(drafts.map((draft) => ({ ...draft, message: auditMessage(draft, names) }) as Finding));
}
