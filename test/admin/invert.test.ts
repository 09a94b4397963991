// Example tests of invertChanges (CHG-3): the undo of each kind, from the guide's rollback plan.
import { describe, expect, it } from "vitest";
import { applyChanges } from "../../src/admin/applyChanges.js";
import type { Change } from "../../src/admin/change.js";
import { invertChanges } from "../../src/admin/invertChanges.js";
import { reinsertions } from "../../src/admin/restore.js";
import type { Org } from "../../src/index.js";
import { withDefaults } from "./defaults.js";
import { acme } from "./fixtures.js";

function roundTrip(org: Org, changes: readonly Change[]): readonly Change[] {
  const undo = invertChanges(org, changes);
  expect(withDefaults(applyChanges(applyChanges(org, changes), undo))).toEqual(withDefaults(org));
  return undo;
}

describe("CHG-3: undo lists", () => {
  it("CHG-3: undoing deleteRole creates the role again in its place and gives back its assignments", () => {
    expect(roundTrip(acme(), [{ kind: "deleteRole", roleId: "eng" }])).toEqual([
      { kind: "createRole", role: acme().roles[0], at: 0 },
      { kind: "assignRole", groupId: "g-eng", roleId: "eng", at: 0 },
    ]);
  });

  it("CHG-3: undoing removeGroup gives back the group, its assignments, its spend limit and its mappings", () => {
    expect(roundTrip(acme(), [{ kind: "removeGroup", groupId: "g-eng" }])).toEqual([
      { kind: "addGroup", group: acme().groups[0], at: 0 },
      { kind: "assignRole", groupId: "g-eng", roleId: "eng", at: 0 },
      { kind: "setGroupSpendLimit", groupId: "g-eng", limit: 2000, at: 0 },
      { kind: "setGroupMappings", mappings: [{ groupId: "g-eng", role: "custom" }] },
    ]);
  });

  it("CHG-3: the mapping rows come back once, in the undo of the first change that took or set them", () => {
    const org = applyChanges(acme(), [
      {
        kind: "setGroupMappings",
        mappings: [
          { groupId: "g-eng", role: "custom" },
          { groupId: "g-ops", role: "admin" },
        ],
      },
    ]);
    const changes: Change[] = [
      { kind: "setGroupMappings", enabled: true },
      { kind: "removeGroup", groupId: "g-ops" },
      { kind: "setGroupMappings", enabled: false, mappings: [] },
      { kind: "removeGroup", groupId: "g-eng" },
    ];
    const undo = roundTrip(org, changes);
    expect(undo.filter((c) => c.kind === "setGroupMappings")).toEqual([
      { kind: "setGroupMappings", enabled: true },
      { kind: "setGroupMappings", mappings: org.groupMappings?.mappings },
      { kind: "setGroupMappings", enabled: acme().groupMappings?.enabled ?? false },
    ]);
  });

  it("CHG-3: an undo sets back only what its change set, and is empty when the change changed nothing", () => {
    const org = acme();
    const undo = (change: Change) => roundTrip(org, [change]);
    const eng = org.roles[0];
    expect(undo({ kind: "updateRole", roleId: "eng", capabilities: ["chat"] })).toEqual([
      { kind: "updateRole", roleId: "eng", capabilities: eng?.capabilities },
    ]);
    expect(undo({ kind: "updateRole", roleId: "eng", name: "E" })).toEqual([
      { kind: "updateRole", roleId: "eng", name: eng?.name },
    ]);
    expect(undo({ kind: "addGroupMembers", groupId: "g-eng", memberIds: ["u1", "new-1", "new-1"] })).toEqual([
      { kind: "removeGroupMembers", groupId: "g-eng", memberIds: ["new-1"] },
    ]);
    expect(undo({ kind: "addGroupMembers", groupId: "g-eng", memberIds: ["u1"] })).toEqual([]);
    expect(undo({ kind: "setSpend", orgLimit: 5 })).toEqual([{ kind: "setSpend", orgLimit: org.spend?.orgLimit }]);
    expect(undo({ kind: "setSpend", multiGroup: "lowest" })).toEqual([
      { kind: "setSpend", multiGroup: org.spend?.multiGroup },
    ]);
    // A limit changed goes back in its place; a limit removed goes back at its position.
    expect(undo({ kind: "setGroupSpendLimit", groupId: "g-eng", limit: 1 })).toEqual([
      { kind: "setGroupSpendLimit", groupId: "g-eng", limit: 2000 },
    ]);
    expect(undo({ kind: "setGroupSpendLimit", groupId: "g-eng", limit: null })).toEqual([
      { kind: "setGroupSpendLimit", groupId: "g-eng", limit: 2000, at: 0 },
    ]);
    expect(undo({ kind: "setGroupMappings", enabled: !org.groupMappings?.enabled })).toEqual([
      { kind: "setGroupMappings", enabled: org.groupMappings?.enabled },
    ]);
    expect(undo({ kind: "setGroupMappings", mappings: [] })).toEqual([
      { kind: "setGroupMappings", mappings: org.groupMappings?.mappings },
    ]);
    // g-ops is not mapped: its undo does not set the mapping rows.
    expect(undo({ kind: "removeGroup", groupId: "g-ops" }).map((c) => c.kind)).not.toContain("setGroupMappings");
  });

  it("CHG-3: a list whose keys repeat gets its positions back from a pass, each key once", () => {
    const removed = (id: string) => id === "a" || id === "b";
    expect(reinsertions(["x", "a", "y", "a", "b"], removed, (id) => id)).toEqual([
      { item: "a", at: 1 },
      { item: "b", at: 3 },
    ]);
  });

  it("CON-8, CHG-3: undoing enableConnectorPermissions gives back every row it replaced", () => {
    const off = applyChanges(acme(), [{ kind: "disableConnectorPermissions" }]);
    const undo = roundTrip(off, [{ kind: "enableConnectorPermissions" }]);
    expect(undo).toEqual([
      { kind: "disableConnectorPermissions" },
      { kind: "setConnectorGrant", roleId: "eng", connectorId: null, grant: "approval" },
      {
        kind: "setConnectorGrant",
        roleId: "eng",
        connectorId: "jira",
        grant: { custom: { search_issues: "approval" } },
      },
      { kind: "setConnectorGrant", roleId: "eng", connectorId: "github", grant: "always" },
      { kind: "setConnectorGrant", roleId: "ops", connectorId: null, grant: { custom: {} } },
    ]);
    expect(invertChanges(acme(), [{ kind: "enableConnectorPermissions" }])).toEqual([]);
  });

  it("CON-6, CHG-3: undoing disableConnectorPermissions enables them again with the rows every role kept", () => {
    expect(roundTrip(acme(), [{ kind: "disableConnectorPermissions" }])).toHaveLength(5);
    const off = applyChanges(acme(), [{ kind: "disableConnectorPermissions" }]);
    expect(invertChanges(off, [{ kind: "disableConnectorPermissions" }])).toEqual([]);
  });

  it("CHG-3: every kind of a Step 2-8 rollout undoes, applied in reverse order", () => {
    const changes: Change[] = [
      { kind: "addConnector", connector: { id: "slack", name: "Slack", tools: ["post", "read"] } },
      { kind: "setToolPolicy", connectorId: "slack", level: "approval" },
      { kind: "setToolPolicy", connectorId: "jira", tools: {} },
      { kind: "createRole", role: { id: "mkt", name: "Marketing" } },
      { kind: "updateRole", roleId: "mkt", name: "Mkt", capabilities: ["chat", "projects"] },
      { kind: "setConnectorGrant", roleId: "mkt", connectorId: "slack", grant: "always" },
      { kind: "setConnectorGrant", roleId: "mkt", connectorId: "slack", grant: "blocked" },
      { kind: "setToolGrant", roleId: "eng", connectorId: "jira", tool: "create_issue", level: "approval" },
      { kind: "setToolGrant", roleId: "eng", connectorId: "slack", tool: "post", level: "always" },
      { kind: "removeConnectorGrant", roleId: "eng", connectorId: "github" },
      { kind: "addGroup", group: { id: "g-mkt", name: "Marketing", source: "manual" } },
      { kind: "addGroupMembers", groupId: "g-mkt", memberIds: ["u1", "u2"] },
      { kind: "addGroupMembers", groupId: "g-mkt", memberIds: ["u1"] },
      { kind: "removeGroupMembers", groupId: "g-eng", memberIds: ["u1", "x9"] },
      { kind: "assignRole", groupId: "g-mkt", roleId: "mkt" },
      { kind: "unassignRole", groupId: "g-ops", roleId: "ops" },
      { kind: "addMember", member: { id: "u3", role: "custom" } },
      { kind: "setBuiltInRole", memberIds: ["u1", "u2", "u3"], role: "admin" },
      { kind: "setSeat", memberIds: ["u1", "u2"], seat: "chat" },
      { kind: "setMemberSpendLimit", memberId: "u2", limit: 10 },
      { kind: "setMemberSpendLimit", memberId: "u1", limit: null },
      { kind: "removeMember", memberId: "u3" },
      { kind: "setOrgCapability", capability: "projects", enabled: false },
      { kind: "setOrgCapability", capability: "claude_code", enabled: true },
      { kind: "setSpend", orgLimit: null, multiGroup: "lowest" },
      { kind: "setSpend", orgLimit: 5 },
      { kind: "setGroupSpendLimit", groupId: "g-mkt", limit: 100 },
      { kind: "setGroupSpendLimit", groupId: "g-eng", limit: 1 },
      { kind: "setGroupSpendLimit", groupId: "g-ops", limit: null },
      { kind: "setGroupMappings", enabled: true, mappings: [] },
      { kind: "removeToolPolicy", connectorId: "slack" },
      { kind: "removeConnector", connectorId: "jira" },
      { kind: "deleteRole", roleId: "ops" },
      { kind: "removeGroup", groupId: "g-ops" },
    ];
    roundTrip(acme(), changes);
  });

  it("CHG-3: creating what a dangling reference names, then undoing it, keeps the reference (IN-2)", () => {
    const dangling = applyChanges(acme(), [
      { kind: "assignRole", groupId: "g-new", roleId: "r-new" },
      { kind: "setGroupSpendLimit", groupId: "g-new", limit: 3 },
      { kind: "setGroupMappings", mappings: [{ groupId: "g-new", role: "admin" }] },
      { kind: "setConnectorGrant", roleId: "eng", connectorId: "c-new", grant: "approval" },
      { kind: "setToolPolicy", connectorId: "c-new", level: "blocked" },
    ]);
    roundTrip(dangling, [
      { kind: "addGroup", group: { id: "g-new", name: "New", source: "manual" } },
      { kind: "createRole", role: { id: "r-new", name: "New" } },
      { kind: "addConnector", connector: { id: "c-new", name: "New", tools: [] } },
    ]);
  });

  it("CHG-3: undoing unassignRole or removeGroupMembers gives an assignment or a member id back once, at its first place", () => {
    const repeated = applyChanges(acme(), [
      { kind: "addGroup", group: { id: "g-r", name: "R", source: "manual", members: ["a", "b", "a"] } },
    ]);
    expect(invertChanges(repeated, [{ kind: "removeGroupMembers", groupId: "g-r", memberIds: ["a", "b"] }])).toEqual([
      { kind: "addGroupMembers", groupId: "g-r", memberIds: ["a"], at: 0 },
      { kind: "addGroupMembers", groupId: "g-r", memberIds: ["b"], at: 1 },
    ]);
  });

  it("CHG-3: a row's changes come back as one: the row as it was before the first of them", () => {
    const tools: Change[] = ["create_issue", "search_issues", "create_issue"].map((tool, i) => ({
      kind: "setToolGrant",
      roleId: "eng",
      connectorId: "jira",
      tool,
      level: i === 1 ? "blocked" : "always",
    }));
    const jira = { kind: "setConnectorGrant", roleId: "eng", connectorId: "jira" } as const;
    expect(roundTrip(acme(), tools)).toEqual([{ ...jira, grant: { custom: { search_issues: "approval" } } }]);
    expect(roundTrip(acme(), [...tools, { ...jira, grant: "always" }, ...tools])).toEqual([
      { ...jira, grant: { custom: { search_issues: "approval" } } },
    ]);
    const ops = { kind: "setToolGrant", roleId: "ops", connectorId: "jira", tool: "create_issue" } as const;
    // A row the role did not have is removed again; other rows and the All connectors row keep their own undo.
    expect(
      roundTrip(acme(), [
        { ...ops, level: "always" },
        { kind: "setConnectorGrant", roleId: "ops", connectorId: null, grant: "approval" },
        { ...ops, level: "blocked" },
        { kind: "setConnectorGrant", roleId: "eng", connectorId: "github", grant: "blocked" },
        { kind: "setConnectorGrant", roleId: "ops", connectorId: "jira", grant: "approval" },
      ]),
    ).toEqual([
      { kind: "setConnectorGrant", roleId: "eng", connectorId: "github", grant: "always" },
      { kind: "setConnectorGrant", roleId: "ops", connectorId: null, grant: { custom: {} } },
      { kind: "removeConnectorGrant", roleId: "ops", connectorId: "jira" },
    ]);
  });

  it("CHG-3: the undo of a row added then removed in the list sets it before removing it, so that it applies", () => {
    const row = { roleId: "ops", connectorId: "jira" } as const;
    const added: Change[] = [
      { kind: "setToolGrant", ...row, tool: "create_issue", level: "always" },
      { kind: "removeConnectorGrant", ...row },
    ];
    expect(roundTrip(acme(), added)).toEqual([
      { kind: "setConnectorGrant", ...row, grant: "blocked" },
      { kind: "removeConnectorGrant", ...row },
    ]);
    expect(roundTrip(acme(), [...added, { kind: "setConnectorGrant", ...row, grant: "always" }, ...added])).toEqual([
      { kind: "setConnectorGrant", ...row, grant: "blocked" },
      { kind: "removeConnectorGrant", ...row },
    ]);
    // A row the role had is set back whole, whether or not it is there when its undo applies.
    const github = { roleId: "eng", connectorId: "github" } as const;
    expect(
      roundTrip(acme(), [
        { kind: "removeConnectorGrant", ...github },
        { kind: "setToolGrant", ...github, tool: "search_code", level: "blocked" },
        { kind: "removeConnectorGrant", ...github },
      ]),
    ).toEqual([{ kind: "setConnectorGrant", ...github, grant: "always" }]);
  });

  it("CON-8, CHG-3: a row changed before and after connector permissions are enabled again comes back in its place", () => {
    const change = (level: "always" | "blocked"): Change => ({
      kind: "setToolGrant",
      roleId: "eng",
      connectorId: "jira",
      tool: "create_issue",
      level,
    });
    const changes: Change[] = [
      change("always"),
      { kind: "disableConnectorPermissions" },
      { kind: "enableConnectorPermissions" },
      change("blocked"),
    ];
    const org = acme();
    const undo = roundTrip(org, changes);
    expect(undo[0]).toEqual({ kind: "removeConnectorGrant", roleId: "eng", connectorId: "jira" });
    const back = applyChanges(applyChanges(org, changes), undo);
    expect(JSON.stringify(back.roles[0])).toBe(JSON.stringify(org.roles[0]));
  });

  it("CHG-3: a list that cannot apply fails with applyChanges' error", () => {
    expect(() => invertChanges(acme(), [{ kind: "deleteRole", roleId: "nope" }])).toThrowErrorMatchingInlineSnapshot(
      `[ChangeError: cannot apply changes[0] (deleteRole): no role \`nope\`: check the role id]`,
    );
  });
});
