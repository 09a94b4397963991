// The TSDoc examples of the audit, run: what the API reference shows is what the code does.
import { describe, expect, test } from "vitest";
import { auditOrg } from "../../src/admin/audit.js";
import { findingLine } from "../../src/cli/auditText.js";
import { parseOrg } from "../../src/index.js";
import { auditCountsText } from "../../src/words/audit.js";
import { guideOrg } from "../engine/fixtures.js";

// The guide's example org, with an assignment to a group the org does not have.
function org() {
  const guide = guideOrg();
  return parseOrg({ ...guide, roleAssignments: [...guide.roleAssignments, { groupId: "g-gone", roleId: "eng" }] });
}

describe("TSDoc examples of the audit (AUD-1)", () => {
  test("AUD-1: auditOrg", () => {
    const [finding] = auditOrg(org()).filter((f) => f.kind === "custom-member-without-role");
    expect(finding?.severity).toBe("error");
    expect(finding?.memberIds).toEqual(["u-nogroup"]);
    expect(finding?.rules).toEqual(["CAP-6", "CAP-4"]);
    expect(auditOrg(org()).find((f) => f.kind === "dangling-reference")?.fix).toEqual([
      { kind: "unassignRole", groupId: "g-gone", roleId: "eng" },
    ]);
  });

  test("AUD-1: the words of findings", () => {
    const cowork = parseOrg(guideOrg({ capabilities: { chat: true } }));
    const finding = auditOrg(cowork).find((f) => f.kind === "capability-off-at-org" && f.roleIds[0] === "mkt");
    expect(
      finding?.message.startsWith(
        "role `Marketing` (`mkt`) grants `cowork`, which is off at org level, so nobody has it: ",
      ),
    ).toBe(true);
    const [error] = auditOrg(org()).filter((f) => f.severity === "error");
    expect(
      error && findingLine(error).startsWith("✖ error [CAP-6, CAP-4] member `u-nogroup` is set to Custom roles but "),
    ).toBe(true);
    expect(auditCountsText("acme", [{ severity: "error" }, { severity: "warning" }, { severity: "warning" }])).toBe(
      "audit of org `acme`: 3 findings (1 error, 2 warnings, 0 info)",
    );
  });
});
