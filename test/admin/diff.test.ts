import { describe, expect, test } from "vitest";
import { diffAccess } from "../../src/admin/diff.js";
import type { AccessDiff, AccessDifference } from "../../src/admin/diffTypes.js";
import { isDeeplyFrozen } from "../freeze.js";
import { GUIDE_JSON, guide, withRole } from "./diffFixtures.js";

function of(diff: AccessDiff, memberId: string): readonly AccessDifference[] {
  return diff.members.find((member) => member.memberId === memberId)?.differences ?? [];
}

describe("diffAccess (DIF-1)", () => {
  test("DIF-1: the diff of an org with itself is empty", () => {
    const org = guide();
    expect(diffAccess(org, org)).toEqual({
      beforeOrgId: "acme",
      afterOrgId: "acme",
      members: [],
      gains: 0,
      losses: 0,
      changes: 0,
    });
    expect(diffAccess(org, guide()).members).toEqual([]);
  });

  test("DIF-1, CAP-4, CAP-5: a role that grants a capability is a gain for each holder, with both explanations", () => {
    // FAQ "two groups": permissions are additive; Engineering now also gets Cowork.
    const after = guide(withRole("eng", { capabilities: ["chat", "claude_code", "cowork"] }));
    const diff = diffAccess(guide(), after);
    expect(diff.members.map((m) => m.memberId)).toEqual(["u-eng", "u-eng2"]);
    expect(of(diff, "u-eng")).toEqual([
      {
        kind: "capability",
        capability: "cowork",
        effect: "gain",
        before: { granted: false, state: "greyed-out" },
        after: { granted: true, state: "available" },
        explanation: {
          before: {
            rules: ["CAP-4"],
            summary:
              "member `u-eng` does not have capability `cowork` because none of the member's custom roles (`Engineering`) grants it (CAP-4)",
          },
          after: {
            rules: ["CAP-4"],
            summary:
              "member `u-eng` has capability `cowork` because role `Engineering` (via group `Engineering`) grants it (CAP-4)",
          },
        },
      },
    ]);
    expect(of(diff, "u-eng2")[0]?.kind === "capability" && of(diff, "u-eng2")[0]).toMatchObject({
      explanation: { after: { summary: expect.stringContaining("member `u-eng2`") } },
    });
    expect([diff.gains, diff.losses, diff.changes]).toEqual([2, 0, 0]);
  });

  test("DIF-1, CAP-9: a capability switched off at org level goes from greyed out to hidden: a change, not a loss", () => {
    // Step 1 "Remember": a feature off at org level is nobody's; hidden for who did not have it anyway.
    const diff = diffAccess(guide(), guide({ capabilities: { ...GUIDE_JSON.capabilities, cowork: false } }));
    const mkt = of(diff, "u-mkt").find((d) => d.kind === "capability");
    expect(mkt).toMatchObject({ capability: "cowork", effect: "loss", after: { granted: false, state: "hidden" } });
    expect(of(diff, "u-eng")).toMatchObject([
      {
        kind: "capability",
        capability: "cowork",
        effect: "change",
        before: { state: "greyed-out" },
        after: { state: "hidden" },
      },
    ]);
    expect(of(diff, "u-owner")).toMatchObject([
      { capability: "cowork", effect: "loss", explanation: { after: { rules: ["CAP-1"] } } },
    ]);
  });

  test("DIF-1, CAP-3, CAP-4: migrating a User to Custom roles without a group (Step 5) shows the built-in role change and every loss", () => {
    const after = guide({ members: GUIDE_JSON.members.map((m) => (m.id === "u-user" ? { ...m, role: "custom" } : m)) });
    const differences = of(diffAccess(guide(), after), "u-user");
    expect(differences[0]).toEqual({ kind: "built-in-role", effect: "change", before: "user", after: "custom" });
    expect(
      differences.filter((d) => d.kind === "capability").map((d) => d.kind === "capability" && d.capability),
    ).toEqual(["chat", "projects", "web_search", "code_execution", "cowork", "claude_code"]);
    // CAP-8: without chat the member lands on the settings page.
    expect(differences).toContainEqual({ kind: "landing-page", effect: "change", before: "chat", after: "settings" });
    // CON-3: no role, so every tool is Blocked and both connectors leave the menu.
    expect(differences.filter((d) => d.kind === "connector-menu")).toEqual([
      { kind: "connector-menu", connectorId: "github", effect: "loss", before: true, after: false },
      { kind: "connector-menu", connectorId: "jira", effect: "loss", before: true, after: false },
    ]);
    expect(differences.every((d) => d.effect !== "gain")).toBe(true);
  });

  test("DIF-1, CON-2, CON-10: blocking a connector on a role is a loss of each tool and of the menu entry", () => {
    // Step 3: "Blocked: The connector is hidden from members with this role."
    const after = guide(withRole("eng", { connectors: { all: "approval", byConnector: { github: "blocked" } } }));
    const differences = of(diffAccess(guide(), after), "u-eng");
    expect(differences).toMatchObject([
      { kind: "connector-menu", connectorId: "github", effect: "loss", before: true, after: false },
      { kind: "tool", connectorId: "github", tool: "list_repos", effect: "loss", before: "always", after: "blocked" },
    ]);
    const tool = differences[1];
    expect(tool?.kind === "tool" && tool.explanation.after.rules).toEqual(["CON-3"]);
  });

  test("DIF-1, CON-4: raising a role to Always allow is a gain only where the org-wide policy lets it through", () => {
    // FAQ: a role can grant a tool the policy sets to Needs approval, but the stricter setting wins.
    const after = guide(withRole("eng", { connectors: { all: "always", byConnector: { github: "always" } } }));
    const differences = of(diffAccess(guide(), after), "u-eng");
    expect(
      differences.map((d) => d.kind === "tool" && `${d.connectorId}/${d.tool} ${d.before}→${d.after} ${d.effect}`),
    ).toEqual(["jira/search_issues approval→always gain"]);
  });

  test("DIF-1, CON-6: switching connector permissions off gives each Custom-roles member the policy level, on every connector", () => {
    const off = guide({ connectorPermissionsEnabled: false });
    const tools = (memberId: string) =>
      of(diffAccess(guide(), off), memberId).flatMap((d) =>
        d.kind === "tool" ? [`${d.connectorId}/${d.tool} ${d.before}→${d.after}`] : [],
      );
    expect(tools("u-eng")).toEqual(["jira/search_issues approval→always"]);
    expect(tools("u-user")).toEqual([]);
  });

  test("DIF-1, CON-2, CON-3: an All connectors row raised on one of two roles a member holds reaches every connector", () => {
    // u-eng is in both groups: Engineering's row for every connector goes up, Marketing's stays.
    const groups = [GUIDE_JSON.groups[0], { ...GUIDE_JSON.groups[1], members: ["u-mkt", "u-eng"] }];
    const before = guide({ groups });
    const after = guide({
      groups,
      ...withRole("eng", { connectors: { all: "always", byConnector: { github: "always" } } }),
    });
    const tools = of(diffAccess(before, after), "u-eng").flatMap((d) =>
      d.kind === "tool" ? [`${d.connectorId}/${d.tool} ${d.before}→${d.after}`] : [],
    );
    expect(tools).toEqual(["jira/search_issues approval→always"]);
  });

  test("DIF-1, SPD-2..SPD-4: a lower group limit is a loss, no limit is a gain, and a status change is a change", () => {
    // Step 8: individual limits override group limits; the org limit is the hard ceiling.
    const lower = diffAccess(
      guide(),
      guide({ spend: { orgLimit: 100000, groupLimits: [{ groupId: "g-eng", limit: 2000 }] } }),
    );
    expect(of(lower, "u-eng")).toMatchObject([
      {
        kind: "spend-limit",
        effect: "loss",
        before: { status: "limited", limit: 5000 },
        after: { status: "limited", limit: 2000 },
      },
    ]);
    const higher = diffAccess(
      guide({ spend: { orgLimit: 100000, groupLimits: [{ groupId: "g-eng", limit: 2000 }] } }),
      guide(),
    );
    expect(of(higher, "u-eng")).toMatchObject([{ kind: "spend-limit", effect: "gain" }]);
    const none = diffAccess(guide(), guide({ spend: { groupLimits: [{ groupId: "g-eng", limit: 5000 }] } }));
    expect(of(none, "u-user")).toMatchObject([
      {
        kind: "spend-limit",
        effect: "gain",
        before: { status: "limited", limit: 100000 },
        after: { status: "unlimited", limit: null },
      },
    ]);
    expect(of(none, "u-eng")).toEqual([]);
    const seat = diffAccess(guide(), guide({ billing: "seat" }));
    expect(of(seat, "u-user")).toMatchObject([
      {
        kind: "spend-limit",
        effect: "change",
        after: { status: "not-applicable" },
        explanation: { after: { rules: ["SPD-1"] } },
      },
    ]);
  });

  test("DIF-1, CON-7: an added member is a gain from a non-member, a removed one a loss", () => {
    const added = { id: "u-new", email: "fay@acme.test", role: "user" };
    const before = guide();
    const after = guide({ members: [...GUIDE_JSON.members, added] });
    const [gained] = diffAccess(before, after).members;
    expect(gained).toMatchObject({ memberId: "u-new", presence: "added", losses: 0 });
    expect(gained?.differences[0]).toEqual({ kind: "built-in-role", effect: "change", before: null, after: "user" });
    expect(gained?.differences.find((d) => d.kind === "spend-limit")).toMatchObject({
      effect: "change",
      before: { status: "unknown-member" },
    });
    const tool = gained?.differences.find((d) => d.kind === "tool");
    expect(tool?.kind === "tool" && tool.explanation.before.summary).toBe(
      "tool `github/list_repos` for member `u-new` is `blocked` because `u-new` is not a member of org `acme` (CON-7)",
    );
    const [lost] = diffAccess(after, before).members;
    expect(lost).toMatchObject({ memberId: "u-new", presence: "removed", gains: 0, losses: gained?.gains });
  });

  test("DIF-1, CON-7: a connector added to the org is a gain of its tools, for members whose roles reach it", () => {
    // Step 3: the All connectors row covers any connector you add later.
    const after = guide({
      connectors: [...GUIDE_JSON.connectors, { id: "slack", name: "Slack", tools: ["post_message"] }],
    });
    const diff = diffAccess(guide(), after);
    expect(diff.members.map((m) => m.memberId)).toEqual(["u-eng", "u-eng2", "u-owner", "u-user"]);
    expect(of(diff, "u-eng")).toMatchObject([
      { kind: "connector-menu", connectorId: "slack", effect: "gain" },
      { kind: "tool", connectorId: "slack", tool: "post_message", before: "blocked", after: "approval" },
    ]);
  });

  test("DIF-1, GRP-3: a group mapping that raises a member to Admin changes their built-in role", () => {
    const after = guide({ groupMappings: { enabled: true, mappings: [{ groupId: "g-mkt", role: "admin" }] } });
    const differences = of(diffAccess(guide(), after), "u-mkt");
    expect(differences[0]).toEqual({ kind: "built-in-role", effect: "change", before: "custom", after: "admin" });
    expect(differences.filter((d) => d.effect === "gain").length).toBeGreaterThan(0);
  });

  test("DIF-1, GRP-3: mappings turned on without rows map nobody (absent `mappings` is [], SPEC §1)", () => {
    const on = guide({ groupMappings: { enabled: true } });
    expect(diffAccess(guide(), on).members).toEqual([]);
    const differences = of(
      diffAccess(on, guide({ groupMappings: { enabled: true, mappings: [{ groupId: "g-mkt", role: "admin" }] } })),
      "u-mkt",
    );
    expect(differences[0]).toEqual({ kind: "built-in-role", effect: "change", before: "custom", after: "admin" });
  });

  test("DIF-1: members are listed in code-unit order of their ids, and the diff is deeply frozen", () => {
    const members = [{ id: "__proto__", role: "custom" }, { id: "constructor", role: "user" }, ...GUIDE_JSON.members];
    const diff = diffAccess(guide(), guide({ members, capabilities: { ...GUIDE_JSON.capabilities, chat: false } }));
    const ids = diff.members.map((m) => m.memberId);
    expect(ids).toEqual([...ids].sort());
    expect(ids.slice(0, 2)).toEqual(["__proto__", "constructor"]);
    expect(isDeeplyFrozen(diff)).toBe(true);
  });
});
