// The reference model checked on its own against the guide's examples (reference/rbac-setup-guide.txt),
// so that it can be trusted as the oracle of the differential tests.
import { describe, expect, it } from "vitest";
import type { CustomRole, Group, Member, Org } from "../../src/org.js";
import { modelCapabilityIds, modelHasCapability, modelLandingPage } from "./capabilities.js";
import { modelConflicts } from "./conflicts.js";
import { modelBuiltInRole, modelHeldRoles } from "./members.js";
import { modelSpendLimit } from "./spend.js";
import { modelClaudeCodeToolLevel, modelMenu, modelRoleToolLevel, modelToolLevel } from "./tools.js";

const JIRA = { id: "jira", name: "Jira", tools: ["search_issues", "create_issue", "add_comment"] };
const GITHUB = { id: "github", name: "GitHub", tools: ["search_code", "open_pr"] };

function role(
  id: string,
  capabilities: readonly string[],
  connectors: CustomRole["connectors"] = { all: "approval" },
): CustomRole {
  return { id, name: id, capabilities, connectors };
}

function group(id: string, members: readonly string[], source: Group["source"] = "manual"): Group {
  return { id, name: id, source, members };
}

function member(id: string, extra: Partial<Member> = {}): Member {
  return { id, role: "custom", ...extra };
}

/** An org of the guide's shape: everything on, connector permissions on, no roles. */
function org(overrides: Partial<Org> = {}): Org {
  return {
    id: "acme",
    billing: "usage",
    seatPlan: "standard",
    provisioning: "scim",
    capabilities: {
      chat: true,
      projects: true,
      memory: true,
      web_search: true,
      cowork: true,
      claude_code: true,
      fast_mode: true,
    },
    connectorPermissionsEnabled: true,
    connectors: [JIRA, GITHUB],
    roles: [],
    groups: [],
    roleAssignments: [],
    members: [],
    ...overrides,
  };
}

