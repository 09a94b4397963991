// The diff's scope (DIF-1): for members whose signature is the same on both sides, only what differs
// between the two orgs is asked of the engine. A wider scope finds the same differences at more cost,
// so these tests pin the scope itself: exactly the parts that differ, nothing that reads the same.
import { describe, expect, test } from "vitest";
import {
  EMPTY_SCOPE,
  FULL_SCOPE,
  isEmptyScope,
  orgScope,
  roleScopes,
  unionScopes,
  type Scope,
} from "../../src/admin/diffScope.js";
import { parseOrg, type Org } from "../../src/index.js";
import { GUIDE_JSON, guide, withRole } from "./diffFixtures.js";

type Ids = readonly string[] | "all";

/** A scope as sorted lists, to compare with `toEqual`. */
function view(scope: Scope): { capabilities: Ids; connectors: Ids } {
  const ids = (set: ReadonlySet<string> | "all"): Ids => (set === "all" ? "all" : [...set].sort());
  return { capabilities: ids(scope.capabilities), connectors: ids(scope.connectors) };
}

const ids = (capabilities: Ids, connectors: Ids) => ({ capabilities, connectors });
const NONE = ids([], []);

/** The guide org's JSON without a tool policy. */
function withoutPolicy(): Record<string, unknown> {
  const { toolPolicy: _, ...rest } = GUIDE_JSON;
  return rest;
}

/** The guide org parsed anew: equal content, no object shared with any other parse. */
const again = (): Org => guide();

/** The role scopes as id → view, in id order. */
function roleViews(before: Org, after: Org): [string, ReturnType<typeof view>][] {
  return [...roleScopes(before, after)]
    .map(([id, scope]) => [id, view(scope)] as [string, ReturnType<typeof view>])
    .sort();
}

