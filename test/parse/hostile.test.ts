// Input that is not plain JSON, or JSON built to hurt (IN-1, SPEC §1 ids): parseOrg either returns a
// valid org or throws OrgValidationError, never anything else, and never runs the input's code.
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { OrgValidationError, parseOrg, safeParseOrg, type ValidationIssue } from "../../src/index.js";
import { HOSTILE_IDS } from "../arbitraries.js";
import { minimalOrg, setAt, specExample } from "./fixtures.js";

/** The issues parseOrg throws, asserting that it throws its own error and nothing else. */
function thrown(input: unknown): readonly Pick<ValidationIssue, "code" | "pathText" | "received">[] {
  let caught: unknown;
  try {
    parseOrg(input);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(OrgValidationError);
  expect(() => safeParseOrg(input)).not.toThrow();
  return (caught as OrgValidationError).issues.map(({ code, pathText, received }) => ({ code, pathText, received }));
}

/** A Proxy whose every trap throws. */
function explosive(target: object = {}): object {
  return new Proxy(
    target,
    new Proxy(
      {},
      {
        get: () => () => {
          throw new Error("trap");
        },
      },
    ),
  );
}

describe("SPEC §1: every id is an arbitrary non-empty string", () => {
  it("`__proto__` parsed from JSON text is an own key of byConnector, custom, toolPolicy, tools and capabilities", () => {
    const text = `{
      "id": "__proto__", "billing": "seat", "seatPlan": "standard", "provisioning": "scim",
      "capabilities": { "__proto__": true, "constructor": false },
      "connectorPermissionsEnabled": true,
      "connectors": [{ "id": "__proto__", "name": "P", "tools": ["__proto__", "toString"] }],
      "toolPolicy": { "__proto__": { "level": "approval", "tools": { "__proto__": "blocked" } } },
      "roles": [{ "id": "__proto__", "name": "P", "capabilities": ["__proto__"],
        "connectors": { "all": "blocked", "byConnector": { "__proto__": { "custom": { "__proto__": "always", "hasOwnProperty": "approval" } } } } }],
      "groups": [{ "id": "__proto__", "name": "P", "source": "manual", "members": ["__proto__"] }],
      "roleAssignments": [{ "groupId": "__proto__", "roleId": "__proto__" }],
      "members": [{ "id": "__proto__", "role": "custom" }]
    }`;
    const json: unknown = JSON.parse(text);
    const org = parseOrg(json);
    expect(org).toEqual(json);
    const byConnector = org.roles[0]?.connectors.byConnector ?? {};
    expect(Object.getPrototypeOf(byConnector)).toBe(Object.prototype);
    expect(Object.keys(byConnector)).toEqual(["__proto__"]);
    expect(Object.getOwnPropertyDescriptor(byConnector, "__proto__")?.value).toEqual(
      JSON.parse(`{ "custom": { "__proto__": "always", "hasOwnProperty": "approval" } }`),
    );
    const custom = (Object.getOwnPropertyDescriptor(byConnector, "__proto__")?.value as { custom: object }).custom;
    expect(Object.keys(custom)).toEqual(["__proto__", "hasOwnProperty"]);
    expect(Object.keys(org.toolPolicy ?? {})).toEqual(["__proto__"]);
    expect(Object.keys(org.capabilities)).toEqual(["__proto__", "constructor"]);
    expect(JSON.parse(JSON.stringify(org))).toEqual(json);
  });

  it("every hostile id works as every kind of id", () => {
    for (const id of HOSTILE_IDS) {
      const grant = { custom: Object.fromEntries([[id, "always"]]) };
      const doc = {
        ...minimalOrg(),
        id,
        parentId: id,
        capabilities: Object.fromEntries([[id, true]]),
        connectors: [{ id, name: id, tools: [id] }],
        toolPolicy: Object.fromEntries([[id, { level: "approval", tools: Object.fromEntries([[id, "blocked"]]) }]]),
        roles: [
          {
            id,
            name: id,
            capabilities: [id],
            connectors: { all: "approval", byConnector: Object.fromEntries([[id, grant]]) },
          },
        ],
        groups: [{ id, name: id, source: "manual", members: [id] }],
        roleAssignments: [{ groupId: id, roleId: id }],
        groupMappings: { enabled: true, mappings: [{ groupId: id, role: "custom" }] },
        members: [{ id, email: id, role: "custom" }],
        spend: { groupLimits: [{ groupId: id, limit: 1 }] },
      };
      expect(parseOrg(doc)).toEqual(doc);
    }
  });

  it("names that objects inherit are not found where they are absent: inherited properties never count", () => {
    expect(thrown({ ...minimalOrg(), capabilities: Object.create({ chat: true }) })).toMatchObject([
      { code: "invalid_type", pathText: "capabilities" },
    ]);
    const inheritsId = Object.assign(Object.create({ id: "u1" }), { role: "user" }) as object;
    expect(thrown({ ...minimalOrg(), members: [inheritsId] })).toMatchObject([
      { code: "invalid_type", pathText: "members[0]" },
    ]);
    const org = parseOrg(minimalOrg());
    expect(Object.hasOwn(org.capabilities, "toString")).toBe(false);
  });

  it("a hostile id repeated is a duplicate like any other", () => {
    const doc = {
      ...minimalOrg(),
      members: [
        { id: "__proto__", role: "user" },
        { id: "__proto__", role: "admin" },
      ],
    };
    expect(thrown(doc)).toEqual([{ code: "duplicate_id", pathText: "members[1].id", received: '"__proto__"' }]);
  });
});

describe("IN-1: input that is not plain JSON is refused with the library's error", () => {
  it("non-objects at the top", () => {
    for (const input of [undefined, null, 0, "org", true, 10n, Symbol("org"), () => minimalOrg(), [minimalOrg()]]) {
      expect(thrown(input)).toHaveLength(1);
    }
  });

  it("class instances, Maps, Dates, boxed strings, Array subclasses", () => {
    class OrgClass {
      id = "acme";
    }
    class Members extends Array<unknown> {}
    expect(thrown(new OrgClass())).toEqual([
      { code: "invalid_type", pathText: "", received: "an object that is not plain JSON" },
    ]);
    expect(thrown(new Map(Object.entries(minimalOrg())))).toMatchObject([{ code: "invalid_type" }]);
    expect(thrown({ ...minimalOrg(), members: new Members() })).toMatchObject([
      { code: "invalid_type", pathText: "members" },
    ]);
    expect(thrown({ ...minimalOrg(), id: new String("acme") })).toMatchObject([
      { code: "invalid_type", pathText: "id" },
    ]);
    expect(thrown({ ...minimalOrg(), capabilities: new Date() })).toMatchObject([
      { code: "invalid_type", pathText: "capabilities" },
    ]);
    expect(thrown({ ...minimalOrg(), id: Symbol("acme") })).toMatchObject([{ received: "a symbol" }]);
  });

  it("objects of another realm, and objects without a prototype, are plain data", () => {
    const foreign: unknown = runInNewContext("(" + JSON.stringify(specExample()) + ")");
    expect(parseOrg(foreign)).toEqual(specExample());
    const bare = Object.assign(Object.create(null) as object, minimalOrg());
    expect(parseOrg(bare)).toEqual(minimalOrg());
  });

  it("deep nesting (10,000 arrays or objects) does not blow the stack", () => {
    let deepArray: unknown = [];
    let deepObject: unknown = {};
    for (let i = 0; i < 10_000; i++) {
      deepArray = [deepArray];
      deepObject = { custom: deepObject };
    }
    expect(thrown(deepArray)).toMatchObject([{ code: "invalid_type", pathText: "" }]);
    expect(thrown({ ...minimalOrg(), members: deepArray })).toMatchObject([
      { code: "invalid_type", pathText: "members[0]" },
    ]);
    expect(thrown({ ...minimalOrg(), capabilities: deepObject })).toMatchObject([
      { code: "invalid_type", pathText: "capabilities.custom" },
    ]);
    expect(thrown(setAt(specExample(), ["roles", 0, "connectors", "byConnector", "jira"], deepObject))).toMatchObject([
      { pathText: "roles[0].connectors.byConnector.jira.custom.custom" },
    ]);
  });

  // Untimed: a reader that walked the 2^32 - 1 holes would not finish within the test timeout.
  it("a huge sparse array is one issue, found at its first hole", () => {
    expect(thrown({ ...minimalOrg(), members: new Array(2 ** 32 - 1) })).toEqual([
      { code: "invalid_type", pathText: "members", received: "an array with a hole at index 0" },
    ]);
  });

  it("cycles are refused where they would be read", () => {
    const members: unknown[] = [];
    members.push(members);
    // An array where a member belongs is refused for its type before anything is read in it.
    expect(thrown({ ...minimalOrg(), members })).toEqual([
      { code: "invalid_type", pathText: "members[0]", received: "an array" },
    ]);
    const org: Record<string, unknown> = { ...minimalOrg() };
    org["members"] = [org];
    expect(thrown(org)).toEqual([
      { code: "circular_reference", pathText: "members[0]", received: "a value that contains itself" },
    ]);
    const byConnector: Record<string, unknown> = {};
    byConnector["loop"] = { custom: byConnector };
    const looped = setAt(specExample(), ["roles", 0, "connectors", "byConnector"], byConnector);
    expect(thrown(looped)).toMatchObject([
      { code: "circular_reference", pathText: "roles[0].connectors.byConnector.loop.custom" },
    ]);
  });

  it("a value shared by two places (no cycle) is read at each, and copied apart", () => {
    const grant = { custom: { search_issues: "always" } };
    const doc = setAt(
      setAt(specExample(), ["roles", 0, "connectors", "byConnector", "a"], grant),
      ["roles", 0, "connectors", "byConnector", "b"],
      grant,
    );
    const org = parseOrg(doc);
    const rows = org.roles[0]?.connectors.byConnector ?? {};
    expect(rows["a"]).toEqual(grant);
    expect(rows["a"]).not.toBe(rows["b"]);
  });

  it("getters are never run: a property with a getter is unreadable, whether it throws or not", () => {
    let runs = 0;
    const member = { id: "u1" };
    Object.defineProperty(member, "role", {
      enumerable: true,
      get: () => {
        runs++;
        return "owner";
      },
    });
    const throwing = Object.defineProperty({ id: "u2" }, "role", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    expect(thrown({ ...minimalOrg(), members: [member, throwing] })).toEqual([
      { code: "unreadable_value", pathText: "members[0].role", received: "a property getter" },
      { code: "unreadable_value", pathText: "members[1].role", received: "a property getter" },
    ]);
    const capabilities = Object.defineProperty({ chat: true }, "cowork", { enumerable: true, get: () => true });
    expect(thrown({ ...minimalOrg(), capabilities })).toEqual([
      { code: "unreadable_value", pathText: "capabilities.cowork", received: "a property getter" },
    ]);
    const tools = ["a"];
    Object.defineProperty(tools, 1, { enumerable: true, get: () => "b" });
    expect(thrown({ ...minimalOrg(), connectors: [{ id: "c", name: "C", tools }] })).toMatchObject([
      { code: "unreadable_value", pathText: "connectors[0].tools[1]" },
    ]);
    expect(runs).toBe(0);
  });

  it("Proxies whose traps throw, revoked Proxies and lying Proxies", () => {
    expect(thrown(explosive())).toEqual([
      { code: "unreadable_value", pathText: "", received: "an object whose reading throws" },
    ]);
    expect(thrown({ ...minimalOrg(), members: explosive([]) })).toMatchObject([
      { code: "unreadable_value", pathText: "members" },
    ]);
    expect(thrown({ ...minimalOrg(), id: explosive() })).toMatchObject([
      { code: "invalid_type", pathText: "id", received: "an object whose reading throws" },
    ]);
    expect(thrown({ ...minimalOrg(), seatPlan: explosive(() => "dual") })).toMatchObject([
      { code: "invalid_type", received: "a function" },
    ]);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(thrown({ ...minimalOrg(), capabilities: proxy })).toMatchObject([
      { code: "unreadable_value", pathText: "capabilities" },
    ]);
    const noKeys = new Proxy(minimalOrg(), {
      ownKeys: () => {
        throw new Error("no keys");
      },
    });
    expect(thrown(noKeys)).toEqual([
      { code: "unreadable_value", pathText: "", received: "a value whose reading throws" },
    ]);
    let asked = 0;
    const oneBadKey = new Proxy(minimalOrg(), {
      getOwnPropertyDescriptor: (target, key) => {
        // Object.keys asks once, for enumerability; the parser's own read then throws.
        if (key === "billing" && ++asked > 1) throw new Error("no billing");
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
    expect(thrown(oneBadKey)).toEqual([
      { code: "unreadable_value", pathText: "billing", received: "a value whose reading throws" },
    ]);
  });

  it("a Proxy that lists a key and then loses it has no such key", () => {
    let asked = 0;
    const flaky = new Proxy(minimalOrg(), {
      getOwnPropertyDescriptor: (target, key) => {
        // Object.keys asks once; the parser asks again, and the property is gone.
        if (key === "billing" && ++asked > 1) return undefined;
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
    expect(thrown(flaky)).toEqual([{ code: "missing_property", pathText: "billing", received: "nothing" }]);
  });

  it("array Proxies that throw or lie about their length or elements", () => {
    const lengthThrows = new Proxy([], {
      getOwnPropertyDescriptor: () => {
        throw new Error("no length");
      },
    });
    expect(thrown({ ...minimalOrg(), members: lengthThrows })).toEqual([
      { code: "unreadable_value", pathText: "members", received: "a value whose reading throws" },
    ]);
    const lengthLies = new Proxy([], {
      getOwnPropertyDescriptor: (target, key) =>
        key === "length"
          ? { value: "many", writable: true, enumerable: false, configurable: false }
          : Reflect.getOwnPropertyDescriptor(target, key),
    });
    expect(thrown({ ...minimalOrg(), members: lengthLies })).toEqual([
      { code: "unreadable_value", pathText: "members", received: "an array without a readable length" },
    ]);
    const elementThrows = new Proxy(
      [
        { id: "u1", role: "user" },
        { id: "u2", role: "user" },
      ],
      {
        getOwnPropertyDescriptor: (target, key) => {
          if (key === "0") throw new Error("no element");
          return Reflect.getOwnPropertyDescriptor(target, key);
        },
      },
    );
    expect(thrown({ ...minimalOrg(), members: elementThrows })).toEqual([
      { code: "unreadable_value", pathText: "members[0]", received: "a value whose reading throws" },
    ]);
  });

  it("a transparent Proxy of a valid org is read like the org", () => {
    expect(parseOrg(new Proxy(specExample(), {}))).toEqual(specExample());
  });

  // Untimed (speed is the benchmark's: docs/performance.md, parse and growth): a parser quadratic in
  // the members would not finish within the test timeout.
  it("parses an org of 100,000 members in one group, every member and listing kept", () => {
    const members = Array.from({ length: 100_000 }, (_, i) => ({
      id: `u${i}`,
      email: `u${i}@acme.test`,
      role: "custom",
      seat: "chat",
      spendLimit: i,
    }));
    const doc = JSON.parse(
      JSON.stringify({
        ...specExample(),
        seatPlan: "dual",
        members,
        groups: [{ id: "g-all", name: "All", source: "scim", members: members.map((m) => m.id) }],
      }),
    ) as unknown;
    const org = parseOrg(doc);
    expect(org.members).toHaveLength(100_000);
    expect(org.members[99_999]).toEqual(members[99_999]);
    expect(org.groups[0]?.members).toHaveLength(100_000);
  });
});
