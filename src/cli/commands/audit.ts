import { auditOrg } from "../../admin/audit.js";
import type { Org } from "../../index.js";
import { formatAudit } from "../auditText.js";
import type { Command } from "../command.js";

/**
 * `org-rbac audit <org.json>`: every finding of the audit (AUD-1) with its fix. Exits 1 when a
 * finding is an error, 0 otherwise; `--json` prints the findings as the library returns them.
 */
export const audit: Command = {
  name: "audit",
  args: "<org.json>",
  summary: ["what to fix: dangling references, members who", "lose access, roles without effect (exit 1 on an error)"],
  files: ["org"],
  arity: [1, 1],
  formats: ["text", "json", "ndjson"],
  execute({ orgs }) {
    // INVARIANT: run() read the one org file this command names in `files`.
    const [org] = orgs as readonly [Org];
    const findings = auditOrg(org);
    const failed = findings.some((finding) => finding.severity === "error");
    const json = { orgId: org.id, findings };
    return {
      ok: true,
      answer: {
        items: [{ json, text: formatAudit(org, findings) }],
        single: true,
        separator: "\n",
        exitCode: failed ? 1 : 0,
      },
    };
  },
};