describe("orgScope: what differs for every member alike", () => {
  test("an org against itself, or against an equal org parsed apart, differs nowhere", () => {
    const org = guide();
    expect(view(orgScope(org, org))).toEqual(NONE);
    expect(view(orgScope(org, again()))).toEqual(NONE);
    expect(view(orgScope(again(), org))).toEqual(NONE);
  });

  test("a capability switched off, on, added or removed is in scope; false and absent read the same (CAP-1)", () => {
    const before = guide({ capabilities: { chat: true, projects: true, web_search: false } });
    const after = guide({ capabilities: { chat: false, projects: true, cowork: true } });
    expect(view(orgScope(before, after))).toEqual(ids(["chat", "cowork"], []));
    expect(view(orgScope(after, before))).toEqual(ids(["chat", "cowork"], []));
    const absent = guide({ capabilities: { chat: true, projects: true } });
    expect(view(orgScope(before, absent))).toEqual(NONE);
    expect(view(orgScope(absent, before))).toEqual(NONE);
  });

  test("connector permissions switched on or off put every connector in scope (CON-6)", () => {
    const off = guide({ connectorPermissionsEnabled: false, capabilities: { chat: true } });
    expect(view(orgScope(guide(), off))).toEqual(
      ids(["claude_code", "code_execution", "cowork", "projects", "web_search"], "all"),
    );
    expect(view(orgScope(off, guide()))).toEqual(
      ids(["claude_code", "code_execution", "cowork", "projects", "web_search"], "all"),
    );
    expect(view(orgScope(off, guide({ connectorPermissionsEnabled: false })))).toEqual(
      ids(["claude_code", "code_execution", "cowork", "projects", "web_search"], []),
    );
  });

  test("a connector added, removed, or with a tool added or removed is in scope; the same tools in another order are not (CON-7)", () => {
    const [jira, github] = GUIDE_JSON.connectors;
    const reordered = guide({ connectors: [{ ...jira, tools: ["create_issue", "search_issues"] }, github] });
    expect(view(orgScope(guide(), reordered))).toEqual(NONE);
    const fewer = guide({ connectors: [{ ...jira, tools: ["search_issues"] }, github] });
    expect(view(orgScope(guide(), fewer))).toEqual(ids([], ["jira"]));
    expect(view(orgScope(fewer, guide()))).toEqual(ids([], ["jira"]));
    const swapped = guide({ connectors: [{ ...jira, tools: ["search_issues", "delete_issue"] }, github] });
    expect(view(orgScope(guide(), swapped))).toEqual(ids([], ["jira"]));
    const added = guide({ connectors: [jira, github, { id: "slack", name: "Slack", tools: ["post"] }] });
    expect(view(orgScope(guide(), added))).toEqual(ids([], ["slack"]));
    expect(view(orgScope(added, guide()))).toEqual(ids([], ["slack"]));
  });

  test("a policy entry whose level or one tool's level changes is in scope; defaults read as what they mean (CON-4)", () => {
    const policy = (toolPolicy: unknown) => guide({ toolPolicy });
    const base = policy({ jira: { tools: { create_issue: "approval" } }, github: { level: "approval" } });
    expect(
      view(orgScope(base, policy({ jira: { tools: { create_issue: "approval" } }, github: { level: "blocked" } }))),
    ).toEqual(ids([], ["github"]));
    expect(
      view(orgScope(base, policy({ jira: { tools: { create_issue: "blocked" } }, github: { level: "approval" } }))),
    ).toEqual(ids([], ["jira"]));
    expect(
      view(
        orgScope(
          base,
          policy({
            jira: { tools: { create_issue: "approval", search_issues: "blocked" } },
            github: { level: "approval" },
          }),
        ),
      ),
    ).toEqual(ids([], ["jira"]));
    expect(view(orgScope(base, policy({ jira: { tools: { create_issue: "approval" } } })))).toEqual(
      ids([], ["github"]),
    );
    // An absent level is Always allow, and absent tools are none.
    const implicit = policy({ jira: {} });
    expect(view(orgScope(implicit, policy({ jira: { level: "always", tools: {} } })))).toEqual(NONE);
    expect(view(orgScope(policy({ jira: { level: "always", tools: {} } }), implicit))).toEqual(NONE);
    expect(view(orgScope(implicit, policy({ jira: { level: "approval" } })))).toEqual(ids([], ["jira"]));
    expect(view(orgScope(implicit, policy({ jira: { tools: { create_issue: "always" } } })))).toEqual(
      ids([], ["jira"]),
    );
    // No policy at all and an empty one read the same.
    expect(view(orgScope(parseOrg(withoutPolicy()), policy({})))).toEqual(NONE);
    expect(view(orgScope(policy({}), parseOrg(withoutPolicy())))).toEqual(NONE);
  });

  test("parts that do not decide a capability or a connector for members of one signature are out of scope", () => {
    const moved = guide({
      members: [...GUIDE_JSON.members, { id: "u-new", email: "new@acme.test", role: "user" }],
      roleAssignments: [{ groupId: "g-eng", roleId: "mkt" }],
      spend: { orgLimit: 1 },
    });
    expect(view(orgScope(guide(), moved))).toEqual(NONE);
  });
});

