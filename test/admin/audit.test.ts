// Example tests of the audit (AUD-1), one or more per finding kind, each quoting the guide passage it
// protects an admin from. The words of every kind are pinned in test/golden/__golden__/audit-*.txt.
import { describe, expect, test } from "vitest";
import { auditOrg } from "../../src/admin/audit.js";
import { LISTED_ROLES_LIMIT } from "../../src/admin/auditMembers.js";
import { LARGE_SET, LISTED_CONFLICTS_LIMIT } from "../../src/admin/auditConflicts.js";
import { isDeeplyFrozen, deepCopy } from "../freeze.js";
import { guideOrg } from "../engine/fixtures.js";
import { baseJson, everyKindJson, findings, orgOf } from "./auditFixtures.js";
import { findCrossRoleConflicts, parseOrg, type Org } from "../../src/index.js";

const TABLE_ORDER = [
  "dangling-reference",
  "custom-member-without-role",
  "scim-group-ignored",
  "role-without-effect",
  "capability-off-at-org",
  "chat-seat-claude-code",
  "lands-on-settings",
  "mapping-demotes",
  "cross-role-conflict",
];

describe("AUD-1: the audit as a whole", () => {
  test("AUD-1: an org set up as the guide says has nothing to report", () => {
    expect(auditOrg(orgOf())).toEqual([]);
  });

  test("AUD-1: findings come in the table's order of kinds, then in the org's order", () => {
    const all = auditOrg(parseOrg(everyKindJson()));
    const kinds = [...new Set(all.map((finding) => finding.kind))];
    expect(kinds).toEqual(TABLE_ORDER);
    const dangling = all.filter((finding) => finding.kind === "dangling-reference").map((finding) => finding.path[0]);
    expect(dangling).toEqual([
      "toolPolicy",
      "toolPolicy",
      "toolPolicy",
      "roles",
      "roles",
      "roleAssignments",
      "roleAssignments",
      "groupMappings",
      "spend",
    ]);
    expect(
      findings(parseOrg(everyKindJson()), "custom-member-without-role").map((finding) => finding.memberIds[0]),
    ).toEqual(["u-idp", "u-owner"]);
  });

  test("AUD-1, IN-3: the findings are deeply frozen and the org is left as it was", () => {
    const json = everyKindJson();
    const org = parseOrg(json);
    const copy = deepCopy(org);
    const all = auditOrg(org);
    expect(isDeeplyFrozen(all)).toBe(true);
    expect(org).toEqual(copy);
  });

  test("AUD-1: the severity of each kind is the table's; errors are the ones that lose someone access", () => {
    const severities = Object.fromEntries(
      auditOrg(parseOrg(everyKindJson())).map((finding) => [finding.kind, finding.severity]),
    );
    expect(severities).toEqual({
      "dangling-reference": "warning",
      "custom-member-without-role": "error",
      "scim-group-ignored": "warning",
      "role-without-effect": "warning",
      "capability-off-at-org": "info",
      "chat-seat-claude-code": "info",
      "lands-on-settings": "info",
      "mapping-demotes": "error",
      "cross-role-conflict": "info",
    });
  });

  test("IN-3: an org that parseOrg did not return is refused with a TypeError", () => {
    expect(() => auditOrg(guideOrg())).toThrow(TypeError);
    expect(() => auditOrg(guideOrg())).toThrow("expected an org returned by `parseOrg` or `applyChanges`");
  });
});

