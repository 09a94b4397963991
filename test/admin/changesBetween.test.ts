import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { applyChanges } from "../../src/admin/applyChanges.js";
import { MigrationError, changesBetween } from "../../src/admin/changesBetween.js";
import { parseOrg } from "../../src/index.js";
import { isDeeplyFrozen } from "../freeze.js";
import { GUIDE_JSON, guide, withRole } from "./diffFixtures.js";
import { arbMigration, withDefaults } from "./planFixtures.js";

describe("changesBetween (PLN-1)", () => {
  test("PLN-1: no change between an org and itself", () => {
    expect(changesBetween(guide(), guide())).toEqual([]);
  });

  test("PLN-1: the changes of a role update and a capability switched on, in the guide's order", () => {
    const after = guide({
      ...withRole("mkt", { capabilities: ["chat", "cowork"] }),
      capabilities: { ...GUIDE_JSON.capabilities, memory: true },
    });
    const changes = changesBetween(guide(), after);
    expect(changes).toEqual([
      { kind: "updateRole", roleId: "mkt", capabilities: ["chat", "cowork"] },
      { kind: "setOrgCapability", capability: "memory", enabled: true },
    ]);
    expect(isDeeplyFrozen(changes)).toBe(true);
  });

  test("PLN-1: a group whose name differs is removed and added again, with its assignment and limit", () => {
    const groups = GUIDE_JSON.groups.map((g) => (g.id === "g-eng" ? { ...g, name: "Engineers" } : g));
    const after = guide({ groups });
    const changes = changesBetween(guide(), after);
    expect(changes.map((c) => c.kind)).toEqual(["removeGroup", "addGroup", "assignRole", "setGroupSpendLimit"]);
    expect(withDefaults(applyChanges(guide(), changes))).toEqual(withDefaults(after));
  });

  test("PLN-1: an individual spend limit set, changed or removed in the target is set, changed or removed (SPD-2)", () => {
    const limits = (eng: number | undefined, mkt: number | undefined) =>
      GUIDE_JSON.members.map((m) =>
        m.id === "u-eng" && eng !== undefined
          ? { ...m, spendLimit: eng }
          : m.id === "u-mkt" && mkt !== undefined
            ? { ...m, spendLimit: mkt }
            : m,
      );
    const before = guide({ members: limits(500, 700) });
    const after = guide({ members: limits(900, undefined) });
    const changes = changesBetween(before, after);
    expect(changes).toEqual([
      { kind: "setMemberSpendLimit", memberId: "u-eng", limit: 900 },
      { kind: "setMemberSpendLimit", memberId: "u-mkt", limit: null },
    ]);
    expect(withDefaults(applyChanges(before, changes))).toEqual(withDefaults(after));
  });

  test("PLN-1: an org without a tool policy gains the target's entries, one that loses its policy has them removed, and an empty policy is none (CON-4)", () => {
    const { toolPolicy: _policy, ...withoutPolicy } = GUIDE_JSON;
    const [bare, withPolicy] = [parseOrg(withoutPolicy), guide()];
    expect(changesBetween(bare, withPolicy)).toEqual([
      { kind: "setToolPolicy", connectorId: "jira", tools: { create_issue: "approval" } },
    ]);
    expect(changesBetween(withPolicy, bare)).toEqual([{ kind: "removeToolPolicy", connectorId: "jira" }]);
    // An empty policy and none at all set the same levels: no change either way.
    expect(changesBetween(bare, guide({ toolPolicy: {} }))).toEqual([]);
    expect(withDefaults(applyChanges(bare, changesBetween(bare, withPolicy)))).toEqual(withDefaults(withPolicy));
  });

  test("PLN-1: items out of place are removed and inserted again at the right index", () => {
    const after = guide({ members: [...GUIDE_JSON.members].reverse(), roles: [...GUIDE_JSON.roles].reverse() });
    expect(withDefaults(applyChanges(guide(), changesBetween(guide(), after)))).toEqual(withDefaults(after));
  });

  test("PLN-1: a target that differs where no change reaches fails naming the field", () => {
    expect(() => changesBetween(guide(), guide({ billing: "seat" }))).toThrow(MigrationError);
    expect(() => changesBetween(guide(), guide({ billing: "seat" }))).toThrow(
      "cannot plan a change of `billing` from `usage` to `seat`: no change sets it, so the target must keep it (PLN-1)",
    );
    try {
      changesBetween(guide(), guide({ parentId: "acme-parent" }));
    } catch (error) {
      expect((error as MigrationError).field).toBe("parentId");
    }
  });

  test("PLN-1 property: the changes turn before into after, up to defaults", () => {
    fc.assert(
      fc.property(arbMigration(), ([before, after]) => {
        expect(withDefaults(applyChanges(before, changesBetween(before, after)))).toEqual(withDefaults(after));
      }),
      { numRuns: 200 },
    );
  });
});

