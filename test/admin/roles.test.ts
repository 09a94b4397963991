// Example tests of the role kinds (guide Steps 2 and 3), with every failure of SPEC §8's table.
import { describe, expect, it } from "vitest";
import { applyChanges } from "../../src/admin/applyChanges.js";
import { acme, failure } from "./fixtures.js";

describe("createRole (Step 2)", () => {
  it("CON-9: a role created without capabilities or connectors has chat and All connectors at Needs approval", () => {
    const org = applyChanges(acme(), [{ kind: "createRole", role: { id: "mkt", name: "Marketing" } }]);
    expect(org.roles.at(-1)).toEqual({
      id: "mkt",
      name: "Marketing",
      capabilities: ["chat"],
      connectors: { all: "approval" },
    });
  });

  it("CHG-4: given capabilities and connectors are taken whole, at the given place", () => {
    const connectors = { all: { custom: {} }, byConnector: { jira: "blocked" as const } };
    const org = applyChanges(acme(), [
      { kind: "createRole", role: { id: "sup", name: "Support", capabilities: [], connectors }, at: 0 },
    ]);
    expect(org.roles[0]).toEqual({ id: "sup", name: "Support", capabilities: [], connectors });
  });

  it("CHG-1: a role id that exists, or an `at` outside 0..length, cannot apply", () => {
    expect(failure(acme(), [{ kind: "createRole", role: { id: "eng", name: "Again" } }])).toMatchInlineSnapshot(
      `"cannot apply changes[0] (createRole): role \`eng\` exists already: give the new role its own id"`,
    );
    expect(failure(acme(), [{ kind: "createRole", role: { id: "new", name: "New" }, at: 3 }])).toMatchInlineSnapshot(
      `"cannot apply changes[0] (createRole): \`at\` is 3, outside 0..2: insert at an index from 0 to the length of the list"`,
    );
  });
});

describe("updateRole and deleteRole (Step 2, rollback)", () => {
  it("CHG-4: updateRole replaces only the given fields", () => {
    const org = applyChanges(acme(), [{ kind: "updateRole", roleId: "eng", capabilities: ["chat"] }]);
    expect(org.roles[0]).toMatchObject({ name: "Engineering", capabilities: ["chat"] });
    expect(applyChanges(acme(), [{ kind: "updateRole", roleId: "eng", name: "Eng" }]).roles[0]).toMatchObject({
      name: "Eng",
      capabilities: ["chat", "claude_code", "fast_mode"],
    });
  });

  it("CHG-4: deleteRole removes the role and every assignment of it", () => {
    const org = applyChanges(acme(), [{ kind: "deleteRole", roleId: "eng" }]);
    expect(org.roles.map((r) => r.id)).toEqual(["ops"]);
    expect(org.roleAssignments).toEqual([{ groupId: "g-ops", roleId: "ops" }]);
  });

  it("CHG-1: a missing role cannot be updated or deleted", () => {
    expect(failure(acme(), [{ kind: "updateRole", roleId: "nope", name: "x" }])).toMatchInlineSnapshot(
      `"cannot apply changes[0] (updateRole): no role \`nope\`: check the role id"`,
    );
    expect(failure(acme(), [{ kind: "deleteRole", roleId: "nope" }])).toMatchInlineSnapshot(
      `"cannot apply changes[0] (deleteRole): no role \`nope\`: check the role id"`,
    );
  });
});