describe("dangling-reference (IN-2)", () => {
  test("IN-2: an assignment to a missing group or a missing role is one finding each, fixed by unassigning it (guide Step 4: moved orgs' groups and roles become undefined)", () => {
    const org = orgOf({
      roleAssignments: [
        { groupId: "g-eng", roleId: "eng" },
        { groupId: "g-moved", roleId: "eng" },
        { groupId: "g-eng", roleId: "gone" },
        { groupId: "g-moved", roleId: "gone" },
      ],
    });
    const found = findings(org, "dangling-reference");
    expect(found.map((finding) => [finding.path, finding.groupIds, finding.roleIds])).toEqual([
      [["roleAssignments", 1], ["g-moved"], ["eng"]],
      [["roleAssignments", 2], ["g-eng"], ["gone"]],
      [["roleAssignments", 3], ["g-moved"], ["gone"]],
    ]);
    expect(found.map((finding) => finding.fix)).toEqual([
      [{ kind: "unassignRole", groupId: "g-moved", roleId: "eng" }],
      [{ kind: "unassignRole", groupId: "g-eng", roleId: "gone" }],
      [{ kind: "unassignRole", groupId: "g-moved", roleId: "gone" }],
    ]);
    expect(found[2]?.message).toContain("neither the role nor the group exists");
  });

  test("IN-2, CON-7: a row for a connector the org has not added is one finding per row, not per tool", () => {
    const org = orgOf({
      roles: [
        {
          id: "eng",
          name: "Engineering",
          capabilities: ["chat"],
          connectors: { all: "approval", byConnector: { notion: { custom: { a: "always", b: "always" } } } },
        },
      ],
    });
    const found = findings(org, "dangling-reference");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ reference: "role-row", roleIds: ["eng"], connectorIds: ["notion"], tool: null });
    expect(found[0]?.fix).toEqual([{ kind: "removeConnectorGrant", roleId: "eng", connectorId: "notion" }]);
  });

  test("IN-2, CON-2: each tool of a Custom row that its connector does not list is a finding; the fix keeps the listed tools", () => {
    const org = orgOf({
      roles: [
        {
          id: "eng",
          name: "Engineering",
          capabilities: ["chat"],
          connectors: {
            all: "approval",
            byConnector: { jira: { custom: { search_issues: "always", old: "always", older: "blocked" } } },
          },
        },
      ],
    });
    const found = findings(org, "dangling-reference");
    expect(found.map((finding) => [finding.reference, finding.tool])).toEqual([
      ["role-tool", "old"],
      ["role-tool", "older"],
    ]);
    expect(found[0]?.fix).toEqual([
      { kind: "setConnectorGrant", roleId: "eng", connectorId: "jira", grant: { custom: { search_issues: "always" } } },
    ]);
  });

  test("IN-2, CON-4: a policy entry for a connector not added is one finding; an unlisted tool in an entry is one each, the fix keeping the entry's level", () => {
    const org = orgOf({
      toolPolicy: {
        confluence: { tools: { a: "blocked", b: "blocked" } },
        jira: { tools: { create_issue: "approval", gone: "blocked" } },
      },
    });
    const found = findings(org, "dangling-reference");
    expect(found.map((finding) => [finding.reference, finding.connectorIds, finding.tool])).toEqual([
      ["policy-entry", ["confluence"], null],
      ["policy-tool", ["jira"], "gone"],
    ]);
    expect(found[0]?.fix).toEqual([{ kind: "removeToolPolicy", connectorId: "confluence" }]);
    expect(found[1]?.fix).toEqual([
      { kind: "setToolPolicy", connectorId: "jira", tools: { create_issue: "approval" } },
    ]);
    expect(auditOrg(orgOf({ toolPolicy: { jira: { level: "approval" } } }))).toEqual([]);
  });

  test("IN-2, GRP-3, SPD-5: a mapping or a group limit for a missing group is a finding, each with a fix", () => {
    const org = orgOf({
      groupMappings: {
        enabled: false,
        mappings: [
          { groupId: "g-gone", role: "custom" },
          { groupId: "g-eng", role: "custom" },
        ],
      },
      spend: { groupLimits: [{ groupId: "g-gone", limit: 100 }] },
    });
    const found = findings(org, "dangling-reference");
    expect(found.map((finding) => [finding.reference, finding.groupIds, finding.path])).toEqual([
      ["mapping", ["g-gone"], ["groupMappings", "mappings", 0]],
      ["group-limit", ["g-gone"], ["spend", "groupLimits", 0]],
    ]);
    expect(found[0]?.fix).toEqual([{ kind: "setGroupMappings", mappings: [{ groupId: "g-eng", role: "custom" }] }]);
    expect(found[1]?.fix).toEqual([{ kind: "setGroupSpendLimit", groupId: "g-gone", limit: null }]);
  });

  test("GRP-1: a group member who is not a member of this org is normal and not reported (guide Step 4: members from other organizations)", () => {
    const org = orgOf({
      groups: [{ id: "g-eng", name: "Engineering", source: "manual", members: ["u1", "u-sibling"] }],
    });
    expect(auditOrg(org)).toEqual([]);
  });
});