describe("changesBetween on lists (PLN-1, CHG-4)", () => {
  test("PLN-1: a group's member list: ids gone or out of place are removed, runs of new ids added in one change each", () => {
    // Step 4: "Add members to the appropriate groups."
    const groups = (members: string[]) => ({
      groups: [{ id: "g-eng", name: "Engineering", source: "manual", members }, GUIDE_JSON.groups[1]],
    });
    const before = guide(groups(["a", "b", "c", "x"]));
    const after = guide(groups(["d", "e", "a", "x", "c", "f", "g"]));
    const changes = changesBetween(before, after);
    expect(changes).toEqual([
      { kind: "removeGroupMembers", groupId: "g-eng", memberIds: ["b", "c"] },
      { kind: "addGroupMembers", groupId: "g-eng", memberIds: ["d", "e"], at: 0 },
      { kind: "addGroupMembers", groupId: "g-eng", memberIds: ["c", "f", "g"] },
    ]);
    expect(withDefaults(applyChanges(before, changes))).toEqual(withDefaults(after));
  });
});

describe("changesBetween on member lists that name an id twice (IN-2, CHG-4)", () => {
  const withEng = (members: string[], name = "Engineering") =>
    guide({ groups: [{ id: "g-eng", name, source: "manual", members }, GUIDE_JSON.groups[1]] });

  test.each([
    ["a list that gains a repeat", ["u-eng", "u-eng2"], ["u-eng", "u-eng2", "u-eng"]],
    ["a list that loses its repeat", ["u-eng", "u-eng2", "u-eng"], ["u-eng", "u-eng2"]],
    ["a list with a repeat that changes", ["u-eng", "u-eng"], ["u-eng", "u-eng", "u-eng2"]],
  ])("PLN-1: %s is removed and added again whole (addGroupMembers adds an id once)", (_case, was, is) => {
    const [before, after] = [withEng(was), withEng(is)];
    const changes = changesBetween(before, after);
    expect(changes.slice(0, 2).map((change) => change.kind)).toEqual(["removeGroup", "addGroup"]);
    expect(withDefaults(applyChanges(before, changes))).toEqual(withDefaults(after));
  });

  test("PLN-1: a list with a repeat kept as it is needs no change, nor does a renamed group's list", () => {
    expect(changesBetween(withEng(["u-eng", "u-eng"]), withEng(["u-eng", "u-eng"]))).toEqual([]);
    const renamed = changesBetween(withEng(["u-eng", "u-eng"]), withEng(["u-eng", "u-eng"], "Engineers"));
    expect(
      renamed.filter((change) => change.kind === "addGroupMembers" || change.kind === "removeGroupMembers"),
    ).toEqual([]);
  });

  test("PLN-1: a group whose source differs is removed and added again (no change sets a source)", () => {
    const scim = guide({ groups: [{ ...GUIDE_JSON.groups[0], source: "scim" }, GUIDE_JSON.groups[1]] });
    const changes = changesBetween(guide(), scim);
    expect(changes.slice(0, 2).map((change) => change.kind)).toEqual(["removeGroup", "addGroup"]);
    expect(withDefaults(applyChanges(guide(), changes))).toEqual(withDefaults(scim));
  });

  test("PLN-1: three ids inserted at consecutive places before the end go in one change", () => {
    const changes = changesBetween(withEng(["u-eng"]), withEng(["a", "b", "c", "u-eng"]));
    expect(changes).toEqual([{ kind: "addGroupMembers", groupId: "g-eng", memberIds: ["a", "b", "c"], at: 0 }]);
  });

  test("PLN-1: ids only added to a list make no removal", () => {
    const changes = changesBetween(withEng(["u-eng"]), withEng(["u-eng", "u-eng2"]));
    expect(changes).toEqual([{ kind: "addGroupMembers", groupId: "g-eng", memberIds: ["u-eng2"] }]);
  });
});

/** Every order of `items`. */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations(items.filter((_, j) => j !== i)).map((rest) => [item, ...rest]));
}

