// Each rule of SPEC §1 that parseOrg enforces, with the code and the path it reports (IN-1); and
// what it must accept: dangling references and harmless repeats (IN-2), absent optional fields.
import { describe, expect, it } from "vitest";
import { parseOrg, resolveAccess, safeParseOrg, type ValidationIssue } from "../../src/index.js";
import { minimalOrg, removeAt, setAt, specExample, type JsonPath } from "./fixtures.js";

function issuesOf(doc: unknown): readonly Pick<ValidationIssue, "code" | "pathText">[] {
  const result = safeParseOrg(doc);
  return result.ok ? [] : result.error.issues.map(({ code, pathText }) => ({ code, pathText }));
}

const set = (path: JsonPath, value: unknown) => setAt(specExample(), path, value);

describe("IN-1: every refusal has its code and path", () => {
  const cases: readonly (readonly [string, unknown, string, string])[] = [
    ["a number as the org id", set(["id"], 1), "invalid_type", "id"],
    ["an empty org id", set(["id"], ""), "empty_id", "id"],
    ["an empty parent org id", set(["parentId"], ""), "empty_id", "parentId"],
    ["billing by the month", set(["billing"], "monthly"), "unknown_billing", "billing"],
    ["a triple seat plan", set(["seatPlan"], "triple"), "unknown_seat_plan", "seatPlan"],
    ["LDAP provisioning", set(["provisioning"], "ldap"), "unknown_provisioning", "provisioning"],
    ["a capability switch as a string", set(["capabilities", "chat"], "true"), "invalid_type", "capabilities.chat"],
    ["a capability switch as 1", set(["capabilities", "chat"], 1), "invalid_type", "capabilities.chat"],
    ["an empty capability id as a key", set(["capabilities", ""], true), "empty_id", 'capabilities[""]'],
    [
      "connector permissions as a string",
      set(["connectorPermissionsEnabled"], "yes"),
      "invalid_type",
      "connectorPermissionsEnabled",
    ],
    ["connectors as an object", set(["connectors"], {}), "invalid_type", "connectors"],
    [
      "a connector without tools",
      removeAt(specExample(), ["connectors", 0, "tools"]),
      "missing_property",
      "connectors[0].tools",
    ],
    ["an empty tool name", set(["connectors", 0, "tools", 1], ""), "empty_id", "connectors[0].tools[1]"],
    [
      "a tool listed twice",
      set(["connectors", 0, "tools", 1], "search_issues"),
      "duplicate_tool",
      "connectors[0].tools[1]",
    ],
    [
      "a policy level that is no level",
      set(["toolPolicy", "jira", "level"], "ask"),
      "unknown_level",
      "toolPolicy.jira.level",
    ],
    [
      "a policy tool level that is no level",
      set(["toolPolicy", "jira", "tools", "create_issue"], "Always"),
      "unknown_level",
      "toolPolicy.jira.tools.create_issue",
    ],
    ["an empty connector id in the policy", set(["toolPolicy", ""], {}), "empty_id", 'toolPolicy[""]'],
    [
      "an empty tool name in the policy",
      set(["toolPolicy", "jira", "tools", ""], "always"),
      "empty_id",
      'toolPolicy.jira.tools[""]',
    ],
    ["a role without a name", removeAt(specExample(), ["roles", 0, "name"]), "missing_property", "roles[0].name"],
    [
      "role capabilities as an object",
      set(["roles", 0, "capabilities"], { chat: true }),
      "invalid_type",
      "roles[0].capabilities",
    ],
    [
      "an empty capability id in a role",
      set(["roles", 0, "capabilities", 0], ""),
      "empty_id",
      "roles[0].capabilities[0]",
    ],
    [
      "a role without the All connectors row",
      removeAt(specExample(), ["roles", 0, "connectors", "all"]),
      "missing_property",
      "roles[0].connectors.all",
    ],
    [
      "`allow` on the All connectors row",
      set(["roles", 0, "connectors", "all"], "allow"),
      "unknown_level",
      "roles[0].connectors.all",
    ],
    [
      "a number on the All connectors row",
      set(["roles", 0, "connectors", "all"], 2),
      "invalid_type",
      "roles[0].connectors.all",
    ],
    [
      "a tool on the All connectors row",
      set(["roles", 0, "connectors", "all"], { custom: { search_issues: "always" } }),
      "tools_under_all_connectors",
      "roles[0].connectors.all.custom.search_issues",
    ],
    [
      "Custom on the All connectors row without its object",
      set(["roles", 0, "connectors", "all"], { custom: "none" }),
      "invalid_type",
      "roles[0].connectors.all.custom",
    ],
    [
      "an empty Custom object on the All connectors row",
      set(["roles", 0, "connectors", "all"], {}),
      "missing_property",
      "roles[0].connectors.all.custom",
    ],
    [
      "a row that is neither a level nor Custom",
      set(["roles", 0, "connectors", "byConnector", "github"], true),
      "invalid_type",
      "roles[0].connectors.byConnector.github",
    ],
    [
      "a Custom row with a bad level",
      set(["roles", 0, "connectors", "byConnector", "jira", "custom", "search_issues"], "ask"),
      "unknown_level",
      "roles[0].connectors.byConnector.jira.custom.search_issues",
    ],
    [
      "a Custom row with an empty tool",
      set(["roles", 0, "connectors", "byConnector", "jira", "custom", ""], "always"),
      "empty_id",
      'roles[0].connectors.byConnector.jira.custom[""]',
    ],
    [
      "an empty connector id as a row",
      set(["roles", 0, "connectors", "byConnector", ""], "always"),
      "empty_id",
      'roles[0].connectors.byConnector[""]',
    ],
    [
      "a Custom row with another property",
      set(["roles", 0, "connectors", "byConnector", "jira", "level"], "always"),
      "unknown_property",
      "roles[0].connectors.byConnector.jira.level",
    ],
    ["a group from LDAP", set(["groups", 0, "source"], "ldap"), "unknown_group_source", "groups[0].source"],
    ["an empty member id in a group", set(["groups", 0, "members", 2], ""), "empty_id", "groups[0].members[2]"],
    [
      "an assignment without a role",
      removeAt(specExample(), ["roleAssignments", 0, "roleId"]),
      "missing_property",
      "roleAssignments[0].roleId",
    ],
    [
      "an assignment to the empty group id",
      set(["roleAssignments", 0, "groupId"], ""),
      "empty_id",
      "roleAssignments[0].groupId",
    ],
    [
      "a mapping to Primary Owner",
      set(["groupMappings", "mappings", 0, "role"], "primary-owner"),
      "unknown_mapped_role",
      "groupMappings.mappings[0].role",
    ],
    [
      "mappings switched on by a string",
      set(["groupMappings", "enabled"], "true"),
      "invalid_type",
      "groupMappings.enabled",
    ],
    [
      "group mapping rows as an object",
      set(["groupMappings", "mappings"], {}),
      "invalid_type",
      "groupMappings.mappings",
    ],
    ["a superuser", set(["members", 0, "role"], "superuser"), "unknown_built_in_role", "members[0].role"],
    ["a code seat", set(["members", 0, "seat"], "code"), "unknown_seat", "members[0].seat"],
    ["a member without a role", removeAt(specExample(), ["members", 0, "role"]), "missing_property", "members[0].role"],
    ["an email that is a number", set(["members", 0, "email"], 1), "invalid_type", "members[0].email"],
    ["a typo of spendLimit", set(["members", 0, "spendLimt"], 100), "unknown_property", "members[0].spendLimt"],
    [
      "a highest-but-one multi-group rule",
      set(["spend", "multiGroup"], "median"),
      "unknown_multi_group",
      "spend.multiGroup",
    ],
    [
      "a group limit without a group",
      removeAt(specExample(), ["spend", "groupLimits", 0, "groupId"]),
      "missing_property",
      "spend.groupLimits[0].groupId",
    ],
    ["spend as an array", set(["spend"], []), "invalid_type", "spend"],
    ["an unknown top-level property", set(["owner"], "ana"), "unknown_property", "owner"],
    [
      "an unknown property in a policy entry",
      set(["toolPolicy", "jira", "levels"], "always"),
      "unknown_property",
      "toolPolicy.jira.levels",
    ],
  ];
  it.each(cases)("%s", (_name, doc, code, pathText) => {
    expect(issuesOf(doc)).toEqual([{ code, pathText }]);
  });

  it.each([
    ["roles", { id: "eng", name: "Again", capabilities: [], connectors: { all: "blocked" } }],
    ["groups", { id: "g-eng", name: "Again", source: "manual", members: [] }],
    ["members", { id: "u1", role: "user" }],
    ["connectors", { id: "jira", name: "Jira again", tools: [] }],
  ])("two %s with one id: duplicate_id at the second", (list, item) => {
    const doc = specExample();
    expect(issuesOf({ ...doc, [list]: [...(doc[list] as unknown[]), item] })).toEqual([
      { code: "duplicate_id", pathText: `${list}[1].id` },
    ]);
  });

  it("two limits for one group are ambiguous: duplicate_group_limit at the second", () => {
    const doc = set(["spend", "groupLimits", 1], { groupId: "g-eng", limit: 3000 });
    expect(issuesOf(doc)).toEqual([{ code: "duplicate_group_limit", pathText: "spend.groupLimits[1].groupId" }]);
  });

  describe("money is a non-negative whole number of minor units", () => {
    const places: readonly (readonly [JsonPath, string])[] = [
      [["members", 0, "spendLimit"], "members[0].spendLimit"],
      [["spend", "orgLimit"], "spend.orgLimit"],
      [["spend", "groupLimits", 0, "limit"], "spend.groupLimits[0].limit"],
    ];
    const bad: readonly unknown[] = [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      -1,
      -0.5,
      0.5,
      1999.99,
      2 ** 53,
      "5000",
      null,
      true,
      [5000],
      { cents: 5000 },
    ];
    for (const [path, text] of places) {
      it.each(bad.map((value) => [String(value), value]))(`${text} = %s is refused`, (_name, value) => {
        expect(issuesOf(set(path, value))).toEqual([{ code: "invalid_money", pathText: text }]);
      });
      it.each([0, 1, 5000, Number.MAX_SAFE_INTEGER])(`${text} = %s is accepted`, (value) => {
        expect(issuesOf(set(path, value))).toEqual([]);
      });
      it(`${text} = -0 is accepted as 0: no -0 is kept`, () => {
        const org = parseOrg(set(path, -0));
        const limit =
          path[0] === "members"
            ? org.members[0]?.spendLimit
            : path[1] === "orgLimit"
              ? org.spend?.orgLimit
              : org.spend?.groupLimits?.[0]?.limit;
        expect(Object.is(limit, 0)).toBe(true);
        expect(JSON.stringify(org)).toBe(JSON.stringify(set(path, 0)));
      });
    }
  });
});

