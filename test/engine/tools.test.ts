import { describe, expect, test } from "vitest";
import { resolveAccess, resolveToolLevel, type Org } from "../../src/index.js";
import { guideOrg } from "./fixtures.js";

const level = (org: Org, member: string, connector: string, tool: string) =>
  resolveToolLevel(org, member, connector, tool).level;

describe("tool levels", () => {
  const org = guideOrg();

  test("guide: Jira on Custom with search_issues Needs approval and every other tool Blocked can search but nothing else (CON-2)", () => {
    expect(level(org, "u-support", "jira", "search_issues")).toBe("approval");
    expect(level(org, "u-support", "jira", "create_issue")).toBe("blocked");
    expect(level(org, "u-support", "jira", "delete_issue")).toBe("blocked");
    expect(resolveToolLevel(org, "u-support", "jira", "create_issue").summary).toBe(
      "tool `jira/create_issue` for member `u-support` is `blocked` because role `Jira search` (via group `Support`) blocks it on its Custom row for `jira` (CON-2)",
    );
  });

  test("CON-1: levels are ordered blocked < approval < always, and CON-3 picks the most permissive", () => {
    // u-both holds Engineering (jira always) and Marketing (all blocked).
    expect(level(org, "u-both", "github", "create_pr")).toBe("always");
    expect(level(org, "u-mkt", "github", "create_pr")).toBe("blocked");
  });

  test("CON-2: a level row applies to every tool of the connector; the All connectors row covers connectors without a row", () => {
    expect(level(org, "u-eng", "github", "list_repos")).toBe("always");
    expect(level(org, "u-eng", "slack", "post_message")).toBe("approval");
    const decision = resolveToolLevel(org, "u-eng", "slack", "post_message");
    expect(decision.reasons[0]).toMatchObject({
      kind: "role-tool-level",
      rule: "CON-2",
      roleId: "eng",
      groups: ["g-eng"],
      level: "approval",
    });
    expect(decision.summary).toContain("on its All connectors row");
  });

  test('CON-2: an All connectors row set to Custom blocks every connector without its own row, including connectors added later (FAQ "new connector")', () => {
    expect(level(org, "u-nochat", "github", "list_repos")).toBe("blocked");
    const later = guideOrg({
      connectors: [...guideOrg().connectors, { id: "drive", name: "Google Drive", tools: ["search"] }],
    });
    expect(level(later, "u-nochat", "drive", "search")).toBe("blocked");
    // A role whose All connectors row is a level covers the new connector at that level.
    expect(level(later, "u-eng", "drive", "search")).toBe("approval");
    expect(resolveToolLevel(later, "u-nochat", "drive", "search").summary).toContain(
      "its All connectors row is Custom",
    );
  });

  test("CON-3: blocking a connector in one role has no effect on a member who holds another role that grants it (FAQ)", () => {
    const org2 = guideOrg({
      roleAssignments: [...guideOrg().roleAssignments, { groupId: "g-support", roleId: "eng" }],
    });
    expect(level(org2, "u-support", "jira", "delete_issue")).toBe("blocked"); // policy blocks it
    expect(level(org2, "u-support", "jira", "search_issues")).toBe("always");
    const decision = resolveToolLevel(org2, "u-support", "jira", "search_issues");
    expect(decision.reasons[0]).toMatchObject({
      kind: "role-tool-level",
      rule: "CON-3",
      roleId: "eng",
      level: "always",
    });
  });

  test("CON-3: a role later in the org's list that grants more wins over an earlier one", () => {
    // u-mkt holds Marketing (all blocked) and, through the same group, Jira search.
    const org2 = guideOrg({
      roleAssignments: [...guideOrg().roleAssignments, { groupId: "g-mkt", roleId: "jira-search" }],
    });
    const decision = resolveToolLevel(org2, "u-mkt", "jira", "search_issues");
    expect(decision.level).toBe("approval");
    expect(decision.reasons[0]).toMatchObject({
      kind: "role-tool-level",
      rule: "CON-3",
      roleId: "jira-search",
      groups: ["g-mkt"],
    });
    expect(decision.summary).toContain("the most permissive of its roles");
    const blocked = resolveToolLevel(org2, "u-mkt", "jira", "create_issue");
    expect(blocked.summary).toContain("as do all its other roles");
  });

  test("CON-4: the org policy caps a role's always at approval (FAQ)", () => {
    const decision = resolveToolLevel(org, "u-eng", "jira", "create_issue");
    expect(decision.level).toBe("approval");
    expect(decision.rules).toEqual(["CON-3", "CON-4"]);
    expect(decision.reasons[1]).toEqual({
      kind: "tool-policy",
      rule: "CON-4",
      message: "the org-wide tool policy entry `jira/create_issue` caps it at `approval`",
      level: "approval",
      policy: "jira/create_issue",
      effect: "caps",
    });
    expect(decision.summary).toBe(
      "tool `jira/create_issue` for member `u-eng` is `approval` because role `Engineering` (via group `Engineering`) grants `always` on its row for `jira` (CON-3) and the org-wide tool policy entry `jira/create_issue` caps it at `approval` (CON-4)",
    );
  });

  test("CON-4: a tool the org policy blocks is blocked for everyone, regardless of role grants (FAQ)", () => {
    for (const member of ["u-eng", "u-both", "u-user", "u-admin", "u-owner", "u-primary"]) {
      expect(level(org, member, "jira", "delete_issue")).toBe("blocked");
    }
  });

  test("CON-4: a policy entry's level defaults to always, and a tool's own entry overrides it either way", () => {
    const org2 = guideOrg({
      toolPolicy: {
        jira: { level: "approval", tools: { search_issues: "always", delete_issue: "blocked" } },
        github: { level: "blocked" },
      },
    });
    expect(level(org2, "u-user", "jira", "search_issues")).toBe("always");
    expect(level(org2, "u-user", "jira", "create_issue")).toBe("approval");
    expect(level(org2, "u-user", "jira", "delete_issue")).toBe("blocked");
    expect(level(org2, "u-user", "github", "list_repos")).toBe("blocked");
    expect(level(org2, "u-user", "slack", "post_message")).toBe("always");
    const noLevel = guideOrg({ toolPolicy: { slack: {} } });
    expect(level(noLevel, "u-user", "slack", "post_message")).toBe("always");
  });

  test("CON-5: Users, Admins, Owners and Primary Owners get the org policy level, not role grants", () => {
    // u-admin and u-owner are in g-eng; Engineering's grants do not apply to them.
    expect(level(org, "u-admin", "slack", "post_message")).toBe("always");
    expect(level(org, "u-owner", "jira", "create_issue")).toBe("approval");
    expect(resolveToolLevel(org, "u-admin", "slack", "post_message").rules).toEqual(["CON-5", "CON-4"]);
    expect(resolveToolLevel(org, "u-owner", "slack", "post_message").rules).toEqual(["GRP-4", "CON-4"]);
    expect(resolveToolLevel(org, "u-primary", "slack", "post_message").rules).toEqual(["GRP-4", "CON-4"]);
  });

  test("CON-6: while connector permissions are off, role grants do not apply and every member gets the org policy level", () => {
    const off = guideOrg({ connectorPermissionsEnabled: false });
    expect(level(off, "u-support", "jira", "create_issue")).toBe("approval");
    expect(level(off, "u-mkt", "github", "create_pr")).toBe("always");
    expect(level(off, "u-nogroup", "slack", "post_message")).toBe("always");
    expect(level(off, "u-eng", "jira", "delete_issue")).toBe("blocked");
    expect(resolveToolLevel(off, "u-mkt", "github", "create_pr").rules).toEqual(["CON-6", "CON-4"]);
  });

  test("CON-7: a connector the org has not added, a tool it does not list, and an unknown member are blocked", () => {
    expect(level(org, "u-owner", "notion", "search")).toBe("blocked");
    expect(level(org, "u-owner", "jira", "transition_issue")).toBe("blocked");
    expect(level(org, "nobody", "jira", "search_issues")).toBe("blocked");
    expect(level(org, "x-sibling", "jira", "search_issues")).toBe("blocked");
    expect(resolveToolLevel(org, "u-owner", "notion", "search").summary).toBe(
      "tool `notion/search` for member `u-owner` is `blocked` because connector `notion` has not been added to the org (CON-7)",
    );
    expect(resolveToolLevel(org, "nobody", "jira", "search_issues").summary).toBe(
      "tool `jira/search_issues` for member `nobody` is `blocked` because `nobody` is not a member of org `acme` (CON-7)",
    );
  });

  test("CON-7: a grant for a connector the org has not added grants nothing (IN-2)", () => {
    const org2 = guideOrg({
      roles: [
        { id: "r", name: "R", capabilities: [], connectors: { all: "blocked", byConnector: { notion: "always" } } },
      ],
      roleAssignments: [{ groupId: "g-eng", roleId: "r" }],
    });
    expect(level(org2, "u-eng", "notion", "search")).toBe("blocked");
  });

  test("a Custom-roles member with no role has every tool blocked while connector permissions are on (CON-8)", () => {
    expect(level(org, "u-nogroup", "slack", "post_message")).toBe("blocked");
    expect(resolveToolLevel(org, "u-nogroup", "slack", "post_message").rules).toEqual(["CON-3"]);
  });

  test("resolveToolLevel gives the same decision as resolveAccess", () => {
    for (const member of ["u-eng", "u-both", "u-support", "u-owner", "nobody"]) {
      const access = resolveAccess(org, member);
      for (const connector of access.connectors) {
        for (const tool of connector.tools) {
          expect(resolveToolLevel(org, member, connector.connectorId, tool.tool)).toEqual(tool);
        }
      }
    }
  });
});