describe("custom-member-without-role (CAP-6, guide Step 5)", () => {
  // Step 5: "Members who are migrated without group or role coverage will lose access to all governed features."
  test("CAP-6: a Custom-roles member in no group is an error, without a fix (who gets what is the admin's choice)", () => {
    const org = orgOf({
      members: [
        { id: "u1", role: "custom" },
        { id: "u2", role: "custom" },
        { id: "u3", role: "user" },
      ],
    });
    const found = findings(org, "custom-member-without-role");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: "error",
      memberIds: ["u2"],
      rules: ["CAP-6", "CAP-4"],
      path: ["members", 1],
      fix: null,
    });
  });

  test("CAP-6, GRP-2: a member whose only group with a role does not count is without a role too", () => {
    const org = orgOf({
      provisioning: "jit",
      groups: [{ id: "g-eng", name: "Engineering", source: "scim", members: ["u1"] }],
    });
    expect(findings(org, "custom-member-without-role").map((finding) => finding.memberIds)).toEqual([["u1"]]);
  });

  test("CAP-6, GRP-3: group mappings that set a member to Custom roles count, and the finding names the mapped group", () => {
    const org = orgOf({
      groups: [
        { id: "g-eng", name: "Engineering", source: "manual", members: ["u1"] },
        { id: "g-idp", name: "IdP", source: "scim", members: ["u2"] },
      ],
      groupMappings: { enabled: true, mappings: [{ groupId: "g-idp", role: "custom" }] },
      members: [
        { id: "u1", role: "custom" },
        { id: "u2", role: "user" },
      ],
    });
    const [finding] = findings(org, "custom-member-without-role");
    expect(finding).toMatchObject({ memberIds: ["u2"], groupIds: ["g-idp"], rules: ["CAP-6", "CAP-4", "GRP-3"] });
  });

  test("CAP-6: a member set to Custom roles in a group whose role is missing holds no role", () => {
    const org = orgOf({ roleAssignments: [{ groupId: "g-eng", roleId: "gone" }] });
    expect(findings(org, "custom-member-without-role")).toHaveLength(1);
  });
});

describe('scim-group-ignored (GRP-2, guide Step 4 "Important")', () => {
  // Step 4: "If your organization uses Invite only or JIT provisioning, you can only use manually created groups for RBAC."
  const shape = (provisioning: string, roleId = "eng") =>
    orgOf({
      provisioning,
      groups: [{ id: "g-idp", name: "IdP", source: "scim", members: ["u1"] }],
      roleAssignments: [{ groupId: "g-idp", roleId }],
    });

  test.each(["invite-only", "jit"])(
    "GRP-2: in a %s org an assignment to a SCIM group is reported, fixed by unassigning it",
    (mode) => {
      const [finding] = findings(shape(mode), "scim-group-ignored");
      expect(finding).toMatchObject({
        severity: "warning",
        groupIds: ["g-idp"],
        roleIds: ["eng"],
        path: ["roleAssignments", 0],
      });
      expect(finding?.fix).toEqual([{ kind: "unassignRole", groupId: "g-idp", roleId: "eng" }]);
    },
  );

  test("GRP-2: in a SCIM org SCIM groups count, and an assignment of a missing role is a dangling reference only", () => {
    expect(findings(shape("scim"), "scim-group-ignored")).toEqual([]);
    const missing = shape("jit", "gone");
    expect(findings(missing, "scim-group-ignored")).toEqual([]);
    expect(findings(missing, "dangling-reference")).toHaveLength(1);
  });
});