describe("IN-2: what is not an error", () => {
  it("accepts SPEC §1's example, which has a row for a connector not added (github) and a group member of another org (x9)", () => {
    expect(parseOrg(specExample())).toEqual(specExample());
  });

  it("accepts dangling references of every kind", () => {
    const doc = {
      ...specExample(),
      roleAssignments: [
        { groupId: "no-such-group", roleId: "eng" },
        { groupId: "g-eng", roleId: "no-such-role" },
      ],
      groupMappings: { enabled: true, mappings: [{ groupId: "no-such-group", role: "admin" }] },
      toolPolicy: { slack: { level: "blocked" }, jira: { tools: { no_such_tool: "blocked" } } },
      groups: [{ id: "g-eng", name: "Engineering", source: "scim", members: ["u1", "u-of-a-sibling-org"] }],
      spend: { groupLimits: [{ groupId: "no-such-group", limit: 100 }] },
    };
    const withCustomTool = setAt(
      doc,
      ["roles", 0, "connectors", "byConnector", "jira", "custom", "not_a_jira_tool"],
      "always",
    );
    expect(parseOrg(withCustomTool)).toEqual(withCustomTool);
  });

  it("accepts repeats that are harmless sets: assignments, group members, role capabilities", () => {
    const doc = {
      ...specExample(),
      roleAssignments: [
        { groupId: "g-eng", roleId: "eng" },
        { groupId: "g-eng", roleId: "eng" },
      ],
    };
    const repeated = setAt(
      setAt(doc, ["groups", 0, "members"], ["u1", "u1"]),
      ["roles", 0, "capabilities"],
      ["chat", "chat"],
    );
    expect(parseOrg(repeated)).toEqual(repeated);
  });

  it("accepts unknown capability ids, at org level and in roles", () => {
    const doc = setAt(set(["capabilities", "teleport"], true), ["roles", 0, "capabilities"], ["teleport"]);
    expect(parseOrg(doc)).toEqual(doc);
  });

  it("accepts empty names and any email text: only ids must be non-empty", () => {
    const doc = setAt(
      setAt(set(["roles", 0, "name"], ""), ["members", 0, "email"], "not an email"),
      ["connectors", 0, "name"],
      "",
    );
    expect(parseOrg(doc)).toEqual(doc);
  });

  it("does not fill defaults: absent optional fields stay absent", () => {
    const org = parseOrg({
      ...minimalOrg(),
      roles: [{ id: "r", name: "R", capabilities: [], connectors: { all: "approval" } }],
      toolPolicy: { jira: {} },
      spend: {},
      members: [{ id: "u", role: "custom" }],
    });
    expect(Object.keys(org.roles[0]?.connectors ?? {})).toEqual(["all"]);
    expect(org.toolPolicy).toEqual({ jira: {} });
    expect(org.spend).toEqual({});
    expect(Object.keys(org.members[0] ?? {})).toEqual(["id", "role"]);
    expect(Object.keys(parseOrg(minimalOrg())).sort()).toEqual(Object.keys(minimalOrg()).sort());
  });

  it("SPEC §1: group mappings may leave out `enabled` (default false) and `mappings` (default []), and stay as written", () => {
    for (const groupMappings of [
      {},
      { enabled: true },
      { mappings: [{ groupId: "g-eng", role: "admin" }] },
      { enabled: false, mappings: [] },
    ]) {
      const org = parseOrg({ ...minimalOrg(), groupMappings });
      expect(org.groupMappings).toEqual(groupMappings);
      expect(Object.keys(org.groupMappings ?? { none: true })).toEqual(Object.keys(groupMappings));
    }
  });

  it("GRP-3: mappings switched on without rows map nobody: every member keeps the stored role", () => {
    const groups = [{ id: "g-eng", name: "Engineering", source: "scim", members: ["u1"] }];
    const on = parseOrg({
      ...minimalOrg(),
      groups,
      groupMappings: { enabled: true },
      members: [{ id: "u1", role: "user" }],
    });
    expect(resolveAccess(on, "u1").builtInRole).toBe("user");
    const mapped = parseOrg({
      ...minimalOrg(),
      groups,
      groupMappings: { enabled: true, mappings: [{ groupId: "g-eng", role: "admin" }] },
      members: [{ id: "u1", role: "user" }],
    });
    expect(resolveAccess(mapped, "u1").builtInRole).toBe("admin");
  });

  it("accepts the All connectors row set to Custom as exactly { custom: {} }", () => {
    const doc = set(["roles", 0, "connectors", "all"], { custom: {} });
    expect(parseOrg(doc)).toEqual(doc);
  });

  it("a property whose value is undefined is not absent: JSON has no undefined, so it is refused", () => {
    expect(issuesOf({ ...specExample(), parentId: undefined })).toEqual([
      { code: "invalid_type", pathText: "parentId" },
    ]);
  });
});
