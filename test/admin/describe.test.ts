// describeChange (CHG-5): one sentence per change for an audit log, with names from the org.
import { describe, expect, it } from "vitest";
import type { Change } from "../../src/admin/change.js";
import { CHANGE_KINDS } from "../../src/admin/change.js";
import { describeChange } from "../../src/admin/describeChange.js";
import { changeFailureText } from "../../src/words/changes.js";
import { q } from "../../src/words/quote.js";
import { acme } from "./fixtures.js";

const EXAMPLES: readonly Change[] = [
  { kind: "createRole", role: { id: "mkt", name: "Marketing" } },
  { kind: "updateRole", roleId: "eng", name: "Eng", capabilities: ["chat", "claude_code"] },
  { kind: "updateRole", roleId: "eng", capabilities: [] },
  { kind: "updateRole", roleId: "eng" },
  { kind: "deleteRole", roleId: "eng" },
  { kind: "setConnectorGrant", roleId: "eng", connectorId: null, grant: { custom: {} } },
  { kind: "setConnectorGrant", roleId: "eng", connectorId: "jira", grant: "always" },
  { kind: "removeConnectorGrant", roleId: "eng", connectorId: "github" },
  { kind: "setToolGrant", roleId: "eng", connectorId: "jira", tool: "create_issue", level: "approval" },
  { kind: "addGroup", group: { id: "g-mkt", name: "Marketing", source: "manual" } },
  { kind: "addGroup", group: { id: "g-x", name: "X", source: "scim", members: ["u1"] } },
  { kind: "removeGroup", groupId: "g-eng" },
  { kind: "addGroupMembers", groupId: "g-eng", memberIds: ["u1"] },
  { kind: "removeGroupMembers", groupId: "g-eng", memberIds: ["u1", "u2"] },
  { kind: "assignRole", groupId: "g-eng", roleId: "eng" },
  { kind: "unassignRole", groupId: "g-eng", roleId: "eng" },
  { kind: "addMember", member: { id: "u3", email: "eve@acme.test", role: "custom" } },
  { kind: "addMember", member: { id: "u4", role: "user" } },
  { kind: "removeMember", memberId: "u1" },
  { kind: "setBuiltInRole", memberIds: ["u1", "u2", "u3", "u4", "u5"], role: "custom" },
  { kind: "setBuiltInRole", memberIds: [], role: "custom" },
  { kind: "setSeat", memberIds: ["u1", "u2", "u3"], seat: "chat-code" },
  { kind: "setSeat", memberIds: ["u1"], seat: null },
  { kind: "setMemberSpendLimit", memberId: "u1", limit: 5000 },
  { kind: "setMemberSpendLimit", memberId: "u1", limit: null },
  { kind: "addConnector", connector: { id: "slack", name: "Slack", tools: ["post"] } },
  { kind: "removeConnector", connectorId: "jira" },
  { kind: "setOrgCapability", capability: "claude_code", enabled: true },
  { kind: "setOrgCapability", capability: "cowork", enabled: false },
  { kind: "setToolPolicy", connectorId: "jira", tools: { create_issue: "approval" } },
  { kind: "setToolPolicy", connectorId: "jira", level: "blocked" },
  { kind: "removeToolPolicy", connectorId: "jira" },
  { kind: "setSpend", orgLimit: 100000, multiGroup: "lowest" },
  { kind: "setSpend", orgLimit: null },
  { kind: "setSpend" },
  { kind: "setGroupSpendLimit", groupId: "g-eng", limit: 2000 },
  { kind: "setGroupSpendLimit", groupId: "g-eng", limit: null },
  { kind: "setGroupMappings", enabled: true, mappings: [{ groupId: "g-eng", role: "custom" }] },
  { kind: "setGroupMappings", enabled: false },
  { kind: "setGroupMappings" },
  { kind: "enableConnectorPermissions" },
  { kind: "disableConnectorPermissions" },
];

