import { describe, expect, test, vi } from "vitest";
import {
  RULES,
  findCrossRoleConflicts,
  resolveCapability,
  resolveAccess,
  resolveSpendLimit,
  resolveToolLevel,
} from "../../src/index.js";
import { joinClauses } from "../../src/words/quote.js";
import { compiledOf } from "../../src/engine/compile.js";
import { guideOrg } from "./fixtures.js";

describe("joinClauses", () => {
  test("EXP-1: clauses join as people write them: none, one, two, three", () => {
    expect([[], ["a"], ["a", "b"], ["a", "b", "c"]].map(joinClauses)).toEqual(["", "a", "a and b", "a, b and c"]);
  });

  test("EXP-1: a sentence names at most five clauses, then how many more", () => {
    expect(joinClauses(["a", "b", "c", "d", "e"])).toBe("a, b, c, d and e");
    expect(joinClauses(["a", "b", "c", "d", "e", "f", "g"])).toBe("a, b, c, d, e and 2 more");
  });
});

describe("explanations", () => {
  const org = guideOrg({ billing: "usage", spend: { orgLimit: 100 } });

  test("EXP-1: the SPEC's own example: a role grants always (CON-3) and the org-wide tool policy caps it at approval (CON-4)", () => {
    const decision = resolveToolLevel(org, "u-eng", "jira", "create_issue");
    expect(decision.level).toBe("approval");
    expect(decision.rules).toEqual(["CON-3", "CON-4"]);
    expect(decision.reasons).toEqual([
      {
        kind: "role-tool-level",
        rule: "CON-3",
        message: "role `Engineering` (via group `Engineering`) grants `always` on its row for `jira`",
        roleId: "eng",
        roleName: "Engineering",
        groups: ["g-eng"],
        groupNames: ["Engineering"],
        connectorId: "jira",
        level: "always",
        row: "connector",
        custom: false,
        rolesHeld: 1,
      },
      {
        kind: "tool-policy",
        rule: "CON-4",
        message: "the org-wide tool policy entry `jira/create_issue` caps it at `approval`",
        level: "approval",
        policy: "jira/create_issue",
        effect: "caps",
      },
    ]);
  });

  test("EXP-1: every decision cites known rules, and its sentence cites each of them", () => {
    const decisions = [
      ...["u-eng", "u-both", "u-owner", "u-nogroup", "nobody"].flatMap((member) => {
        const access = resolveAccess(org, member);
        return [
          access,
          access.landingPage,
          ...access.capabilities,
          ...access.connectors.flatMap((c) => c.tools),
          resolveSpendLimit(org, member),
        ];
      }),
      ...["eng", "mkt", "jira-search", "nope"].flatMap((role) => {
        const report = findCrossRoleConflicts(org, role);
        return [report, ...report.connectors.flatMap((c) => [c.allRoles, c.sharedMembers])];
      }),
    ];
    for (const decision of decisions) {
      expect(decision.reasons.length).toBeGreaterThan(0);
      expect(decision.rules).toEqual([...new Set(decision.reasons.map((r) => r.rule))]);
      for (const rule of decision.rules) {
        expect(Object.hasOwn(RULES, rule)).toBe(true);
        expect(decision.summary).toContain(`(${rule})`);
      }
      expect(decision.summary).toMatch(/ because /);
    }
  });

  test("EXP-1: a capability denial names the rule and the roles involved", () => {
    expect(resolveCapability(org, "u-mkt", "claude_code").summary).toBe(
      "member `u-mkt` does not have capability `claude_code` because none of the member's custom roles (`Marketing`) grants it (CAP-4)",
    );
  });
});

describe("rule ids read alone", () => {
  // Mappings on, so that GRP-3 is among the rules; a dual-seat plan, so that CAP-7 is.
  const org = guideOrg({
    seatPlan: "dual",
    groupMappings: { enabled: true, mappings: [{ groupId: "g-support", role: "admin" }] },
  });
  const members = [...org.members.map((m) => m.id), "ghost"];
  const tools = org.connectors.flatMap((c) => c.tools.map((t) => [c.id, t] as const));

  test("EXP-1: `rules` read before anything else are the rules of the whole explanation, for every member × tool and capability", () => {
    for (const m of members) {
      for (const [c, t] of tools) {
        const alone = resolveToolLevel(org, m, c, t).rules;
        const whole = resolveToolLevel(org, m, c, t);
        expect(alone).toEqual([...new Set(whole.reasons.map((r) => r.rule))]);
        expect(whole.rules).toEqual(alone);
      }
      for (const capability of ["chat", "projects", "claude_code", "memory", "unknown"]) {
        const alone = resolveCapability(org, m, capability).rules;
        expect(alone).toEqual([...new Set(resolveCapability(org, m, capability).reasons.map((r) => r.rule))]);
      }
    }
    expect(resolveToolLevel(org, "u-support", "jira", "search_issues").rules).toContain("GRP-3");
  });

  test("EXP-1: `rules` read alone walk no member's groups (they name no group); the whole explanation does", () => {
    const { members: table } = compiledOf(org).membership;
    const walk = vi.spyOn(table, "groupsHolding");
    const capability = resolveCapability(org, "u-eng", "fast_mode");
    const tool = resolveToolLevel(org, "u-eng", "github", "list_repos");
    expect(capability.rules).toEqual(["CAP-4"]);
    expect(tool.rules).toEqual(["CON-3"]);
    expect(walk).not.toHaveBeenCalled();
    expect(capability.reasons.at(-1)).toMatchObject({ kind: "role-grants-capability", groups: ["g-eng"] });
    expect(tool.reasons[0]).toMatchObject({ kind: "role-tool-level", groups: ["g-eng"] });
    expect(walk).toHaveBeenCalledTimes(2);
    walk.mockRestore();
  });

  test("EXP-1: `rules` read alone are kept, and the whole explanation read after them agrees", () => {
    const decision = resolveToolLevel(org, "u-support", "jira", "search_issues");
    const rules = decision.rules;
    expect(decision.rules).toBe(rules);
    expect(decision.reasons.map((r) => r.rule)).toEqual(expect.arrayContaining([...rules]));
    expect(decision.summary).toContain("GRP-3");
  });
});
