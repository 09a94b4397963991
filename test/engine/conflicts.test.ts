import { describe, expect, test } from "vitest";
import { findCrossRoleConflicts, type Org } from "../../src/index.js";
import { baseOrg, guideOrg } from "./fixtures.js";

describe("cross-role conflicts (CON-13)", () => {
  const org = guideOrg();

  test("guide: blocking Jira in one role warns about the roles that grant it, and the most permissive applies", () => {
    const report = findCrossRoleConflicts(org, "mkt", "jira");
    expect(report.known).toBe(true);
    const [jira] = report.connectors;
    expect(jira?.row).toBe("all-connectors");
    expect(jira?.levels).toEqual({ search_issues: "blocked", create_issue: "blocked", delete_issue: "blocked" });
    expect(jira?.allRoles.conflicts.map((c) => c.roleId)).toEqual(["eng", "jira-search"]);
    expect(jira?.allRoles.applying).toEqual({
      search_issues: "always",
      create_issue: "always",
      delete_issue: "always",
    });
    expect(jira?.allRoles.summary).toBe(
      "role `Marketing` on connector `Jira` conflicts with 2 roles because role `Engineering` (`always`) and role `Jira search` (Custom: search_issues `approval`, create_issue `blocked`, delete_issue `blocked`) grant it at a different level (CON-13) and the most permissive grant applies to a member holding them together: search_issues `always`, create_issue `always`, delete_issue `always` (CON-3)",
    );
  });

  test("the warning names per-tool levels where Custom is involved", () => {
    const [jira] = findCrossRoleConflicts(org, "eng", "jira").connectors;
    const search = jira?.allRoles.conflicts.find((c) => c.roleId === "jira-search");
    expect(search).toEqual({
      roleId: "jira-search",
      name: "Jira search",
      row: "connector",
      grant: { custom: { search_issues: "approval" } },
      levels: { search_issues: "approval", create_issue: "blocked", delete_issue: "blocked" },
      differingTools: ["search_issues", "create_issue", "delete_issue"],
    });
  });

  test("a role that blocks the whole connector does not conflict (it does not grant it)", () => {
    const [jira] = findCrossRoleConflicts(org, "eng", "jira").connectors;
    expect(jira?.allRoles.conflicts.map((c) => c.roleId)).toEqual(["jira-search"]);
    // Applying levels are Engineering's own where it is the most permissive.
    expect(jira?.allRoles.applying).toEqual({
      search_issues: "always",
      create_issue: "always",
      delete_issue: "always",
    });
  });

  test("a role at the same level on every tool does not conflict; with no conflict the applying levels are the role's own", () => {
    const same = baseOrg({
      connectors: [{ id: "c", name: "C", tools: ["a", "b"] }],
      roles: [
        { id: "r1", name: "One", capabilities: [], connectors: { all: "approval" } },
        {
          id: "r2",
          name: "Two",
          capabilities: [],
          connectors: { all: "blocked", byConnector: { c: { custom: { a: "approval", b: "approval" } } } },
        },
      ],
    });
    const [c] = findCrossRoleConflicts(same, "r1").connectors;
    expect(c?.allRoles.conflicts).toEqual([]);
    expect(c?.allRoles.applying).toEqual({ a: "approval", b: "approval" });
    expect(c?.allRoles.summary).toBe(
      "role `One` on connector `C` has no cross-role conflict because no other role grants the connector at a different level (CON-13)",
    );
  });

  test("a conflict on one tool only is a conflict, and the applying level is per tool", () => {
    const o = baseOrg({
      connectors: [{ id: "c", name: "C", tools: ["a", "b"] }],
      roles: [
        {
          id: "r1",
          name: "One",
          capabilities: [],
          connectors: { all: "blocked", byConnector: { c: { custom: { a: "always" } } } },
        },
        {
          id: "r2",
          name: "Two",
          capabilities: [],
          connectors: { all: "blocked", byConnector: { c: { custom: { a: "always", b: "approval" } } } },
        },
      ],
    });
    const [c] = findCrossRoleConflicts(o, "r1", "c").connectors;
    expect(c?.allRoles.conflicts.map((x) => x.differingTools)).toEqual([["b"]]);
    expect(c?.allRoles.applying).toEqual({ a: "always", b: "approval" });
  });

  test("a role whose All connectors row is Custom and has no row for the connector is Blocked there (CON-2)", () => {
    const [github] = findCrossRoleConflicts(org, "no-chat", "github").connectors;
    expect(github).toMatchObject({
      row: "all-connectors",
      grant: { custom: {} },
      levels: { list_repos: "blocked", create_pr: "blocked" },
    });
    expect(github?.allRoles.conflicts.map((c) => c.roleId)).toEqual(["eng"]);
    expect(github?.allRoles.conflicts[0]?.row).toBe("connector");
  });

  describe("rows that decide without comparing every tool (issue 9: roles x tools)", () => {
    const role = (id: string, connectors: Org["roles"][number]["connectors"]) => ({
      id,
      name: id,
      capabilities: [],
      connectors,
    });
    const o = baseOrg({
      connectors: [{ id: "c", name: "C", tools: ["a", "b", "x"] }],
      roles: [
        role("same-listed", { all: "blocked", byConnector: { c: { custom: { a: "always" } } } }),
        role("target", { all: "blocked", byConnector: { c: { custom: { a: "always", b: "approval" } } } }),
        role("all-always", { all: "always" }),
        role("not-listed", { all: "always", byConnector: { c: { custom: { gone: "always" } } } }),
        role("equal", { all: "approval", byConnector: { c: { custom: { b: "approval", a: "always" } } } }),
        role("level-row", { all: "blocked", byConnector: { c: "approval" } }),
        role("all-custom", { all: { custom: {} } }),
        role("all-approval", { all: "approval" }),
      ],
    });
    const [c] = findCrossRoleConflicts(o, "target", "c").connectors;

    test("CON-13, CON-2: a Custom row equal on the tools it lists conflicts where it blocks a tool the role grants", () => {
      // same-listed gives b `blocked` (unlisted) where target gives `approval`: it conflicts.
      expect(c?.allRoles.conflicts.find((x) => x.roleId === "same-listed")?.differingTools).toEqual(["b"]);
    });

    test("CON-13, CON-7: an entry for a tool the connector does not list grants nothing on it", () => {
      expect(c?.allRoles.conflicts.map((x) => x.roleId)).not.toContain("not-listed");
      expect(c?.allRoles.conflicts.map((x) => x.roleId)).not.toContain("equal");
      expect(c?.allRoles.conflicts.map((x) => x.roleId)).not.toContain("all-custom");
    });

    test("CON-13: conflicts come in org order, whichever row sets their levels", () => {
      expect(c?.allRoles.conflicts.map((x) => x.roleId)).toEqual([
        "same-listed",
        "all-always",
        "level-row",
        "all-approval",
      ]);
      expect(c?.allRoles.conflicts.map((x) => x.row)).toEqual([
        "connector",
        "all-connectors",
        "connector",
        "all-connectors",
      ]);
      expect(c?.allRoles.applying).toEqual({ a: "always", b: "always", x: "always" });
    });

    test("CON-13, CON-2: a Custom row equal on the tools it lists, one of them blocked for both, conflicts where it blocks an unlisted tool the role grants", () => {
      const o2 = baseOrg({
        connectors: [{ id: "c", name: "C", tools: ["a", "b", "x"] }],
        roles: [
          role("own", { all: "blocked", byConnector: { c: { custom: { a: "blocked", b: "always", x: "approval" } } } }),
          role("lists-a-b", { all: "blocked", byConnector: { c: { custom: { a: "blocked", b: "always" } } } }),
          role("lists-all", {
            all: "blocked",
            byConnector: { c: { custom: { a: "blocked", b: "always", x: "approval" } } },
          }),
        ],
      });
      const [row] = findCrossRoleConflicts(o2, "own", "c").connectors;
      expect(row?.allRoles.conflicts.map((x) => [x.roleId, x.differingTools])).toEqual([["lists-a-b", ["x"]]]);
    });

    test("CON-13: roles at the role's own level on every tool do not conflict, in rows of every kind", () => {
      const [approval] = findCrossRoleConflicts(o, "all-approval", "c").connectors;
      expect(approval?.allRoles.conflicts.map((x) => x.roleId)).toEqual([
        "same-listed",
        "target",
        "all-always",
        "equal",
      ]);
    });
  });

  test("a connector without tools has no conflicts", () => {
    const o = baseOrg({
      connectors: [{ id: "empty", name: "Empty", tools: [] }],
      roles: [
        { id: "r1", name: "One", capabilities: [], connectors: { all: "blocked" } },
        { id: "r2", name: "Two", capabilities: [], connectors: { all: "always" } },
      ],
    });
    const [c] = findCrossRoleConflicts(o, "r1").connectors;
    expect(c?.allRoles.conflicts).toEqual([]);
    expect(c?.levels).toEqual({});
  });

  test("without a connector id every added connector is reported, in org order", () => {
    const report = findCrossRoleConflicts(org, "mkt");
    expect(report.connectors.map((c) => c.connectorId)).toEqual(["jira", "github", "slack"]);
    expect(report.summary).toBe(
      "role `mkt` has conflict warnings on `Jira`, `GitHub` and `Slack` because its rows were compared with every other role on 3 connectors (CON-13)",
    );
  });

  test("CON-13: an org without connectors compares no rows, and says so", () => {
    const roles = [{ id: "r1", name: "One", capabilities: [], connectors: { all: "always" as const } }];
    const report = findCrossRoleConflicts(baseOrg({ roles }), "r1");
    expect(report).toMatchObject({ known: true, connectors: [], rules: ["CON-13"] });
    expect(report.reasons).toMatchObject([{ kind: "rows-compared", connectors: 0 }]);
  });

  test("an unknown role, or a connector the org has not added, has no rows (CON-7)", () => {
    const unknown = findCrossRoleConflicts(org, "nope");
    expect(unknown).toMatchObject({ known: false, connectors: [], rules: ["CON-13"] });
    const notAdded = findCrossRoleConflicts(org, "eng", "notion");
    expect(notAdded).toMatchObject({ known: true, connectors: [], rules: ["CON-7"] });
  });

  describe("the second view: only roles that share a member", () => {
    const shared = (provisioning: Org["provisioning"]) =>
      guideOrg({
        provisioning,
        // u-both holds Engineering (via SCIM group g-eng) and Marketing (via manual g-mkt).
      });

    test("roles held together by a member count, whatever the member's built-in role", () => {
      const [jira] = findCrossRoleConflicts(shared("scim"), "mkt", "jira").connectors;
      expect(jira?.sharedMembers.conflicts.map((c) => c.roleId)).toEqual(["eng"]);
      expect(jira?.sharedMembers.applying).toEqual({
        search_issues: "always",
        create_issue: "always",
        delete_issue: "always",
      });
      // u-admin holds Engineering via g-eng: not another role, so nothing more.
    });

    test("only through groups that count under GRP-2", () => {
      const [jira] = findCrossRoleConflicts(shared("jit"), "mkt", "jira").connectors;
      expect(jira?.sharedMembers.conflicts).toEqual([]);
      expect(jira?.allRoles.conflicts.map((c) => c.roleId)).toEqual(["eng", "jira-search"]);
    });

    test("an Admin who holds both roles makes them share a member", () => {
      const o = guideOrg({
        groups: [
          { id: "g-eng", name: "Engineering", source: "manual", members: ["u-admin"] },
          { id: "g-support", name: "Support", source: "manual", members: ["u-admin"] },
        ],
        members: [{ id: "u-admin", role: "admin" }],
      });
      const [jira] = findCrossRoleConflicts(o, "jira-search", "jira").connectors;
      expect(jira?.sharedMembers.conflicts.map((c) => c.roleId)).toEqual(["eng"]);
    });
  });
});