describe("role-without-effect (CAP-3, GRP-2, GRP-4, the SCIM note)", () => {
  // SCIM note: "If you map an IdP group to a different role (like User) ... but assign that same SCIM group to a custom role,
  // the custom role's permissions have no effect".
  test("CAP-3, GRP-3: a role assigned only to a group mapped to User has no effect", () => {
    const org = orgOf({
      groups: [{ id: "g-eng", name: "Engineering", source: "scim", members: ["u1"] }],
      groupMappings: { enabled: true, mappings: [{ groupId: "g-eng", role: "user" }] },
    });
    const [finding] = findings(org, "role-without-effect");
    expect(finding).toMatchObject({
      severity: "warning",
      roleIds: ["eng"],
      groupIds: ["g-eng"],
      path: ["roles", 0],
      fix: null,
    });
  });

  test("GRP-4: a role held only by Owners and Admins has no effect; one Custom-roles member gives it effect", () => {
    const members = [
      { id: "u1", role: "owner" },
      { id: "u2", role: "admin" },
    ];
    const groups = [{ id: "g-eng", name: "Engineering", source: "manual", members: ["u1", "u2", "u3"] }];
    expect(findings(orgOf({ members, groups }), "role-without-effect")).toHaveLength(1);
    expect(
      findings(orgOf({ members: [...members, { id: "u3", role: "custom" }], groups }), "role-without-effect"),
    ).toEqual([]);
  });

  test("AUD-1: a role assigned to no group is not reported (it is being set up, Step 2)", () => {
    const roles = [
      { id: "eng", name: "Engineering", capabilities: ["chat"], connectors: { all: "approval" } },
      { id: "new", name: "New", capabilities: ["chat"], connectors: { all: "approval" } },
    ];
    expect(findings(orgOf({ roles }), "role-without-effect")).toEqual([]);
  });
});

describe('capability-off-at-org (CAP-1, guide Step 1 "Remember")', () => {
  // Step 1: "If a feature is toggled off at the organization level, no custom role can grant access to it."
  test("CAP-1: each capability a role grants that is off (false or absent) is one finding, a repeat once", () => {
    const org = orgOf({
      capabilities: { chat: true, cowork: false },
      roles: [
        {
          id: "eng",
          name: "Engineering",
          capabilities: ["chat", "cowork", "memory", "cowork"],
          connectors: { all: "approval" },
        },
      ],
    });
    const found = findings(org, "capability-off-at-org");
    expect(found.map((finding) => [finding.capability, finding.path])).toEqual([
      ["cowork", ["roles", 0, "capabilities", 1]],
      ["memory", ["roles", 0, "capabilities", 2]],
    ]);
    expect(found[0]).toMatchObject({ severity: "info", rules: ["CAP-1"], roleIds: ["eng"], fix: null });
  });
});