describe("roleScopes: what a role's new contents change for those who hold it on both sides", () => {
  test("roles that are the very same object, equal, new or gone have no entry", () => {
    const org = guide();
    expect(roleViews(org, org)).toEqual([]);
    expect(roleViews(org, again())).toEqual([]);
    const extra = { id: "ops", name: "Ops", capabilities: ["chat"], connectors: { all: "always" } };
    expect(roleViews(org, guide({ roles: [...GUIDE_JSON.roles, extra] }))).toEqual([]);
    expect(roleViews(guide({ roles: [...GUIDE_JSON.roles, extra] }), org)).toEqual([]);
  });

  test("capabilities granted or taken away are in scope, and only they (CAP-4)", () => {
    const after = guide(withRole("eng", { capabilities: ["chat", "projects"] }));
    expect(roleViews(guide(), after)).toEqual([["eng", ids(["claude_code", "projects"], [])]]);
    expect(roleViews(after, guide())).toEqual([["eng", ids(["claude_code", "projects"], [])]]);
    const reordered = guide(withRole("eng", { capabilities: ["claude_code", "chat"] }));
    expect(roleViews(guide(), reordered)).toEqual([]);
  });

  test("a changed All connectors row puts every connector in scope (CON-2)", () => {
    const eng = GUIDE_JSON.roles[0];
    const blocked = guide(withRole("eng", { connectors: { ...eng.connectors, all: "blocked" } }));
    expect(roleViews(guide(), blocked)).toEqual([["eng", ids([], "all")]]);
    const custom = guide(withRole("eng", { connectors: { ...eng.connectors, all: { custom: {} } } }));
    expect(roleViews(guide(), custom)).toEqual([["eng", ids([], "all")]]);
    expect(roleViews(custom, guide())).toEqual([["eng", ids([], "all")]]);
    const customAgain = guide(withRole("eng", { connectors: { ...eng.connectors, all: { custom: {} } } }));
    expect(roleViews(custom, customAgain)).toEqual([]);
    const both = guide(withRole("eng", { capabilities: ["chat"], connectors: { all: "blocked" } }));
    expect(roleViews(guide(), both)).toEqual([["eng", ids(["claude_code"], "all")]]);
  });

  test("a connector's own row added, removed or changed is in scope, and only that connector (CON-2)", () => {
    const rows = (byConnector: unknown) =>
      guide(
        withRole("eng", {
          connectors: byConnector === undefined ? { all: "approval" } : { all: "approval", byConnector },
        }),
      );
    const before = rows({ github: "always", jira: { custom: { search_issues: "always", create_issue: "approval" } } });
    expect(
      roleViews(
        before,
        rows({ github: "blocked", jira: { custom: { search_issues: "always", create_issue: "approval" } } }),
      ),
    ).toEqual([["eng", ids([], ["github"])]]);
    expect(
      roleViews(
        before,
        rows({ github: "always", jira: { custom: { search_issues: "always", create_issue: "blocked" } } }),
      ),
    ).toEqual([["eng", ids([], ["jira"])]]);
    expect(roleViews(before, rows({ github: "always", jira: { custom: { search_issues: "always" } } }))).toEqual([
      ["eng", ids([], ["jira"])],
    ]);
    expect(roleViews(before, rows({ github: "always", jira: "always" }))).toEqual([["eng", ids([], ["jira"])]]);
    expect(roleViews(rows({ github: "always", jira: "always" }), before)).toEqual([["eng", ids([], ["jira"])]]);
    expect(
      roleViews(before, rows({ jira: { custom: { search_issues: "always", create_issue: "approval" } } })),
    ).toEqual([["eng", ids([], ["github"])]]);
    expect(roleViews(rows({}), rows(undefined))).toEqual([]);
    expect(roleViews(rows(undefined), rows({ github: "always" }))).toEqual([["eng", ids([], ["github"])]]);
    expect(roleViews(rows({ jira: { custom: {} } }), rows({ jira: { custom: {} } }))).toEqual([]);
  });

  test("each changed role has its own entry", () => {
    const after = guide({
      roles: [
        { ...GUIDE_JSON.roles[0], capabilities: ["chat"] },
        { ...GUIDE_JSON.roles[1], connectors: { all: "blocked", byConnector: { jira: "approval" } } },
      ],
    });
    expect(roleViews(guide(), after)).toEqual([
      ["eng", ids(["claude_code"], [])],
      ["mkt", ids([], ["jira"])],
    ]);
  });
});

describe("unionScopes and isEmptyScope", () => {
  const set = (...xs: string[]) => new Set(xs);
  test("a union is every id of either side, or every one where either side has every one", () => {
    expect(
      view(
        unionScopes(
          { capabilities: set("a"), connectors: set("x") },
          { capabilities: set("b"), connectors: set("x", "y") },
        ),
      ),
    ).toEqual(ids(["a", "b"], ["x", "y"]));
    expect(
      view(unionScopes({ capabilities: "all", connectors: set("x") }, { capabilities: set("b"), connectors: set() })),
    ).toEqual(ids("all", ["x"]));
    expect(
      view(unionScopes({ capabilities: set("a"), connectors: set() }, { capabilities: set(), connectors: "all" })),
    ).toEqual(ids(["a"], "all"));
    expect(view(unionScopes(FULL_SCOPE, EMPTY_SCOPE))).toEqual(ids("all", "all"));
    expect(view(unionScopes(EMPTY_SCOPE, EMPTY_SCOPE))).toEqual(NONE);
  });

  test("a scope is empty only when it names no capability and no connector", () => {
    expect(isEmptyScope(EMPTY_SCOPE)).toBe(true);
    expect(isEmptyScope(FULL_SCOPE)).toBe(false);
    expect(isEmptyScope({ capabilities: "all", connectors: set() })).toBe(false);
    expect(isEmptyScope({ capabilities: set(), connectors: "all" })).toBe(false);
    expect(isEmptyScope({ capabilities: set("a"), connectors: set() })).toBe(false);
    expect(isEmptyScope({ capabilities: set(), connectors: set("x") })).toBe(false);
  });
});
