// Golden audits (AUD-1): the findings of each example org and of the guide's fixture, word for word,
// with their kind, severity, rules, the path and ids of what they are about, and their fix. Reviewing
// a diff of these files is reviewing what an admin would read; `npx vitest run test/golden -u`
// rewrites them after a deliberate change.
import { describe, expect, test } from "vitest";
import { auditOrg } from "../../src/admin/audit.js";
import type { Finding } from "../../src/admin/auditFinding.js";
import { formatPath } from "../../src/parse/issues.js";
import { parseOrg, type Org } from "../../src/index.js";
import { guideOrg } from "../engine/fixtures.js";
import { example } from "./orgs.js";
import { everyKindJson } from "../admin/auditFixtures.js";
import { cli, EXAMPLE, PARENT } from "../cli/io.js";

function findingLines(finding: Finding): string[] {
  const ids = Object.entries({
    members: finding.memberIds,
    groups: finding.groupIds,
    roles: finding.roleIds,
    connectors: finding.connectorIds,
  }).flatMap(([label, list]) => (list.length > 0 ? [`${label}=${list.join(",")}`] : []));
  const extra = [
    ...(finding.tool === null ? [] : [`tool=${finding.tool}`]),
    ...(finding.capability === null ? [] : [`capability=${finding.capability}`]),
    ...(finding.kind === "dangling-reference" ? [`reference=${finding.reference}`] : []),
    ...(finding.kind === "mapping-demotes"
      ? [`storedRole=${finding.storedRole} builtInRole=${finding.builtInRole}`]
      : []),
  ];
  return [
    `## ${finding.severity} ${finding.kind} [${finding.rules.join(", ")}] at ${formatPath(finding.path)}`,
    `  ${finding.message}`,
    `  ${[...ids, ...extra].join(" ")}`,
    ...(finding.fix === null ? ["  fix: none"] : finding.fix.map((change) => `  fix: ${JSON.stringify(change)}`)),
  ];
}

/** The audit of an org as text: one block per finding, in the audit's order. */
export function auditBook(org: Org): string {
  const findings = auditOrg(org);
  return [`# audit of ${org.id}: ${findings.length} findings`, ...findings.flatMap(findingLines), ""].join("\n");
}

const orgs: [string, () => Org][] = [
  ["acme", () => example("acme")],
  ["acme-eu", () => example("acme-eu")],
  ["guide", () => parseOrg(guideOrg())],
  ["every-kind", () => parseOrg(everyKindJson())],
];

/** `org-rbac audit` on each example org, as a user runs it: the command, the exit code and the output. */
async function cliTranscripts(): Promise<string> {
  const transcripts: string[] = [];
  for (const path of [EXAMPLE, PARENT]) {
    const ran = await cli(["audit", path]);
    transcripts.push(`$ org-rbac audit ${path}\nexit ${ran.code}\n--- stdout\n${ran.stdout}--- stderr\n${ran.stderr}`);
  }
  return transcripts.join("\n");
}

describe("golden audits (AUD-1)", () => {
  test("org-rbac audit on each example org, word for word", async () => {
    await expect(await cliTranscripts()).toMatchFileSnapshot("./__golden__/audit-cli.txt");
  });

  test.each(orgs)("the audit of %s, word for word, with its rules, ids and fixes", async (name, org) => {
    await expect(auditBook(org())).toMatchFileSnapshot(`./__golden__/audit-${name}.txt`);
  });
});