describe('chat-seat-claude-code (CAP-7, guide "Dual-seat plans")', () => {
  // Before you begin: "A member assigned to a Chat-only seat can't access Claude Code even if their custom role grants it."
  const roles = [
    { id: "eng", name: "Engineering", capabilities: ["chat", "claude_code"], connectors: { all: "approval" } },
  ];
  const dual = (members: unknown[], over = {}) =>
    orgOf({
      seatPlan: "dual",
      roles,
      groups: [{ id: "g-eng", name: "Engineering", source: "manual", members: ["u1", "u2", "u3"] }],
      members,
      ...over,
    });

  test("CAP-7: a Custom-roles member on a Chat seat, or on no seat, holding a role with claude_code is reported", () => {
    const members = [
      { id: "u1", role: "custom", seat: "chat" },
      { id: "u2", role: "custom" },
      { id: "u3", role: "custom", seat: "chat-code" },
    ];
    const groups = [
      { id: "g-none", name: "No role", source: "manual", members: ["u1"] },
      { id: "g-eng", name: "Engineering", source: "manual", members: ["u1", "u2", "u3"] },
    ];
    const org = dual(members, { groups });
    const found = findings(org, "chat-seat-claude-code");
    expect(found.map((finding) => finding.memberIds)).toEqual([["u1"], ["u2"]]);
    expect(found[0]).toMatchObject({ severity: "info", roleIds: ["eng"], capability: "claude_code", rules: ["CAP-7"] });
  });

  test("CAP-7: reported whether or not claude_code is on at org level; never on a standard plan or for a User", () => {
    const members = [{ id: "u1", role: "custom", seat: "chat" }];
    expect(findings(dual(members, { capabilities: { chat: true } }), "chat-seat-claude-code")).toHaveLength(1);
    expect(findings(dual(members, { seatPlan: "standard" }), "chat-seat-claude-code")).toEqual([]);
    expect(findings(dual([{ id: "u1", role: "user", seat: "chat" }]), "chat-seat-claude-code")).toEqual([]);
  });

  test("CAP-7: a role without claude_code is not reported", () => {
    const org = orgOf({ seatPlan: "dual", members: [{ id: "u1", role: "custom", seat: "chat" }] });
    expect(findings(org, "chat-seat-claude-code")).toEqual([]);
  });

  test(`AUD-1: a finding names at most ${LISTED_ROLES_LIMIT} roles, in the org's order`, () => {
    const many = Array.from({ length: LISTED_ROLES_LIMIT + 3 }, (_, i) => ({
      id: `r${i}`,
      name: `R${i}`,
      capabilities: ["claude_code"],
      connectors: { all: "approval" },
    }));
    const org = orgOf({
      seatPlan: "dual",
      roles: many,
      groups: [
        { id: "g-a", name: "A", source: "manual", members: ["u1"] },
        { id: "g-b", name: "B", source: "manual", members: ["u1"] },
      ],
      roleAssignments: [
        ...many.slice(5).map((r) => ({ groupId: "g-a", roleId: r.id })),
        ...many.slice(0, 5).map((r) => ({ groupId: "g-b", roleId: r.id })),
      ],
      members: [{ id: "u1", role: "custom", seat: "chat" }],
    });
    const [finding] = findings(org, "chat-seat-claude-code");
    expect(finding?.roleIds).toEqual(["r0", "r1", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12"]);
  });
});

describe('lands-on-settings (CAP-8, FAQ "What if a custom role doesn\'t grant chat access?")', () => {
  // FAQ: "Members in that role won't see Claude's chat interface. They'll land on their settings page when they sign in."
  const cowork = [{ id: "eng", name: "Cowork", capabilities: ["cowork"], connectors: { all: "approval" } }];

  test("CAP-8: a Custom-roles member whose roles do not grant chat lands on settings", () => {
    const [finding] = findings(orgOf({ roles: cowork }), "lands-on-settings");
    expect(finding).toMatchObject({
      severity: "info",
      memberIds: ["u1"],
      capability: "chat",
      rules: ["CAP-8", "CAP-4"],
      fix: null,
    });
  });

  test("CAP-8, CAP-1: with chat off at org level, every Custom-roles member with a role lands on settings, and the message says why", () => {
    const [finding] = findings(orgOf({ capabilities: { cowork: true } }), "lands-on-settings");
    expect(finding?.rules).toEqual(["CAP-8", "CAP-1"]);
    expect(finding?.message).toContain("`chat` is off at org level");
  });

  test("CAP-8: neither a member without a role (reported as such) nor a User is reported", () => {
    expect(findings(orgOf({ roles: cowork, groups: [] }), "lands-on-settings")).toEqual([]);
    expect(findings(orgOf({ roles: cowork, members: [{ id: "u1", role: "user" }] }), "lands-on-settings")).toEqual([]);
  });
});

describe('mapping-demotes (GRP-3, "I lost Admin/Owner access after enabling group mappings")', () => {
  // Rollback plan: "If you enabled group mappings during setup and lost admin access, follow the recovery steps".
  const mapped = (role: string, mappedTo: string, enabled = true) =>
    orgOf({
      groups: [
        { id: "g-eng", name: "Engineering", source: "manual", members: ["u1"] },
        { id: "g-idp", name: "IdP", source: "scim", members: ["u1", "u2"] },
      ],
      groupMappings: { enabled, mappings: [{ groupId: "g-idp", role: mappedTo }] },
      members: [
        { id: "u1", role: "custom" },
        { id: "u2", role },
      ],
    });

  test.each([
    ["owner", "admin"],
    ["owner", "custom"],
    ["admin", "custom"],
    ["admin", "user"],
  ])("GRP-3: an %s mapped to %s is demoted: an error naming the mapped group", (role, mappedTo) => {
    const [finding] = findings(mapped(role, mappedTo), "mapping-demotes");
    expect(finding).toMatchObject({
      severity: "error",
      memberIds: ["u2"],
      groupIds: ["g-idp"],
      storedRole: role,
      builtInRole: mappedTo,
      fix: null,
    });
  });

  test.each([
    ["owner", "owner"],
    ["admin", "owner"],
    ["user", "custom"],
    ["primary-owner", "user"],
  ])("GRP-3: a %s mapped to %s is not demoted", (role, mappedTo) => {
    expect(findings(mapped(role, mappedTo), "mapping-demotes")).toEqual([]);
  });

  test("GRP-3: mappings that are off demote nobody", () => {
    expect(findings(mapped("owner", "user", false), "mapping-demotes")).toEqual([]);
  });
});

describe('cross-role-conflict (CON-13, guide "Review cross-role conflicts")', () => {
  // Step 3: "blocking a connector in one role has no effect on a member who also holds another role that grants it."
  const roles = [
    { id: "support", name: "Support", capabilities: ["chat"], connectors: { all: "blocked" } },
    {
      id: "eng",
      name: "Engineering",
      capabilities: ["chat"],
      connectors: { all: "blocked", byConnector: { jira: "always" } },
    },
  ];
  const shared = (builtInRole: string, over = {}) =>
    orgOf({
      roles,
      groups: [
        { id: "g-support", name: "Support", source: "manual", members: ["u1", "u2"] },
        { id: "g-eng", name: "Engineering", source: "manual", members: ["u1", "u3"] },
      ],
      roleAssignments: [
        { groupId: "g-support", roleId: "support" },
        { groupId: "g-eng", roleId: "eng" },
      ],
      members: [
        { id: "u1", role: builtInRole },
        { id: "u2", role: "custom" },
        { id: "u3", role: "custom" },
      ],
      ...over,
    });

  test("CON-13: a role blocking a connector that another role sharing a member grants shows the warning, the role first", () => {
    const found = findings(shared("custom"), "cross-role-conflict");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: "info",
      roleIds: ["support", "eng"],
      connectorIds: ["jira"],
      path: ["roles", 0, "connectors", "all"],
      fix: null,
    });
  });

  test("CON-13: sharing a member counts whatever the member's built-in role", () => {
    expect(findings(shared("owner"), "cross-role-conflict")).toHaveLength(1);
  });

  test("CON-13: roles that share no member, or connector permissions off, give no finding", () => {
    const apart = shared("custom", {
      groups: [
        { id: "g-support", name: "Support", source: "manual", members: ["u2"] },
        { id: "g-eng", name: "Engineering", source: "manual", members: ["u3"] },
      ],
    });
    expect(findings(apart, "cross-role-conflict")).toEqual([]);
    expect(findings(shared("custom", { connectorPermissionsEnabled: false }), "cross-role-conflict")).toEqual([]);
  });

  test("CON-13: a member holding one role through two groups shares it with no other role", () => {
    const org = orgOf({
      roles,
      groups: [
        { id: "g-a", name: "A", source: "manual", members: ["u1"] },
        { id: "g-b", name: "B", source: "manual", members: ["u1"] },
        { id: "g-c", name: "C", source: "manual", members: ["u2"] },
      ],
      roleAssignments: [
        { groupId: "g-a", roleId: "support" },
        { groupId: "g-b", roleId: "support" },
        { groupId: "g-c", roleId: "eng" },
      ],
      members: [
        { id: "u1", role: "custom" },
        { id: "u2", role: "custom" },
      ],
    });
    expect(findings(org, "cross-role-conflict")).toEqual([]);
  });
});