describe("CAP: the guide's capability examples", () => {
  // "Engineering gets Claude Code + Fast Mode and Marketing gets Cowork + Web Search."
  const acme = org({
    roles: [role("eng", ["chat", "claude_code", "fast_mode"]), role("mkt", ["chat", "cowork", "web_search"])],
    groups: [group("g-eng", ["ana"]), group("g-mkt", ["bo"]), group("g-all", ["ana", "bo", "cy"])],
    roleAssignments: [
      { groupId: "g-eng", roleId: "eng" },
      { groupId: "g-mkt", roleId: "mkt" },
    ],
    members: [
      member("ana"),
      member("bo"),
      member("cy"),
      member("uma", { role: "user" }),
      member("olga", { role: "owner" }),
    ],
  });

  it("CAP-4: Engineering gets Claude Code + Fast Mode, Marketing gets Cowork + Web Search", () => {
    expect(["claude_code", "fast_mode", "cowork", "web_search"].map((c) => modelHasCapability(acme, "ana", c))).toEqual(
      [true, true, false, false],
    );
    expect(["claude_code", "fast_mode", "cowork", "web_search"].map((c) => modelHasCapability(acme, "bo", c))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });

  it("CAP-4: Custom-roles members do not inherit org-enabled capabilities (Step 1 Important)", () => {
    expect(modelHasCapability(acme, "ana", "projects")).toBe(false);
    expect(modelHasCapability(acme, "uma", "projects")).toBe(true);
  });

  it("CAP-6: a Custom-roles member in no group with a role has nothing and lands on settings (FAQ)", () => {
    expect(modelCapabilityIds(acme).some((c) => modelHasCapability(acme, "cy", c))).toBe(false);
    expect(modelLandingPage(acme, "cy")).toBe("settings");
    expect(modelLandingPage(acme, "ana")).toBe("chat");
  });

  it("CAP-1: a feature off at org level is available to nobody, Owners included (FAQ main switch)", () => {
    const off = { ...acme, capabilities: { ...acme.capabilities, cowork: false } };
    expect(modelHasCapability(off, "bo", "cowork")).toBe(false);
    expect(modelHasCapability(off, "olga", "cowork")).toBe(false);
    expect(modelHasCapability(off, "olga", "memory")).toBe(true);
    expect(modelHasCapability({ ...acme, capabilities: {} }, "olga", "chat")).toBe(false);
  });

  it("CAP-2/CAP-3: Owners and Users have every org-enabled capability; custom roles do not affect them (FAQ)", () => {
    const withUserInGroup = {
      ...acme,
      groups: [...acme.groups, group("g-u", ["uma", "olga"])],
      roleAssignments: [...acme.roleAssignments, { groupId: "g-u", roleId: "eng" }],
    };
    for (const id of ["uma", "olga"]) {
      expect(modelHasCapability(withUserInGroup, id, "cowork")).toBe(true);
      expect(modelHasCapability(withUserInGroup, id, "code_execution")).toBe(false); // not on at org level
    }
  });

  it("CAP-5: permissions are additive across two groups with different roles (FAQ)", () => {
    const both = {
      ...acme,
      groups: [...acme.groups, group("g-both", ["cy"])],
      roleAssignments: [
        ...acme.roleAssignments,
        { groupId: "g-both", roleId: "eng" },
        { groupId: "g-both", roleId: "mkt" },
      ],
    };
    expect(["claude_code", "cowork", "web_search", "projects"].map((c) => modelHasCapability(both, "cy", c))).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it("CAP-8: a role without chat lands on settings, other products stay available (FAQ)", () => {
    const noChat = { ...acme, roles: [role("eng", ["claude_code"]), role("mkt", ["cowork"])] };
    expect(modelLandingPage(noChat, "bo")).toBe("settings");
    expect(modelHasCapability(noChat, "bo", "cowork")).toBe(true);
  });

  it("CAP-7: a Chat seat never has Claude Code; a seat grants nothing by itself (Dual-seat plans)", () => {
    const dual = org({
      seatPlan: "dual",
      roles: [role("eng", ["claude_code"])],
      groups: [group("g", ["a", "b", "c", "o"])],
      roleAssignments: [{ groupId: "g", roleId: "eng" }],
      members: [
        member("a", { seat: "chat" }),
        member("b", { seat: "chat-code" }),
        member("c"),
        member("o", { role: "owner" }),
      ],
    });
    expect(modelHasCapability(dual, "a", "claude_code")).toBe(false);
    expect(modelHasCapability(dual, "b", "claude_code")).toBe(true);
    expect(modelHasCapability(dual, "c", "claude_code")).toBe(false); // absent seat = chat
    expect(modelHasCapability(dual, "o", "claude_code")).toBe(false); // whatever the built-in role
    expect(modelHasCapability(dual, "b", "chat")).toBe(false); // the role does not grant chat
    expect(modelHasCapability({ ...dual, seatPlan: "standard" }, "c", "claude_code")).toBe(true);
  });

  it("GRP-1: a group member from a sibling org gets nothing here (Step 4 parent orgs)", () => {
    expect(modelHasCapability(acme, "x9", "chat")).toBe(false);
    const withSibling = { ...acme, groups: [group("g-eng", ["ana", "x9"])] };
    expect(modelHasCapability(withSibling, "x9", "chat")).toBe(false);
    expect(modelHeldRoles(withSibling, "x9")).toEqual([]);
    expect(modelToolLevel(withSibling, "x9", "jira", "search_issues")).toBe("blocked");
    expect(modelMenu(withSibling, "x9")).toEqual([]);
  });

  it("GRP-2: in invite-only and JIT orgs only manual groups count for custom roles (Step 4 Important)", () => {
    const scimGroup = { ...acme, groups: [group("g-eng", ["ana"], "scim")] };
    expect(modelHasCapability(scimGroup, "ana", "claude_code")).toBe(true);
    expect(modelHasCapability({ ...scimGroup, provisioning: "jit" }, "ana", "claude_code")).toBe(false);
    expect(modelHasCapability({ ...scimGroup, provisioning: "invite-only" }, "ana", "claude_code")).toBe(false);
  });

  it("GRP-3: with group mappings, Custom roles takes precedence over User; a Primary Owner never changes (Path A)", () => {
    const mapped = org({
      groups: [
        group("idp-custom", ["a", "p"], "scim"),
        group("idp-user", ["a", "b"], "scim"),
        group("idp-admin", ["c"], "scim"),
      ],
      groupMappings: {
        enabled: true,
        mappings: [
          { groupId: "idp-user", role: "user" },
          { groupId: "idp-custom", role: "custom" },
          { groupId: "idp-admin", role: "admin" },
        ],
      },
      members: [
        member("a", { role: "user" }),
        member("b", { role: "custom" }),
        member("c"),
        member("d", { role: "admin" }),
        member("p", { role: "primary-owner" }),
      ],
      provisioning: "jit", // mapped groups count whatever the provisioning mode
    });
    expect(["a", "b", "c", "d", "p"].map((id) => modelBuiltInRole(mapped, id))).toEqual([
      "custom",
      "user",
      "admin",
      "admin",
      "primary-owner",
    ]);
    expect(
      modelBuiltInRole(
        { ...mapped, groupMappings: { enabled: false, mappings: mapped.groupMappings?.mappings ?? [] } },
        "a",
      ),
    ).toBe("user");
  });
});

describe("CON: the guide's connector examples", () => {
  // "with Jira set to Custom, its search_issues tool set to Needs approval, and every other Jira tool
  // set to Blocked, members with the role can search Jira but nothing else."
  const searchOnly = role("support", ["chat"], {
    all: "blocked",
    byConnector: { jira: { custom: { search_issues: "approval" } } },
  });
  const acme = org({
    roles: [searchOnly, role("eng", ["chat"], { all: "always" })],
    groups: [group("g-sup", ["sam", "both"]), group("g-eng", ["eve", "both"])],
    roleAssignments: [
      { groupId: "g-sup", roleId: "support" },
      { groupId: "g-eng", roleId: "eng" },
    ],
    members: [member("sam"), member("eve"), member("both"), member("nobody"), member("uma", { role: "user" })],
  });

  it("CON-2: Jira set to Custom with only search_issues = Needs approval: search Jira but nothing else", () => {
    expect(JIRA.tools.map((t) => modelToolLevel(acme, "sam", "jira", t))).toEqual(["approval", "blocked", "blocked"]);
    expect(GITHUB.tools.map((t) => modelToolLevel(acme, "sam", "github", t))).toEqual(["blocked", "blocked"]);
    expect(modelMenu(acme, "sam")).toEqual(["jira"]); // CON-10
  });

  it("CON-3: blocking a connector in one role has no effect on a member holding another role that grants it (FAQ)", () => {
    expect(JIRA.tools.map((t) => modelToolLevel(acme, "both", "jira", t))).toEqual(["always", "always", "always"]);
  });

  it("CON-4: the org policy is the ceiling; a role's always under a Needs approval policy is Needs approval (FAQ)", () => {
    const capped = {
      ...acme,
      toolPolicy: {
        jira: { tools: { create_issue: "approval" as const } },
        github: { level: "blocked" as const, tools: { search_code: "always" as const } },
      },
    };
    expect(JIRA.tools.map((t) => modelToolLevel(capped, "eve", "jira", t))).toEqual(["always", "approval", "always"]);
    expect(GITHUB.tools.map((t) => modelToolLevel(capped, "eve", "github", t))).toEqual(["always", "blocked"]);
    expect(GITHUB.tools.map((t) => modelToolLevel(capped, "uma", "github", t))).toEqual(["always", "blocked"]); // CON-5
  });

  it("CON-5/CON-6: Users get the policy level; with connector permissions off everyone does", () => {
    expect(modelToolLevel(acme, "uma", "jira", "create_issue")).toBe("always");
    expect(modelToolLevel(acme, "nobody", "jira", "create_issue")).toBe("blocked"); // Custom roles, no role
    const off = { ...acme, connectorPermissionsEnabled: false };
    expect(modelToolLevel(off, "nobody", "jira", "create_issue")).toBe("always");
    expect(modelToolLevel(off, "sam", "github", "open_pr")).toBe("always");
  });

  it("CON-2/CON-9: a new role's Needs approval covers every connector; All connectors = Custom blocks a new one (FAQ)", () => {
    const fresh = role("new", ["chat"]);
    expect(modelRoleToolLevel(fresh, "slack", "post")).toBe("approval");
    const custom = role("c", ["chat"], { all: { custom: {} }, byConnector: { jira: "always" } });
    expect(modelRoleToolLevel(custom, "jira", "create_issue")).toBe("always");
    expect(modelRoleToolLevel(custom, "slack", "post")).toBe("blocked");
  });

  it("CON-7: a connector not added, or a tool it does not list, is unavailable to everyone", () => {
    expect(modelToolLevel(acme, "uma", "slack", "post")).toBe("blocked");
    expect(modelToolLevel(acme, "eve", "jira", "delete_project")).toBe("blocked");
  });

  it("CON-12: the org policy narrows Claude Code while connector permissions are on; most-restrictive with Managed Settings", () => {
    const capped = { ...acme, toolPolicy: { jira: { level: "approval" as const } } };
    expect(modelClaudeCodeToolLevel(capped, "jira", "search_issues", "always")).toBe("approval");
    expect(modelClaudeCodeToolLevel(capped, "github", "open_pr", "approval")).toBe("approval");
    expect(modelClaudeCodeToolLevel(capped, "slack", "post", "always")).toBe("blocked");
    const off = { ...capped, connectorPermissionsEnabled: false };
    expect(modelClaudeCodeToolLevel(off, "jira", "search_issues", "always")).toBe("always");
    expect(modelClaudeCodeToolLevel(off, "slack", "post", "approval")).toBe("approval");
  });

  it("CON-13: the conflict warning names the other roles that grant the connector and the most permissive applies", () => {
    const report = modelConflicts(acme, "support", "jira");
    expect(report?.levels.map((l) => l.level)).toEqual(["approval", "blocked", "blocked"]);
    expect(report?.allRoles.conflicts.map((c) => c.roleId)).toEqual(["eng"]);
    expect(report?.allRoles.applying.map((l) => l.level)).toEqual(["always", "always", "always"]);
    expect(report?.sharedMembers.conflicts.map((c) => c.roleId)).toEqual(["eng"]); // "both" holds both
    const apart = { ...acme, groups: [group("g-sup", ["sam"]), group("g-eng", ["eve"])] };
    expect(modelConflicts(apart, "support", "jira")?.sharedMembers).toEqual({
      conflicts: [],
      applying: [
        { tool: "search_issues", level: "approval" },
        { tool: "create_issue", level: "blocked" },
        { tool: "add_comment", level: "blocked" },
      ],
    });
    // A role that does not grant the connector at all is no conflict (eng sees support blocked on GitHub).
    expect(modelConflicts(acme, "eng", "github")?.allRoles.conflicts).toEqual([]);
    expect(modelConflicts(acme, "nope", "jira")).toBeUndefined();
    expect(modelConflicts(acme, "eng", "slack")).toBeUndefined();
  });
});

describe("SPD: the guide's spend-limit precedence (Step 8)", () => {
  const acme = org({
    groups: [group("g-lo", ["a", "b", "c"], "scim"), group("g-hi", ["a", "b", "c"]), group("g-none", ["d"])],
    members: [member("a"), member("b", { spendLimit: 9000 }), member("c", { spendLimit: 100 }), member("d")],
    provisioning: "invite-only", // scim groups still count for spend limits (GRP-2 Decision)
    spend: {
      groupLimits: [
        { groupId: "g-lo", limit: 1000 },
        { groupId: "g-hi", limit: 3000 },
      ],
    },
  });

  it("SPD-3: the lowest group limit by default, the highest when chosen", () => {
    expect(modelSpendLimit(acme, "a")).toEqual({ status: "limited", limit: 1000, source: "group", groupId: "g-lo" });
    const highest = { ...acme, spend: { ...acme.spend, multiGroup: "highest" as const } };
    expect(modelSpendLimit(highest, "a")).toEqual({ status: "limited", limit: 3000, source: "group", groupId: "g-hi" });
  });

  it("SPD-2: individual limits always override group limits, regardless of which is higher", () => {
    expect(modelSpendLimit(acme, "b")).toEqual({ status: "limited", limit: 9000, source: "individual", groupId: null });
    expect(modelSpendLimit(acme, "c")).toEqual({ status: "limited", limit: 100, source: "individual", groupId: null });
  });

  it("SPD-4: org-wide limits remain the hard ceiling; a tie names the individual or group source", () => {
    const ceiling = { ...acme, spend: { ...acme.spend, orgLimit: 3000 } };
    expect(modelSpendLimit(ceiling, "b")).toEqual({ status: "limited", limit: 3000, source: "org", groupId: null });
    expect(modelSpendLimit(ceiling, "d")).toEqual({ status: "limited", limit: 3000, source: "org", groupId: null });
    const highest = { ...ceiling, spend: { ...ceiling.spend, multiGroup: "highest" as const } };
    expect(modelSpendLimit(highest, "a")).toEqual({ status: "limited", limit: 3000, source: "group", groupId: "g-hi" });
    expect(modelSpendLimit(acme, "d")).toEqual({ status: "unlimited", limit: null, source: null, groupId: null });
  });

  it("SPD-1: spend limits are relevant only for usage-based billing orgs; an unknown member is said so", () => {
    expect(modelSpendLimit({ ...acme, billing: "seat" }, "a").status).toBe("not-applicable");
    expect(modelSpendLimit(acme, "x9")).toEqual({ status: "unknown-member", limit: null, source: null, groupId: null });
  });

  it("SPD-3: several groups tied on the chosen limit name the first in groupLimits order", () => {
    const tie = {
      ...acme,
      spend: {
        groupLimits: [
          { groupId: "g-hi", limit: 5 },
          { groupId: "g-lo", limit: 5 },
        ],
      },
    };
    expect(modelSpendLimit(tie, "a")).toEqual({ status: "limited", limit: 5, source: "group", groupId: "g-hi" });
  });
});

describe("SPEC §1: hostile ids are ids like any other in the model", () => {
  it("a role row keyed __proto__ is read as an own property, never through the prototype", () => {
    const connectors = JSON.parse(
      '{"all":"blocked","byConnector":{"__proto__":{"custom":{"constructor":"always"}}}}',
    ) as CustomRole["connectors"];
    const r = role("toString", ["__proto__"], connectors);
    expect(modelRoleToolLevel(r, "__proto__", "constructor")).toBe("always");
    expect(modelRoleToolLevel(r, "__proto__", "toString")).toBe("blocked");
    expect(modelRoleToolLevel(r, "constructor", "toString")).toBe("blocked");
    expect(
      modelRoleToolLevel(role("x", [], { all: { custom: {} }, byConnector: {} }), "hasOwnProperty", "valueOf"),
    ).toBe("blocked");
    const o = org({
      capabilities: JSON.parse('{"__proto__":true}') as Org["capabilities"],
      members: [member("constructor", { role: "user" })],
    });
    expect(modelHasCapability(o, "constructor", "__proto__")).toBe(true);
    expect(modelHasCapability(o, "constructor", "toString")).toBe(false);
    expect(modelHasCapability(o, "toString", "__proto__")).toBe(false);
  });
});