describe("connector rows (Step 3)", () => {
  it("CON-2: setConnectorGrant sets the All connectors row or a connector's own row", () => {
    const org = applyChanges(acme(), [
      { kind: "setConnectorGrant", roleId: "eng", connectorId: null, grant: "blocked" },
      {
        kind: "setConnectorGrant",
        roleId: "eng",
        connectorId: "github",
        grant: { custom: { search_code: "approval" } },
      },
    ]);
    expect(org.roles[0]?.connectors).toEqual({
      all: "blocked",
      byConnector: { jira: { custom: { search_issues: "approval" } }, github: { custom: { search_code: "approval" } } },
    });
  });

  it("CON-2: removeConnectorGrant removes the row, so the All connectors row applies", () => {
    const org = applyChanges(acme(), [{ kind: "removeConnectorGrant", roleId: "eng", connectorId: "github" }]);
    expect(org.roles[0]?.connectors).toEqual({
      all: "approval",
      byConnector: { jira: { custom: { search_issues: "approval" } } },
    });
  });

  it("CHG-1: a missing role, or a row the role does not have, cannot be set or removed", () => {
    expect(
      failure(acme(), [{ kind: "setConnectorGrant", roleId: "nope", connectorId: null, grant: "always" }]),
    ).toMatchInlineSnapshot(`"cannot apply changes[0] (setConnectorGrant): no role \`nope\`: check the role id"`);
    expect(
      failure(acme(), [{ kind: "removeConnectorGrant", roleId: "ops", connectorId: "jira" }]),
    ).toMatchInlineSnapshot(
      `"cannot apply changes[0] (removeConnectorGrant): role \`ops\` has no row for connector \`jira\`: nothing to remove"`,
    );
  });

  it("IN-1: the All connectors row takes no tools", () => {
    expect(
      failure(acme(), [
        { kind: "setConnectorGrant", roleId: "eng", connectorId: null, grant: { custom: { x: "always" } } },
      ]),
    ).toMatchInlineSnapshot(`
      "cannot apply changes[0] (setConnectorGrant): invalid change: 1 issue
      ✖ unexpected tool "x" on the All connectors row: Custom there holds no tools, set the tool on its connector's own row in "byConnector" → at changes[0].grant.custom.x"
    `);
  });

  it("CON-2: setToolGrant on a Custom row sets that tool's entry", () => {
    const org = applyChanges(acme(), [
      { kind: "setToolGrant", roleId: "eng", connectorId: "jira", tool: "create_issue", level: "blocked" },
    ]);
    expect(org.roles[0]?.connectors.byConnector?.["jira"]).toEqual({
      custom: { search_issues: "approval", create_issue: "blocked" },
    });
  });

  it("CON-2: setToolGrant on a level row, or no row, first holds every tool at the level the role gives it now", () => {
    const org = applyChanges(acme(), [
      { kind: "setToolGrant", roleId: "eng", connectorId: "github", tool: "search_code", level: "approval" },
      { kind: "removeConnectorGrant", roleId: "eng", connectorId: "jira" },
      { kind: "setToolGrant", roleId: "eng", connectorId: "jira", tool: "create_issue", level: "always" },
      { kind: "setToolGrant", roleId: "ops", connectorId: "jira", tool: "search_issues", level: "always" },
    ]);
    expect(org.roles[0]?.connectors.byConnector).toEqual({
      github: { custom: { search_code: "approval" } },
      jira: { custom: { search_issues: "approval", create_issue: "always" } },
    });
    // The All connectors row of ops is Custom: every tool without its own entry is blocked (CON-2).
    expect(org.roles[1]?.connectors.byConnector).toEqual({
      jira: { custom: { search_issues: "always", create_issue: "blocked" } },
    });
  });

  it("CHG-4: setToolGrant fails for a missing role, a connector not added, or a tool it does not list", () => {
    expect(
      failure(acme(), [
        { kind: "setToolGrant", roleId: "nope", connectorId: "jira", tool: "create_issue", level: "always" },
      ]),
    ).toMatchInlineSnapshot(`"cannot apply changes[0] (setToolGrant): no role \`nope\`: check the role id"`);
    expect(
      failure(acme(), [{ kind: "setToolGrant", roleId: "eng", connectorId: "slack", tool: "post", level: "always" }]),
    ).toMatchInlineSnapshot(`"cannot apply changes[0] (setToolGrant): no connector \`slack\`: check the connector id"`);
    expect(
      failure(acme(), [
        { kind: "setToolGrant", roleId: "eng", connectorId: "jira", tool: "delete_all", level: "always" },
      ]),
    ).toMatchInlineSnapshot(
      `"cannot apply changes[0] (setToolGrant): connector \`jira\` does not list tool \`delete_all\`: set a tool that the connector lists"`,
    );
  });
});