describe("changesBetween on the order of groups and assignments (PLN-1, CHG-4)", () => {
  const reaches = (before: ReturnType<typeof guide>, after: ReturnType<typeof guide>) =>
    expect(withDefaults(applyChanges(before, changesBetween(before, after)))).toEqual(withDefaults(after));

  test("PLN-1: groups in another order are removed and added again where the target has them", () => {
    const [eng, mkt] = GUIDE_JSON.groups;
    reaches(guide(), guide({ groups: [mkt, eng, { id: "g-new", name: "New", source: "manual", members: [] }] }));
    reaches(guide(), guide({ groups: [{ id: "g-new", name: "New", source: "manual", members: [] }, mkt, eng] }));
    // Every order of four groups, from every order: with four, a group moved to the middle lands
    // between two that stay, so its place counts the groups before it once removed.
    const others = ["g-x", "g-y"].map((id) => ({ id, name: id, source: "manual", members: [] }));
    const orders = permutations([eng, mkt, ...others]);
    expect(orders).toHaveLength(24);
    for (const from of orders) for (const to of orders) reaches(guide({ groups: from }), guide({ groups: to }));
  });

  test("PLN-1: assignments moved, added and listed twice before reach the target's list", () => {
    const [eng, mkt] = GUIDE_JSON.roleAssignments;
    const extra = { groupId: "g-mkt", roleId: "eng" };
    reaches(guide(), guide({ roleAssignments: [mkt, eng, extra] }));
    reaches(guide(), guide({ roleAssignments: [extra, mkt, eng] }));
    // An assignment listed twice before is removed once and assigned again once.
    reaches(guide({ roleAssignments: [eng, mkt, eng] }), guide({ roleAssignments: [eng, mkt] }));
    reaches(guide({ roleAssignments: [eng, mkt, eng] }), guide({ roleAssignments: [mkt, extra, eng] }));
  });
});

describe("changesBetween on the order of connectors, roles and group limits (PLN-1, CHG-4)", () => {
  const reaches = (before: ReturnType<typeof guide>, after: ReturnType<typeof guide>) =>
    expect(withDefaults(applyChanges(before, changesBetween(before, after)))).toEqual(withDefaults(after));
  const fromEvery = (lists: unknown[][], part: (list: unknown[]) => Record<string, unknown>) => {
    for (const from of lists) for (const to of lists) reaches(guide(part(from)), guide(part(to)));
  };

  test("PLN-1: connectors in every order of four, from every order, with a role's rows for them", () => {
    const extra = ["slack", "drive"].map((id) => ({ id, name: id, tools: ["read"] }));
    const orders = permutations([...GUIDE_JSON.connectors, ...extra]);
    fromEvery(orders, (connectors) => ({ connectors }));
    // A connector whose tools alone, or name alone, differ is removed and added again.
    const [jira, github] = GUIDE_JSON.connectors;
    reaches(guide(), guide({ connectors: [{ ...jira, tools: ["search_issues"] }, github] }));
    reaches(guide(), guide({ connectors: [{ ...jira, name: "Jira Cloud" }, github] }));
  });

  test("PLN-1: roles in every order of four, from every order, with their assignments", () => {
    const extra = ["ops", "fin"].map((id) => ({
      id,
      name: id,
      capabilities: ["chat"],
      connectors: { all: "blocked" },
    }));
    fromEvery(permutations([...GUIDE_JSON.roles, ...extra]), (roles) => ({ roles }));
  });

  test("SPD-3, PLN-1: group limits in every order of three, from every order, from none and to none", () => {
    const limits = ["g-eng", "g-mkt", "g-x"].map((groupId, i) => ({ groupId, limit: 1000 * (i + 1) }));
    const orders = permutations(limits);
    fromEvery([...orders, []], (groupLimits) => ({ spend: { orgLimit: 100000, groupLimits } }));
    reaches(guide({ spend: { orgLimit: 100000, groupLimits: limits } }), guide({ spend: { orgLimit: 100000 } }));
    reaches(guide({ spend: { orgLimit: 100000 } }), guide({ spend: { orgLimit: 100000, groupLimits: limits } }));
    // CHG-4: a limit added last has no `at`; one added between two has its place.
    const [eng, mkt, x] = limits;
    const spend = (...groupLimits: unknown[]) => guide({ spend: { orgLimit: 100000, groupLimits } });
    expect(changesBetween(spend(eng, mkt), spend(eng, mkt, x))).toEqual([{ kind: "setGroupSpendLimit", ...x }]);
    expect(changesBetween(spend(eng, x), spend(eng, mkt, x))).toEqual([{ kind: "setGroupSpendLimit", ...mkt, at: 1 }]);
  });

  test("GRP-3, PLN-1: a mapping row whose group or role alone changed is set again", () => {
    const rows = (groupId: string, role: string) => ({
      groupMappings: {
        enabled: true,
        mappings: [
          { groupId: "g-eng", role: "admin" },
          { groupId, role },
        ],
      },
    });
    reaches(guide(rows("g-mkt", "user")), guide(rows("g-x", "user")));
    reaches(guide(rows("g-mkt", "user")), guide(rows("g-mkt", "owner")));
    expect(changesBetween(guide(rows("g-mkt", "user")), guide(rows("g-x", "user")))).toHaveLength(1);
  });
});

