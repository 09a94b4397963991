// Example tests of the connector, policy, capability, spend and mapping kinds (guide "Before you
// begin", Steps 3, 6, 7 and 8), with every failure of SPEC §8's table.
import { describe, expect, it } from "vitest";
import { applyChanges } from "../../src/admin/applyChanges.js";
import { invertChanges } from "../../src/admin/invertChanges.js";
import { parseOrg } from "../../src/index.js";
import { minimalOrg, richExample } from "../parse/fixtures.js";
import { acme, failure } from "./fixtures.js";

describe("connectors and the org-wide tool policy (Before you begin)", () => {
  it("CHG-4: addConnector adds it; removeConnector removes it, every role's row for it and its policy entry", () => {
    const org = applyChanges(acme(), [
      { kind: "addConnector", connector: { id: "slack", name: "Slack", tools: ["post"] }, at: 0 },
      { kind: "removeConnector", connectorId: "jira" },
    ]);
    expect(org.connectors.map((c) => c.id)).toEqual(["slack", "github"]);
    expect(org.roles[0]?.connectors.byConnector).toEqual({ github: "always" });
    expect(org.toolPolicy).toEqual({});
  });

  it("CON-4: setToolPolicy creates or replaces an entry; removeToolPolicy removes it", () => {
    const org = applyChanges(acme(), [
      { kind: "setToolPolicy", connectorId: "github", level: "approval" },
      { kind: "setToolPolicy", connectorId: "jira", tools: { create_issue: "blocked" } },
      { kind: "removeToolPolicy", connectorId: "github" },
    ]);
    expect(org.toolPolicy).toEqual({ jira: { tools: { create_issue: "blocked" } } });
  });

  it("CHG-1: a connector id that exists, a missing connector or policy entry cannot apply; IN-1: tools once", () => {
    expect(
      failure(acme(), [{ kind: "addConnector", connector: { id: "jira", name: "Jira", tools: [] } }]),
    ).toMatchInlineSnapshot(
      `"cannot apply changes[0] (addConnector): connector \`jira\` exists already: give the new connector its own id"`,
    );
    expect(
      failure(acme(), [{ kind: "addConnector", connector: { id: "new", name: "New", tools: [] }, at: 5 }]),
    ).toMatchInlineSnapshot(
      `"cannot apply changes[0] (addConnector): \`at\` is 5, outside 0..2: insert at an index from 0 to the length of the list"`,
    );
    expect(failure(acme(), [{ kind: "addConnector", connector: { id: "new", name: "New", tools: ["a", "a"] } }]))
      .toMatchInlineSnapshot(`
      "cannot apply changes[0] (addConnector): invalid change: 1 issue
      ✖ tool "a" listed twice: changes[0].connector.tools[0] lists it already, list each tool once → at changes[0].connector.tools[1]"
    `);
    expect(failure(acme(), [{ kind: "removeConnector", connectorId: "nope" }])).toMatchInlineSnapshot(
      `"cannot apply changes[0] (removeConnector): no connector \`nope\`: check the connector id"`,
    );
    expect(failure(acme(), [{ kind: "removeToolPolicy", connectorId: "github" }])).toMatchInlineSnapshot(
      `"cannot apply changes[0] (removeToolPolicy): the org-wide tool policy has no entry for connector \`github\`: nothing to remove"`,
    );
  });
});