describe("CHG-5: describeChange", () => {
  it("CHG-5: the guide's example, with names from the org, and with ids alone without it", () => {
    const change: Change = { kind: "assignRole", groupId: "g-eng", roleId: "eng" };
    expect(describeChange(change, acme())).toBe(
      "assign role `Engineering` (`eng`) to group `Engineering` (`g-eng`) (CAP-4, CON-3)",
    );
    expect(describeChange(change)).toBe("assign role `eng` to group `g-eng` (CAP-4, CON-3)");
  });

  it("CHG-5: every kind in one sentence, with its rule ids, members by email where they have one", () => {
    expect(new Set(EXAMPLES.map((c) => c.kind))).toEqual(new Set(CHANGE_KINDS));
    expect(EXAMPLES.map((change) => describeChange(change, acme()))).toMatchInlineSnapshot(`
      [
        "create role \`Marketing\` (\`mkt\`) (CAP-4, CON-9)",
        "update role \`Engineering\` (\`eng\`): name \`Eng\`, capabilities \`chat\` and \`claude_code\` (CAP-4)",
        "update role \`Engineering\` (\`eng\`): capabilities none (CAP-4)",
        "update role \`Engineering\` (\`eng\`): nothing (CAP-4)",
        "delete role \`Engineering\` (\`eng\`) and its assignments (CAP-4, CON-3)",
        "set the All connectors row of role \`Engineering\` (\`eng\`) to Custom (0 tools set) (CON-2)",
        "set the row of connector \`Jira\` (\`jira\`) for role \`Engineering\` (\`eng\`) to \`always\` (CON-2)",
        "remove the row of connector \`GitHub\` (\`github\`) for role \`Engineering\` (\`eng\`): its All connectors row applies (CON-2)",
        "set tool \`create_issue\` of connector \`Jira\` (\`jira\`) to \`approval\` for role \`Engineering\` (\`eng\`) (CON-2)",
        "add manual group \`Marketing\` (\`g-mkt\`) with 0 members (GRP-1, GRP-2)",
        "add scim group \`X\` (\`g-x\`) with 1 member (GRP-1, GRP-2)",
        "remove group \`Engineering\` (\`g-eng\`), its role assignments, spend limit and mappings (GRP-1, CAP-4)",
        "add member \`ana@acme.test\` (\`u1\`) to group \`Engineering\` (\`g-eng\`) (CAP-4, CAP-5)",
        "remove members \`ana@acme.test\` (\`u1\`) and \`u2\` from group \`Engineering\` (\`g-eng\`) (CAP-4, CAP-5)",
        "assign role \`Engineering\` (\`eng\`) to group \`Engineering\` (\`g-eng\`) (CAP-4, CON-3)",
        "unassign role \`Engineering\` (\`eng\`) from group \`Engineering\` (\`g-eng\`) (CAP-4, CON-3)",
        "add member \`eve@acme.test\` (\`u3\`) as \`custom\` (CON-7)",
        "add member \`u4\` as \`user\` (CON-7)",
        "remove member \`ana@acme.test\` (\`u1\`) from the org (CON-7)",
        "set the built-in role of members \`ana@acme.test\` (\`u1\`), \`u2\`, \`u3\`, \`u4\` and \`u5\` to \`custom\` (CAP-2, CAP-3, CAP-4, CON-5)",
        "set the built-in role of no member to \`custom\` (CAP-2, CAP-3, CAP-4, CON-5)",
        "set the seat of members \`ana@acme.test\` (\`u1\`), \`u2\` and \`u3\` to \`chat-code\` (CAP-7)",
        "remove the seat of member \`ana@acme.test\` (\`u1\`): a Chat seat on a dual-seat plan (CAP-7)",
        "set the spend limit of member \`ana@acme.test\` (\`u1\`) to 5000 (SPD-2)",
        "remove the spend limit of member \`ana@acme.test\` (\`u1\`) (SPD-2)",
        "add connector \`Slack\` (\`slack\`) with 1 tool (CON-7)",
        "remove connector \`Jira\` (\`jira\`), every role's row for it and its tool policy entry (CON-7)",
        "turn capability \`claude_code\` on at org level (CAP-1)",
        "turn capability \`cowork\` off at org level (CAP-1)",
        "set the org-wide tool policy of connector \`Jira\` (\`jira\`) to \`always\` with 1 tool override (CON-4)",
        "set the org-wide tool policy of connector \`Jira\` (\`jira\`) to \`blocked\` (CON-4)",
        "remove the org-wide tool policy entry of connector \`Jira\` (\`jira\`): \`always\` at org level (CON-4)",
        "set the org spend limit to 100000 and the \`lowest\` group limit to apply (SPD-3, SPD-4)",
        "set no org spend limit (SPD-3, SPD-4)",
        "set nothing (SPD-3, SPD-4)",
        "set the spend limit of group \`Engineering\` (\`g-eng\`) to 2000 (SPD-3)",
        "remove the spend limit of group \`Engineering\` (\`g-eng\`) (SPD-3)",
        "turn group mappings on and set 1 group mapping (GRP-3)",
        "turn group mappings off (GRP-3)",
        "change no group mapping (GRP-3)",
        "enable connector permissions: every role's All connectors row becomes \`always\`, its other rows go (CON-8)",
        "disable connector permissions: every member gets the org-wide tool policy level, roles keep their rows (CON-6)",
      ]
    `);
  });

  it("CHG-5: the sentence is bounded: long names are cut, long id lists say how many more", () => {
    const long = "x".repeat(10_000);
    const ids = Array.from({ length: 200 }, (_, i) => `u${i}`);
    const text = describeChange({ kind: "removeGroupMembers", groupId: long, memberIds: ids });
    expect(text).toMatchInlineSnapshot(
      `"remove members \`u0\`, \`u1\`, \`u2\`, \`u3\`, \`u4\` and 195 more from group \`xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…\` (CAP-4, CAP-5)"`,
    );
    expect(text.length).toBeLessThan(200);
    expect(q(long)).toHaveLength(102);
  });

  it("CHG-1: failure reasons are lowercase, with ids in backticks", () => {
    expect(changeFailureText({ code: "unknown_group_limit", id: "g" })).toBe(
      "group `g` has no spend limit: nothing to remove",
    );
  });
});