describe("changesBetween on members and roles (PLN-1, CHG-4)", () => {
  test("PLN-1: a role renamed is updated by name only; a seat removed is set to null; seats and built-in roles go in bulk", () => {
    // Step 6, Path B: "Use the bulk assignment tool ... to change the selected members' role."
    const seated = GUIDE_JSON.members.map((m) => ({ ...m, seat: "chat-code" }));
    const before = guide({ seatPlan: "standard", members: seated });
    const after = guide({
      ...withRole("eng", { name: "Engineers" }),
      members: seated.map((m) =>
        m.id === "u-user"
          ? { id: m.id, email: m.email, role: "custom" }
          : m.id === "u-owner"
            ? { ...m, role: "custom" }
            : m,
      ),
    });
    const changes = changesBetween(before, after);
    expect(changes).toEqual([
      { kind: "updateRole", roleId: "eng", name: "Engineers" },
      { kind: "setSeat", memberIds: ["u-user"], seat: null },
      { kind: "setBuiltInRole", memberIds: ["u-user", "u-owner"], role: "custom" },
    ]);
    expect(withDefaults(applyChanges(before, changes))).toEqual(withDefaults(after));
  });
});

describe("changesBetween on every part at once (PLN-1)", () => {
  test("PLN-1: connectors, policy, roles, groups, mappings, members and spend all reach the target, removals last", () => {
    const before = guide({
      members: [...GUIDE_JSON.members, { id: "u-gone", role: "user" }],
      groups: [...GUIDE_JSON.groups, { id: "g-gone", name: "Gone", source: "manual", members: ["u-gone"] }],
      toolPolicy: { jira: { tools: { create_issue: "approval" } }, github: { level: "approval" } },
      groupMappings: { enabled: false, mappings: [] },
      spend: {
        orgLimit: 100000,
        groupLimits: [
          { groupId: "g-mkt", limit: 100 },
          { groupId: "g-eng", limit: 5000 },
          { groupId: "g-gone", limit: 1 },
        ],
      },
    });
    const after = guide({
      connectorPermissionsEnabled: false,
      connectors: [{ id: "jira", name: "Jira Cloud", tools: ["search_issues"] }],
      toolPolicy: { jira: { level: "approval" } },
      roles: [GUIDE_JSON.roles[1]],
      roleAssignments: [{ groupId: "g-mkt", roleId: "mkt" }],
      groups: [GUIDE_JSON.groups[1], { id: "g-eng", name: "Engineering", source: "scim", members: ["u-eng"] }],
      groupMappings: { enabled: true, mappings: [{ groupId: "g-mkt", role: "custom" }] },
      members: GUIDE_JSON.members.map((m) => (m.id === "u-mkt" ? { ...m, email: "cy@new.test", spendLimit: 700 } : m)),
      spend: {
        multiGroup: "highest",
        groupLimits: [
          { groupId: "g-eng", limit: 6000 },
          { groupId: "g-mkt", limit: 100 },
        ],
      },
    });
    const changes = changesBetween(before, after);
    expect(withDefaults(applyChanges(before, changes))).toEqual(withDefaults(after));
    const kinds = changes.map((c) => c.kind);
    expect(changes.slice(-5)).toEqual([
      { kind: "removeMember", memberId: "u-gone" },
      { kind: "removeGroup", groupId: "g-gone" },
      { kind: "deleteRole", roleId: "eng" },
      { kind: "removeToolPolicy", connectorId: "github" },
      { kind: "removeConnector", connectorId: "github" },
    ]);
    // No change sets an email: the member is removed and added again (Step 6).
    expect(changes).toContainEqual({ kind: "removeMember", memberId: "u-mkt" });
    expect(kinds).toContain("disableConnectorPermissions");
    expect(kinds).toContain("setGroupMappings");
  });
});
