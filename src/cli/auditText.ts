import { auditOrg } from "../admin/audit.js";
import { describeChange } from "../admin/describeChange.js";
import type { Finding, Severity } from "../admin/auditFinding.js";
import type { Org } from "../org.js";
import { auditCountsText, AUDIT_FIX_HEADING, NOTHING_TO_REPORT } from "../words/audit.js";

const MARKS: Readonly<Record<Severity, string>> = { error: "✖", warning: "⚠", info: "ℹ" };

/**
 * One finding on one line: its mark and severity, its rule ids and its message.
 *
 * @example
 * ```ts
 * findingLine(finding)
 * // => "✖ error [CAP-6, CAP-4] member `u-nogroup` is set to Custom roles but ..."
 * ```
 */
export function findingLine(finding: Finding): string {
  return `${MARKS[finding.severity]} ${finding.severity} [${finding.rules.join(", ")}] ${finding.message}`;
}

/**
 * The lines of `org-rbac audit`: a title with the counts, then each finding on its line with its fix
 * beneath, one described change per line (CHG-5).
 *
 * @param org - the audited org
 * @param findings - its findings (see `auditOrg`)
 */
export function formatAudit(org: Org, findings: readonly Finding[]): string[] {
  const lines = [auditCountsText(org.id, findings)];
  if (findings.length === 0) lines.push(NOTHING_TO_REPORT);
  for (const finding of findings) {
    lines.push(findingLine(finding));
    for (const change of finding.fix ?? []) lines.push(`    ${AUDIT_FIX_HEADING} ${describeChange(change, org)}`);
  }
  return lines;
}

/**
 * What `validate` adds for a valid org: the audit's errors and warnings, one line each (info
 * findings are left to `org-rbac audit`). Empty when there are none.
 *
 * @param org - the valid org
 */
export function auditWarningLines(org: Org): string[] {
  return auditOrg(org)
    .filter((finding) => finding.severity !== "info")
    .map(findingLine);
}