describe("capabilities, spend and mappings (Steps 6, 7, 8)", () => {
  it("CAP-1: setOrgCapability switches a capability at org level, any id included", () => {
    const org = applyChanges(acme(), [
      { kind: "setOrgCapability", capability: "cowork", enabled: true },
      { kind: "setOrgCapability", capability: "__proto__", enabled: true },
    ]);
    expect(Object.entries(org.capabilities)).toEqual([
      ["chat", true],
      ["projects", true],
      ["cowork", true],
      ["__proto__", true],
    ]);
  });

  it("SPD-3, SPD-4: setSpend sets or removes the org limit and the multi-group rule; absent fields stay", () => {
    expect(applyChanges(acme(), [{ kind: "setSpend", orgLimit: null }]).spend).toEqual({
      multiGroup: "highest",
      groupLimits: [
        { groupId: "g-eng", limit: 2000 },
        { groupId: "g-ops", limit: 500 },
      ],
    });
    expect(applyChanges(acme(), [{ kind: "setSpend", orgLimit: 10, multiGroup: "lowest" }]).spend).toMatchObject({
      orgLimit: 10,
      multiGroup: "lowest",
    });
    expect(applyChanges(acme(), [{ kind: "setSpend" }]).spend).toEqual(acme().spend);
  });

  it("SPD-3, IN-2: setGroupSpendLimit sets a new limit at `at`, an existing one in place, for a missing group too; null removes", () => {
    const org = applyChanges(acme(), [
      { kind: "setGroupSpendLimit", groupId: "g-ops", limit: 900, at: 0 },
      { kind: "setGroupSpendLimit", groupId: "g-gone", limit: 100, at: 0 },
      { kind: "setGroupSpendLimit", groupId: "g-eng", limit: null },
    ]);
    expect(org.spend?.groupLimits).toEqual([
      { groupId: "g-gone", limit: 100 },
      { groupId: "g-ops", limit: 900 },
    ]);
  });

  it("CHG-1: removing a group limit that does not exist, or a new one at an `at` outside the list, cannot apply", () => {
    expect(failure(acme(), [{ kind: "setGroupSpendLimit", groupId: "g-gone", limit: null }])).toMatchInlineSnapshot(
      `"cannot apply changes[0] (setGroupSpendLimit): group \`g-gone\` has no spend limit: nothing to remove"`,
    );
    expect(failure(acme(), [{ kind: "setGroupSpendLimit", groupId: "g-gone", limit: 5, at: 3 }])).toMatchInlineSnapshot(
      `"cannot apply changes[0] (setGroupSpendLimit): \`at\` is 3, outside 0..2: insert at an index from 0 to the length of the list"`,
    );
  });

  it("GRP-3: setGroupMappings turns mappings on or off and replaces the rows; absent fields stay", () => {
    const org = applyChanges(acme(), [{ kind: "setGroupMappings", enabled: true }]);
    expect(org.groupMappings).toEqual({ enabled: true, mappings: [{ groupId: "g-eng", role: "custom" }] });
    expect(applyChanges(org, [{ kind: "setGroupMappings", mappings: [] }]).groupMappings).toEqual({
      enabled: true,
      mappings: [],
    });
  });

  it("GRP-3: on an org without group mappings, rows alone are set off, and `enabled` alone sets no rows", () => {
    const none = parseOrg(minimalOrg());
    expect(none.groupMappings).toBeUndefined();
    const rows = [{ groupId: "g-eng", role: "admin" }] as const;
    expect(applyChanges(none, [{ kind: "setGroupMappings", mappings: rows }]).groupMappings).toEqual({
      enabled: false,
      mappings: rows,
    });
    expect(applyChanges(none, [{ kind: "setGroupMappings", enabled: true }]).groupMappings).toEqual({
      enabled: true,
      mappings: [],
    });
  });

  it("GRP-3, CHG-3: absent `enabled` and `mappings` read as off and [] (SPEC §1), when set and when undone", () => {
    const bare = parseOrg({ ...richExample(), groupMappings: {} });
    expect(applyChanges(bare, [{ kind: "setGroupMappings", enabled: true }]).groupMappings).toEqual({
      enabled: true,
      mappings: [],
    });
    const changes = [
      { kind: "setGroupMappings", enabled: true, mappings: [{ groupId: "g-eng", role: "admin" }] },
    ] as const;
    const undo = invertChanges(bare, changes);
    expect(undo).toEqual([{ kind: "setGroupMappings", enabled: false, mappings: [] }]);
    expect(applyChanges(applyChanges(bare, changes), undo).groupMappings).toEqual({ enabled: false, mappings: [] });
  });
});

describe("connector permissions (Step 3)", () => {
  it("CON-8: enabling seeds every role with All connectors at always and no rows; enabling again changes nothing", () => {
    const off = applyChanges(acme(), [{ kind: "disableConnectorPermissions" }]);
    expect(off.roles[0]?.connectors.byConnector).toEqual(acme().roles[0]?.connectors.byConnector); // CON-6: rows kept
    const on = applyChanges(off, [{ kind: "enableConnectorPermissions" }]);
    expect(on.connectorPermissionsEnabled).toBe(true);
    expect(on.roles.map((r) => r.connectors)).toEqual([{ all: "always" }, { all: "always" }]);
    expect(applyChanges(on, [{ kind: "enableConnectorPermissions" }])).toBe(on);
    // CHG-2: disabling a disabled org changes nothing either, and returns the org itself.
    expect(applyChanges(off, [{ kind: "disableConnectorPermissions" }])).toBe(off);
  });

  it("CHG-2: removing a connector without a policy entry leaves the policy as it was, or absent", () => {
    const org = acme();
    const entryless = org.connectors.find((c) => !Object.hasOwn(org.toolPolicy ?? {}, c.id));
    expect(entryless).toBeDefined();
    const removed = applyChanges(org, [{ kind: "removeConnector", connectorId: entryless?.id ?? "" }]);
    expect(removed.toolPolicy).toBe(org.toolPolicy);
    const bare = parseOrg({ ...minimalOrg(), connectors: [{ id: "jira", name: "Jira", tools: ["search"] }] });
    expect(Object.hasOwn(applyChanges(bare, [{ kind: "removeConnector", connectorId: "jira" }]), "toolPolicy")).toBe(
      false,
    );
  });
});
