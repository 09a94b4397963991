// AUD-1: every fix applies (CHG-1), the audit of the org it leaves no longer has the finding, and it
// changes nobody's access: a fix only removes what grants nothing (IN-2, GRP-2).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { auditOrg } from "../../src/admin/audit.js";
import type { Finding } from "../../src/admin/auditFinding.js";
import { applyChanges } from "../../src/admin/applyChanges.js";
import { parseOrg, resolveAccess, resolveSpendLimit, type Org } from "../../src/index.js";
import { arbOrg } from "../arbitraries.js";
import { runs } from "../runs.js";
import { everyKindJson } from "./auditFixtures.js";

/** What identifies a finding across orgs: everything but its words, its fix and its path (indexes move). */
function identity(finding: Finding): string {
  const { message, fix, path, ...rest } = finding;
  return JSON.stringify(rest);
}

/** A member's access and spend limit without the explanations: what a fix must leave as it was. */
function accessOf(org: Org, memberId: string): unknown {
  const access = resolveAccess(org, memberId);
  const spend = resolveSpendLimit(org, memberId);
  return {
    builtInRole: access.builtInRole,
    roles: access.roles.map((role) => role.roleId),
    capabilities: access.capabilities.map((c) => [c.capability, c.granted, c.orgEnabled]),
    landing: access.landingPage.page,
    tools: access.connectors.map((c) => [c.connectorId, c.inMenu, c.tools.map((t) => [t.tool, t.level])]),
    spend: [spend.status, spend.limit],
  };
}

function checkFixes(org: Org): number {
  let checked = 0;
  for (const finding of auditOrg(org)) {
    if (finding.fix === null) continue;
    const fixed = applyChanges(org, finding.fix);
    expect(auditOrg(fixed).map(identity)).not.toContain(identity(finding));
    for (const member of org.members) expect(accessOf(fixed, member.id)).toEqual(accessOf(org, member.id));
    checked++;
  }
  return checked;
}

describe("AUD-1: fixes", () => {
  test("AUD-1: every dangling-reference and scim-group-ignored finding has a fix", () => {
    const all = auditOrg(parseOrg(everyKindJson()));
    const needing = all.filter(
      (finding) => finding.kind === "dangling-reference" || finding.kind === "scim-group-ignored",
    );
    expect(needing.length).toBeGreaterThan(0);
    for (const finding of needing) expect(finding.fix?.length).toBe(1);
  });

  test("AUD-1, CHG-1: each fix of the every-kind org applies, removes its finding and changes nobody's access", () => {
    expect(checkFixes(parseOrg(everyKindJson()))).toBe(10);
  });

  test("AUD-1, CHG-1: on random orgs every fix applies, removes its finding and changes nobody's access", () => {
    fc.assert(
      fc.property(arbOrg(), (generated) => {
        checkFixes(parseOrg(generated));
      }),
      { numRuns: runs(60) },
    );
  });
});