test.each([LISTED_CONFLICTS_LIMIT + 2, LARGE_SET + 2])(
  "CON-13: a conflict finding names at most %#: 10 other roles of %i held together, in the org's order",
  (count) => {
    const { roles, connectors } = rolesEachOwnTool(count);
    const org = orgOf({
      connectors,
      roles,
      groups: [{ id: "g", name: "G", source: "manual", members: ["u1"] }],
      roleAssignments: roles.map((role) => ({ groupId: "g", roleId: role.id })),
    });
    const found = findings(org, "cross-role-conflict");
    expect(found).toHaveLength(count);
    expect(found[0]?.roleIds).toEqual(["r0", ...roles.slice(1, LISTED_CONFLICTS_LIMIT + 1).map((role) => role.id)]);
    expect(found[0]?.message).toContain(`and ${LISTED_CONFLICTS_LIMIT - 5} more`);
    expect(found[7]?.roleIds).toEqual(["r7", ...["r0", "r1", "r2", "r3", "r4", "r5", "r6", "r8", "r9", "r10"]]);
  },
);

/** An org whose members u1 and u2, on Custom roles, are each alone in a group (g1 and g2, unless `over` gives groups). */
function twoMembers(over: Record<string, unknown>): Org {
  return orgOf({
    groups: [
      { id: "g1", name: "G1", source: "manual", members: ["u1"] },
      { id: "g2", name: "G2", source: "manual", members: ["u2"] },
    ],
    members: [
      { id: "u1", role: "custom" },
      { id: "u2", role: "custom" },
    ],
    ...over,
  });
}

