// The roles of an org under change (src/admin/workingRoles.ts, issue 9): a role's Connectors tab is
// edited in a Map, a Custom row tool by tool over the row it started from, rows are found through an
// index by connector, and enabling connector permissions again reseeds only the roles edited since.
// Each example checks the list applied at once against its changes applied one at a time (a new
// working copy each), and the undo against the undo of each change in turn.
import { describe, expect, it } from "vitest";
import { applyChanges } from "../../src/admin/applyChanges.js";
import type { Change } from "../../src/admin/change.js";
import { invertChanges } from "../../src/admin/invertChanges.js";
import type { Org } from "../../src/index.js";
import { withDefaults } from "./defaults.js";
import { acme } from "./fixtures.js";
import { statesOf, undoOfEach } from "./undoEach.js";

/** The org the list leaves, checked against one change at a time, and its undo against each change's. */
function applied(org: Org, changes: readonly Change[]): Org {
  const after = applyChanges(org, changes);
  expect(JSON.stringify(after)).toBe(JSON.stringify(statesOf(org, changes).at(-1)));
  const undo = invertChanges(org, changes);
  expect(JSON.stringify(undo)).toBe(JSON.stringify(undoOfEach(org, changes)));
  expect(withDefaults(applyChanges(after, undo))).toEqual(withDefaults(org));
  return after;
}

