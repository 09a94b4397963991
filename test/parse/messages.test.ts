// The words people read when an org file is wrong (IN-1), pinned: each issue says what was expected,
// what was found and where; the error message lists them all.
import { describe, expect, it } from "vitest";
import {
  OrgValidationError,
  formatValidationIssues,
  parseOrg,
  safeParseOrg,
  type ValidationIssue,
} from "../../src/index.js";
import { formatPath } from "../../src/parse/issues.js";
import { minimalOrg, removeAt, setAt, specExample } from "./fixtures.js";

function issues(doc: unknown): readonly ValidationIssue[] {
  const result = safeParseOrg(doc);
  if (result.ok) throw new Error("expected an invalid org");
  return result.error.issues;
}

/** The smallest org with one more property, of the given name. */
function minimalOrgWith(key: string): Record<string, unknown> {
  return Object.fromEntries([...Object.entries(minimalOrg()), [key, "seat"]]);
}

function lines(doc: unknown): string {
  return formatValidationIssues(issues(doc));
}

describe("validation messages (IN-1)", () => {
  it("the guide's level words: a level that is not one of the three names them all", () => {
    const doc = setAt(specExample(), ["roles", 0, "connectors", "all"], "allow");
    expect(issues(doc)).toMatchInlineSnapshot(`
      [
        {
          "code": "unknown_level",
          "expected": "one of "always", "approval", "blocked"",
          "message": "expected one of "always", "approval", "blocked", received "allow"",
          "path": [
            "roles",
            0,
            "connectors",
            "all",
          ],
          "pathText": "roles[0].connectors.all",
          "received": ""allow"",
        },
      ]
    `);
    expect(lines(doc)).toMatchInlineSnapshot(
      `"✖ expected one of "always", "approval", "blocked", received "allow" → at roles[0].connectors.all"`,
    );
  });

  it("the error message starts with a count and lists every issue, one line each", () => {
    const doc = { ...specExample(), billing: "monthly", members: [{ id: "u-zoe", role: "superuser", spendLimt: 500 }] };
    expect(() => parseOrg(doc)).toThrowErrorMatchingInlineSnapshot(`
      [OrgValidationError: invalid org: 3 issues
      ✖ expected one of "seat", "usage", received "monthly" → at billing
      ✖ unknown property "spendLimt": did you mean "spendLimit"? → at members[0].spendLimt
      ✖ expected one of "primary-owner", "owner", "admin", "user", "custom", received "superuser" → at members[0].role]
    `);
    try {
      parseOrg(doc);
    } catch (error) {
      expect(error).toBeInstanceOf(OrgValidationError);
      expect(error).toBeInstanceOf(Error);
      expect((error as OrgValidationError).name).toBe("OrgValidationError");
      expect((error as OrgValidationError).issues).toHaveLength(3);
    }
  });

  it("one issue reads `1 issue`", () => {
    expect(() => parseOrg({ ...specExample(), seatPlan: "legacy" })).toThrowErrorMatchingInlineSnapshot(`
      [OrgValidationError: invalid org: 1 issue
      ✖ expected one of "standard", "dual", received "legacy" → at seatPlan]
    `);
  });

  it("each code has its own wording", () => {
    const doc = JSON.parse(`{
      "id": "", "billing": "usage", "seatPlan": "dual", "provisioning": "sso", "capabilities": { "chat": "yes", "": true },
      "connectorPermissionsEnabled": 1,
      "connectors": [{ "id": "jira", "name": "Jira", "tools": ["search", "search"] }, { "id": "jira", "name": "Jira 2", "tools": [] }],
      "toolPolicy": { "jira": { "level": "ask", "tools": { "search": null } } },
      "roles": [{ "id": "eng", "name": "Eng", "capabilities": ["chat", ""], "connectors": { "all": { "custom": { "search": "always" } }, "byConnector": { "a.b": 3 } } }],
      "groups": [{ "id": "g", "name": "G", "source": "ldap", "members": ["u1"] }],
      "roleAssignments": [{ "groupId": "g" }],
      "groupMappings": { "enabled": true, "mappings": [{ "groupId": "g", "role": "primary-owner" }] },
      "members": [{ "id": "u1", "role": "custom", "seat": "code", "spendLimt": 500, "spendLimit": -1 }, { "id": "u2", "role": "user", "spendLimit": "500" }],
      "spend": { "orgLimit": 1.5, "multiGroup": "max", "groupLimits": [{ "groupId": "g", "limit": 1 }, { "groupId": "g", "limit": 2 }] },
      "extra": true
    }`);
    expect(lines(doc)).toMatchInlineSnapshot(`
      "✖ unknown property "extra": expected one of "id", "parentId", "billing", "seatPlan", "provisioning", "capabilities", "connectorPermissionsEnabled", "connectors", "toolPolicy", "roles", "groups", "roleAssignments", "groupMappings", "members", "spend" → at extra
      ✖ expected a non-empty org id, received "" → at id
      ✖ expected one of "invite-only", "jit", "scim", received "sso" → at provisioning
      ✖ expected true or false, received "yes" → at capabilities.chat
      ✖ expected a non-empty capability id, received "" → at capabilities[""]
      ✖ expected true or false, received 1 → at connectorPermissionsEnabled
      ✖ tool "search" listed twice: connectors[0].tools[0] lists it already, list each tool once → at connectors[0].tools[1]
      ✖ duplicate connector id "jira": connectors[0] has it already, give each of the connectors its own id → at connectors[1].id
      ✖ expected one of "always", "approval", "blocked", received "ask" → at toolPolicy.jira.level
      ✖ expected one of "always", "approval", "blocked", received null → at toolPolicy.jira.tools.search
      ✖ expected a non-empty capability id, received "" → at roles[0].capabilities[1]
      ✖ unexpected tool "search" on the All connectors row: Custom there holds no tools, set the tool on its connector's own row in "byConnector" → at roles[0].connectors.all.custom.search
      ✖ expected one of "always", "approval", "blocked", or { "custom": { tool name: level } } (Custom), received 3 → at roles[0].connectors.byConnector["a.b"]
      ✖ expected one of "manual", "scim", received "ldap" → at groups[0].source
      ✖ missing required property "roleId": expected a non-empty role id → at roleAssignments[0].roleId
      ✖ expected one of "custom", "user", "admin", "owner", received "primary-owner" → at groupMappings.mappings[0].role
      ✖ unknown property "spendLimt": did you mean "spendLimit"? → at members[0].spendLimt
      ✖ expected one of "chat", "chat-code", received "code" → at members[0].seat
      ✖ expected a whole number of minor units (cents), 0 or more, received -1 → at members[0].spendLimit
      ✖ expected a whole number of minor units (cents), 0 or more, received "500" → at members[1].spendLimit
      ✖ expected a whole number of minor units (cents), 0 or more, received 1.5 → at spend.orgLimit
      ✖ expected one of "lowest", "highest", received "max" → at spend.multiGroup
      ✖ second spend limit for group "g": spend.groupLimits[0] sets one already, keep one limit per group → at spend.groupLimits[1].groupId"
    `);
    expect(new Set(issues(doc).map((i) => i.code))).toMatchInlineSnapshot(`
      Set {
        "unknown_property",
        "empty_id",
        "unknown_provisioning",
        "invalid_type",
        "duplicate_tool",
        "duplicate_id",
        "unknown_level",
        "tools_under_all_connectors",
        "unknown_group_source",
        "missing_property",
        "unknown_mapped_role",
        "unknown_seat",
        "invalid_money",
        "unknown_multi_group",
        "duplicate_group_limit",
      }
    `);
  });

  it("a document that is not an object has an issue without a path", () => {
    expect(lines([])).toMatchInlineSnapshot(`"✖ expected an object, received an array"`);
    expect(lines("org")).toMatchInlineSnapshot(`"✖ expected an object, received "org""`);
    expect(issues(null)[0]?.pathText).toBe("");
  });

  it("a missing property says what it must be; a typo of a property name gets a suggestion", () => {
    expect(lines(setAt(removeAt(specExample(), ["billing"]), ["biling"], "seat"))).toMatchInlineSnapshot(`
      "✖ unknown property "biling": did you mean "billing"? → at biling
      ✖ missing required property "billing": expected one of "seat", "usage" → at billing"
    `);
    expect(lines(minimalOrgWith("b".repeat(41) + "illing"))).toMatchInlineSnapshot(
      `"✖ unknown property "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbilling": expected one of "id", "parentId", "billing", "seatPlan", "provisioning", "capabilities", "connectorPermissionsEnabled", "connectors", "toolPolicy", "roles", "groups", "roleAssignments", "groupMappings", "members", "spend" → at bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbilling"`,
    );
    expect(lines({ ...specExample(), somethingElse: 1 })).toMatchInlineSnapshot(
      `"✖ unknown property "somethingElse": expected one of "id", "parentId", "billing", "seatPlan", "provisioning", "capabilities", "connectorPermissionsEnabled", "connectors", "toolPolicy", "roles", "groups", "roleAssignments", "groupMappings", "members", "spend" → at somethingElse"`,
    );
  });

  it("long strings are cut, and odd values are named by kind, never by an internal type", () => {
    const doc = {
      ...specExample(),
      id: 7,
      parentId: undefined,
      billing: "x".repeat(100),
      seatPlan: () => "dual",
      provisioning: new Map(),
      capabilities: [],
      connectorPermissionsEnabled: 10n,
    };
    expect(lines(doc)).toMatchInlineSnapshot(`
      "✖ expected a non-empty org id, received 7 → at id
      ✖ expected a non-empty org id, received undefined → at parentId
      ✖ expected one of "seat", "usage", received "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"… (100 characters) → at billing
      ✖ expected one of "standard", "dual", received a function → at seatPlan
      ✖ expected one of "invite-only", "jit", "scim", received an object that is not plain JSON → at provisioning
      ✖ expected an object keyed by capability id, received an array → at capabilities
      ✖ expected true or false, received a bigint → at connectorPermissionsEnabled"
    `);
  });

  it("a path quotes keys that are not identifiers, and indexes go in brackets", () => {
    expect(formatPath(["roles", 2, "connectors", "byConnector", "jira"])).toBe("roles[2].connectors.byConnector.jira");
    expect(formatPath(["roles", 2, "connectors", "byConnector", "a.b"])).toBe('roles[2].connectors.byConnector["a.b"]');
    expect(formatPath(["capabilities", "[0]"])).toBe('capabilities["[0]"]');
    expect(formatPath(["capabilities", "0"])).toBe('capabilities["0"]');
    expect(formatPath(["capabilities", "👩‍💻"])).toBe('capabilities["👩‍💻"]');
    expect(formatPath(["capabilities", "__proto__"])).toBe("capabilities.__proto__");
    expect(formatPath(["a b"])).toBe('["a b"]');
    expect(formatPath([])).toBe("");
  });

  it("messages are lowercase and have no final period", () => {
    const doc = JSON.parse(`{ "members": [{ "id": "", "role": "x", "spendLimit": -1 }], "roles": 3, "extra": 1 }`);
    for (const issue of issues(doc)) {
      expect(issue.message[0]).toBe(issue.message[0]?.toLowerCase());
      expect(issue.message.endsWith(".")).toBe(false);
      expect(issue.message).not.toMatch(/Member|CustomRole|ConnectorGrant|ToolPolicy|Org\b/);
    }
  });

  it("formatValidationIssues of no issues is empty", () => {
    expect(formatValidationIssues([])).toBe("");
  });
});