test(`CON-13: roles held together in two large sets (over ${LARGE_SET} roles), some at the same levels, agree with the engine`, () => {
  const tools = Array.from({ length: LARGE_SET + 2 }, (_, i) => `t${i}`);
  // The last role grants the first role's tool (the two do not conflict); the one before grants nothing.
  const rowOf = (tool: string, i: number) =>
    i === tools.length - 2
      ? {}
      : { byConnector: { c: { custom: { [i === tools.length - 1 ? "t0" : tool]: "always" } } } };
  const roles = tools.map((tool, i) => ({
    id: `r${i}`,
    name: `R${i}`,
    capabilities: ["chat"],
    connectors: { all: "blocked", ...rowOf(tool, i) },
  }));
  const org = twoMembers({
    connectors: [{ id: "c", name: "C", tools }],
    roles,
    roleAssignments: [
      ...roles.map((role) => ({ groupId: "g1", roleId: role.id })),
      ...roles.slice(1).map((role) => ({ groupId: "g2", roleId: role.id })),
    ],
  });
  const found = findings(org, "cross-role-conflict");
  expect(found).toHaveLength(tools.length);
  for (const finding of found) {
    const [roleId = ""] = finding.roleIds;
    const engine = findCrossRoleConflicts(org, roleId, "c").connectors[0]?.sharedMembers.conflicts.map(
      (conflict) => conflict.roleId,
    );
    expect(finding.roleIds.slice(1)).toEqual(engine?.slice(0, LISTED_CONFLICTS_LIMIT));
  }
});

/** Each role's conflict finding names the engine's first conflicting roles, and only roles the engine finds conflicting have one (CON-13). */
function expectEngineConflicts(org: Org): void {
  const found = new Map(
    findings(org, "cross-role-conflict").map((finding) => [finding.roleIds[0], finding.roleIds.slice(1)]),
  );
  for (const role of org.roles) {
    const engine = findCrossRoleConflicts(org, role.id, "c").connectors[0]?.sharedMembers.conflicts ?? [];
    const expected = engine.map((conflict) => conflict.roleId).slice(0, LISTED_CONFLICTS_LIMIT);
    expect(found.get(role.id) ?? [], role.id).toEqual(expected);
  }
}

test(`CON-13: a large set (over ${LARGE_SET} roles) assigned out of org order, its levels in interleaved classes, agrees with the engine role by role`, () => {
  const count = LARGE_SET + 6;
  const tools = Array.from({ length: 13 }, (_, i) => `t${i}`);
  // Role i grants tool i mod 13, so 13 classes of equal rows interleave in org order; every 17th
  // role grants nothing on the connector, and every 11th grants the same tool at another level.
  const roles = Array.from({ length: count }, (_, i) => ({
    id: `r${i}`,
    name: `R${i}`,
    capabilities: ["chat"],
    connectors: {
      all: "blocked",
      ...(i % 17 === 5
        ? {}
        : { byConnector: { c: { custom: { [`t${i % 13}`]: i % 11 === 3 ? "approval" : "always" } } } }),
    },
  }));
  const org = twoMembers({
    connectors: [{ id: "c", name: "C", tools }],
    roles,
    // Assigned last role first, so that the roles a member holds come out of org order.
    roleAssignments: [
      ...[...roles].reverse().map((role) => ({ groupId: "g1", roleId: role.id })),
      ...roles.filter((_, i) => i % 3 !== 0).map((role) => ({ groupId: "g2", roleId: role.id })),
    ],
  });
  expectEngineConflicts(org);
});

/** Roles r0..r(n-1), each granting its own tool of connector `c` (so any two conflict), and the connector. */
function rolesEachOwnTool(count: number) {
  const tools = Array.from({ length: count }, (_, i) => `t${i}`);
  const roles = tools.map((tool, i) => ({
    id: `r${i}`,
    name: `R${i}`,
    capabilities: ["chat"],
    connectors: { all: "blocked", byConnector: { c: { custom: { [tool]: "always" } } } },
  }));
  return { roles, connectors: [{ id: "c", name: "C", tools }] };
}