describe("the roles' Connectors tabs under a list of changes (issue 9)", () => {
  it("CON-8: enabling again reseeds the roles edited since, and not a role deleted since", () => {
    const org = applied(acme(), [
      { kind: "disableConnectorPermissions" },
      { kind: "enableConnectorPermissions" },
      { kind: "setConnectorGrant", roleId: "eng", connectorId: "jira", grant: "blocked" },
      { kind: "setConnectorGrant", roleId: "ops", connectorId: null, grant: "blocked" },
      { kind: "deleteRole", roleId: "ops" },
      { kind: "disableConnectorPermissions" },
      { kind: "enableConnectorPermissions" },
      // Created again after the enabling, under the deleted role's id: its own tab stands.
      { kind: "createRole", role: { id: "ops", name: "Ops", connectors: { all: "blocked" } } },
    ]);
    expect(org.roles.map((role) => [role.id, role.connectors])).toEqual([
      ["eng", { all: "always" }],
      ["ops", { all: "blocked" }],
    ]);
  });

  it("CON-8: the undo of enabling again gives the tabs edited since back in the roles' order, not the order edited", () => {
    applied(acme(), [
      { kind: "disableConnectorPermissions" },
      { kind: "enableConnectorPermissions" },
      { kind: "setConnectorGrant", roleId: "ops", connectorId: "jira", grant: "approval" },
      { kind: "setConnectorGrant", roleId: "eng", connectorId: "github", grant: "blocked" },
      { kind: "disableConnectorPermissions" },
      { kind: "enableConnectorPermissions" },
    ]);
  });

  it("CON-8: a role created after the first enabling is seeded by the next", () => {
    const org = applied(acme(), [
      { kind: "disableConnectorPermissions" },
      { kind: "enableConnectorPermissions" },
      {
        kind: "createRole",
        role: { id: "new", name: "New", connectors: { all: "blocked", byConnector: { jira: "approval" } } },
      },
      { kind: "disableConnectorPermissions" },
      { kind: "enableConnectorPermissions" },
    ]);
    expect(org.roles.map((role) => role.connectors)).toEqual([{ all: "always" }, { all: "always" }, { all: "always" }]);
  });

  it("CON-2: tools set one by one on a level row make one Custom row of every tool, in the connector's order", () => {
    const org = applied(acme(), [
      { kind: "setToolGrant", roleId: "eng", connectorId: "github", tool: "search_code", level: "blocked" },
      { kind: "setConnectorGrant", roleId: "ops", connectorId: "jira", grant: "approval" },
      { kind: "setToolGrant", roleId: "ops", connectorId: "jira", tool: "create_issue", level: "blocked" },
      { kind: "setToolGrant", roleId: "ops", connectorId: "jira", tool: "search_issues", level: "always" },
    ]);
    expect(org.roles[0]?.connectors.byConnector?.["github"]).toEqual({ custom: { search_code: "blocked" } });
    const jira = org.roles[1]?.connectors.byConnector?.["jira"];
    expect(jira).toEqual({ custom: { search_issues: "always", create_issue: "blocked" } });
    expect(Object.keys((jira as { custom: object }).custom)).toEqual(["search_issues", "create_issue"]);
  });

  it("CON-2: a Custom row edited tool by tool keeps its tools in place, a tool it lacked last, whatever reads it between", () => {
    const org = applied(acme(), [
      { kind: "setToolGrant", roleId: "eng", connectorId: "jira", tool: "create_issue", level: "approval" },
      { kind: "updateRole", roleId: "eng", name: "Engineers" },
      { kind: "setToolGrant", roleId: "eng", connectorId: "jira", tool: "search_issues", level: "blocked" },
      // Its undo reads the row whole in the middle of the edits.
      { kind: "removeConnectorGrant", roleId: "eng", connectorId: "github" },
      { kind: "setToolGrant", roleId: "eng", connectorId: "jira", tool: "create_issue", level: "always" },
    ]);
    const eng = org.roles[0];
    expect(eng?.name).toBe("Engineers");
    expect(eng?.connectors).toEqual({
      all: "approval",
      byConnector: { jira: { custom: { search_issues: "blocked", create_issue: "always" } } },
    });
  });

  it("removeConnector takes the rows set earlier in the list, and its undo gives them back in the roles' order", () => {
    const changes: Change[] = [
      { kind: "setConnectorGrant", roleId: "ops", connectorId: "github", grant: "approval" },
      { kind: "setToolGrant", roleId: "ops", connectorId: "jira", tool: "search_issues", level: "always" },
      { kind: "removeConnector", connectorId: "github" },
      { kind: "removeConnector", connectorId: "jira" },
    ];
    const org = applied(acme(), changes);
    expect(org.roles.map((role) => role.connectors.byConnector)).toEqual([{}, {}]);
    const undo = invertChanges(acme(), changes).filter((c) => c.kind === "setConnectorGrant");
    expect(undo.map((c) => c.kind === "setConnectorGrant" && [c.roleId, c.connectorId])).toEqual([
      ["eng", "jira"],
      ["ops", "jira"],
      ["eng", "github"],
      ["ops", "github"],
    ]);
  });

  it("a role deleted and created again under its id starts from the new role's tab", () => {
    const org = applied(acme(), [
      { kind: "setConnectorGrant", roleId: "ops", connectorId: "jira", grant: "always" },
      { kind: "deleteRole", roleId: "ops" },
      { kind: "createRole", role: { id: "ops", name: "Ops again" } },
      { kind: "removeConnector", connectorId: "jira" },
    ]);
    expect(org.roles[1]).toEqual({
      id: "ops",
      name: "Ops again",
      capabilities: ["chat"],
      connectors: { all: "approval" },
    });
  });

  it("removeConnector skips a role whose row went since the index was built, and gives rows back in the roles' order", () => {
    const changes: Change[] = [
      // Builds the index of rows by connector.
      { kind: "removeConnector", connectorId: "github" },
      // eng's jira row goes after the index listed it; ops then eng get a row for slack, in that order.
      { kind: "removeConnectorGrant", roleId: "eng", connectorId: "jira" },
      { kind: "setConnectorGrant", roleId: "ops", connectorId: "slack", grant: "approval" },
      { kind: "setConnectorGrant", roleId: "eng", connectorId: "slack", grant: "blocked" },
      { kind: "removeConnector", connectorId: "jira" },
      { kind: "addConnector", connector: { id: "slack", name: "Slack", tools: ["post"] } },
      { kind: "removeConnector", connectorId: "slack" },
    ];
    const org = applied(acme(), changes);
    expect(org.roles.map((role) => role.connectors.byConnector)).toEqual([{}, {}]);
    const undo = invertChanges(acme(), changes).filter((c) => c.kind === "setConnectorGrant");
    expect(undo.map((c) => c.kind === "setConnectorGrant" && [c.roleId, c.connectorId, c.grant])).toEqual([
      // The undo of the last removal, then of adding the connector (the rows named it before it came).
      ["eng", "slack", "blocked"],
      ["ops", "slack", "approval"],
      ["eng", "slack", "blocked"],
      ["ops", "slack", "approval"],
      ["eng", "jira", { custom: { search_issues: "approval" } }],
      ["eng", "github", "always"],
    ]);
  });

  it("a row read whole by an undo while its role's tab is open: a level row, a row removed, a row never set", () => {
    applied(acme(), [
      { kind: "setConnectorGrant", roleId: "ops", connectorId: null, grant: "approval" },
      { kind: "setConnectorGrant", roleId: "ops", connectorId: "jira", grant: "always" },
      { kind: "setConnectorGrant", roleId: "ops", connectorId: "jira", grant: "blocked" },
      { kind: "removeConnectorGrant", roleId: "ops", connectorId: "jira" },
      { kind: "setToolGrant", roleId: "ops", connectorId: "github", tool: "search_code", level: "always" },
      { kind: "setConnectorGrant", roleId: "eng", connectorId: null, grant: "blocked" },
      { kind: "setToolGrant", roleId: "eng", connectorId: "github", tool: "search_code", level: "approval" },
    ]);
  });
});