test("CON-13: a role's first conflicting roles are the first in org order, whichever member's set lists them first", () => {
  const { roles, connectors } = rolesEachOwnTool(22);
  // u1, listed first, shares r0 with r12..r21; u2 shares it with r1..r11: r0 names r1..r10.
  const org = twoMembers({
    connectors,
    roles,
    roleAssignments: [
      ...["r0", ...roles.slice(12).map((role) => role.id)].map((roleId) => ({ groupId: "g1", roleId })),
      ...["r0", ...roles.slice(1, 12).map((role) => role.id)].map((roleId) => ({ groupId: "g2", roleId })),
    ],
  });
  expect(findings(org, "cross-role-conflict")[0]?.roleIds).toEqual(["r0", ...roles.slice(1, 11).map((r) => r.id)]);
  expectEngineConflicts(org);
});

test(`CON-13: a role met both in a small set and in a large one (over ${LARGE_SET} roles) is named once`, () => {
  const { roles, connectors } = rolesEachOwnTool(LARGE_SET + 6);
  const org = twoMembers({
    connectors,
    roles,
    roleAssignments: [
      ...roles.map((role) => ({ groupId: "g1", roleId: role.id })),
      { groupId: "g2", roleId: "r0" },
      { groupId: "g2", roleId: "r1" },
    ],
  });
  expect(findings(org, "cross-role-conflict")[0]?.roleIds).toEqual(["r0", ...roles.slice(1, 11).map((r) => r.id)]);
  expectEngineConflicts(org);
});

test("CON-13: conflict findings come by role, then by connector, in the org's order", () => {
  const row = (level: string) => ({ custom: { x: level } });
  const org = orgOf({
    connectors: [
      { id: "c2", name: "C2", tools: ["x"] },
      { id: "c1", name: "C1", tools: ["x"] },
    ],
    roles: ["always", "approval"].map((level, i) => ({
      id: `r${i}`,
      name: `R${i}`,
      capabilities: ["chat"],
      connectors: { all: "blocked", byConnector: { c1: row(level), c2: row(level) } },
    })),
    groups: [{ id: "g", name: "G", source: "manual", members: ["u1"] }],
    roleAssignments: [
      { groupId: "g", roleId: "r0" },
      { groupId: "g", roleId: "r1" },
    ],
    members: [{ id: "u1", role: "custom" }],
  });
  expect(findings(org, "cross-role-conflict").map((finding) => [finding.roleIds[0], finding.connectorIds[0]])).toEqual([
    ["r0", "c2"],
    ["r0", "c1"],
    ["r1", "c2"],
    ["r1", "c1"],
  ]);
});

test("CON-13: members whose groups' positions read alike when run together ([1, 123] and [11, 23]) hold different sets", () => {
  const groups = Array.from({ length: 124 }, (_, i) => ({
    id: `g${i}`,
    name: `G${i}`,
    source: "manual",
    members: i === 1 || i === 123 ? ["u1"] : i === 11 || i === 23 ? ["u2"] : [],
  }));
  const roleOf = (id: string, level: string) => ({
    id,
    name: id,
    capabilities: ["chat"],
    connectors: { all: "blocked", byConnector: { c: { custom: { t0: level } } } },
  });
  const org = twoMembers({
    connectors: [{ id: "c", name: "C", tools: ["t0"] }],
    roles: [roleOf("a", "always"), roleOf("b", "approval"), roleOf("x", "always"), roleOf("y", "approval")],
    groups,
    // u1 holds x and y, u2 holds a and b: each pair conflicts, and each must be seen.
    roleAssignments: [
      { groupId: "g1", roleId: "x" },
      { groupId: "g123", roleId: "y" },
      { groupId: "g11", roleId: "a" },
      { groupId: "g23", roleId: "b" },
    ],
  });
  expect(findings(org, "cross-role-conflict").map((finding) => finding.roleIds)).toEqual([
    ["a", "b"],
    ["b", "a"],
    ["x", "y"],
    ["y", "x"],
  ]);
  expectEngineConflicts(org);
});

test("AUD-1: messages stay short with very long ids and names, the ids themselves are kept whole", () => {
  const long = "x".repeat(100_000);
  const org = orgOf({
    roleAssignments: [{ groupId: long, roleId: "eng" }],
    members: [{ id: "u1", email: long, role: "custom" }],
  });
  const [finding] = findings(org, "dangling-reference");
  expect(finding?.groupIds).toEqual([long]);
  expect(finding?.message.length).toBeLessThan(400);
});

test("AUD-1: the example JSON of the fixtures is itself valid", () => {
  expect(() => parseOrg(baseJson())).not.toThrow();
});
