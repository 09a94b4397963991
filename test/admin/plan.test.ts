import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { applyChanges } from "../../src/admin/applyChanges.js";
import { MigrationError } from "../../src/admin/changesBetween.js";
import { diffAccess } from "../../src/admin/diff.js";
import { planMigration } from "../../src/admin/plan.js";
import { parseOrg, type Org } from "../../src/index.js";
import { isDeeplyFrozen } from "../freeze.js";
import { GUIDE_JSON, guide } from "./diffFixtures.js";
import { withDefaults } from "./planFixtures.js";

function example(name: "before" | "after"): Org {
  return parseOrg(JSON.parse(readFileSync(`examples/migration/${name}.json`, "utf8")));
}

/** The state after each stage of a plan, from `before`. */
function states(before: Org, plan: ReturnType<typeof planMigration>): Org[] {
  let org = before;
  return plan.stages.map((stage) => (org = applyChanges(org, stage.changes)));
}

describe("planMigration (PLN-1..PLN-3)", () => {
  test("PLN-1: the guide's migration from built-in roles to custom roles, in the guide's order, with a pilot group", () => {
    const [before, after] = [example("before"), example("after")];
    const plan = planMigration(before, after, { pilot: "g-eng" });
    expect(plan.stages.map((stage) => stage.steps)).toEqual([
      ["roles"],
      ["connector-permissions"],
      ["groups"],
      ["pilot"],
      ["members"],
      ["capabilities"],
      ["spend"],
    ]);
    // Step 6: "Start with a pilot group of one team or department."
    expect(plan.stages[3]?.changes).toEqual([
      { kind: "setBuiltInRole", memberIds: ["u-ana", "u-ben"], role: "custom" },
    ]);
    expect(plan.stages[3]?.diff.members.map((m) => m.memberId)).toEqual(["u-ana", "u-ben"]);
    // Step 7: "Only enable organization-level features after roles, groups, and member migration are complete."
    expect(plan.stages[5]?.changes).toEqual([
      { kind: "setOrgCapability", capability: "cowork", enabled: true },
      { kind: "setOrgCapability", capability: "claude_code", enabled: true },
    ]);
    expect(plan.noWindow).toBe(true);
    expect(plan.merges).toEqual([]);
    expect(plan.stages.every((stage) => stage.windows.length === 0)).toBe(true);
    expect(withDefaults(states(before, plan).at(-1) as Org)).toEqual(withDefaults(after));
    expect(plan.diff).toEqual(diffAccess(before, after));
    expect(isDeeplyFrozen(plan)).toBe(true);
  });

  test("PLN-1: each stage's diff is from the state the previous stage left; its undo goes back to that state", () => {
    const [before, after] = [example("before"), example("after")];
    const plan = planMigration(before, after);
    const orgs = [before, ...states(before, plan)];
    plan.stages.forEach((stage, k) => {
      const [previous, next] = [orgs[k] as Org, orgs[k + 1] as Org];
      expect(stage.diff).toEqual(diffAccess(previous, next));
      expect(withDefaults(applyChanges(next, stage.undo))).toEqual(withDefaults(previous));
    });
  });

  test("PLN-1: members reordered across the pilot and everyone else still end in the target's order", () => {
    // Found by the stages property (seed 1092489718): the pilot pass moved only pilot members, the
    // members pass only the others, and each found one of the other side's out of place.
    const org = (members: unknown[]) =>
      parseOrg({ ...GUIDE_JSON, groups: [], roleAssignments: [], spend: { orgLimit: 100000 }, members });
    const ana = { id: "u-ana", role: "owner" };
    const ben = { id: "u-ben", role: "admin" };
    const cy = { id: "u-cy", role: "owner" };
    const before = org([ana, ben]);
    const after = org([{ ...ben, role: "user" }, ana, cy]);
    for (const pilot of [["u-ben", "u-cy"], ["u-ana"], []]) {
      const plan = planMigration(before, after, { pilot });
      const last = plan.stages.reduce((state, stage) => applyChanges(state, stage.changes), before);
      expect(last.members.map((m) => m.id)).toEqual(["u-ben", "u-ana", "u-cy"]);
      expect(withDefaults(last)).toEqual(withDefaults(after));
    }
  });

  test("PLN-3: the rollback from any stage gives back `before`, and its diff says who regains what", () => {
    // Rollback plan: "Change affected members back to their previous built-in role (for example, User)."
    const [before, after] = [example("before"), example("after")];
    const plan = planMigration(before, after, { pilot: ["u-ana"] });
    const orgs = states(before, plan);
    plan.stages.forEach((stage, k) => {
      const state = orgs[k] as Org;
      expect(withDefaults(applyChanges(state, stage.rollback.changes))).toEqual(withDefaults(before));
      expect(stage.rollback.diff).toEqual(diffAccess(state, before));
    });
    const pilot = plan.stages.find((stage) => stage.steps.includes("pilot"));
    expect(pilot?.changes).toEqual([{ kind: "setBuiltInRole", memberIds: ["u-ana"], role: "custom" }]);
    expect(pilot?.rollback.changes).toContainEqual({ kind: "setBuiltInRole", memberIds: ["u-ana"], role: "user" });
    expect(pilot?.rollback.diff.members.map((m) => [m.memberId, m.gains])).toEqual([["u-ana", 1]]);
  });

  test("PLN-2: where the guide's order would open a window, the steps are merged and the plan says why", () => {
    // Step 2 takes chat away from role `eng` while Step 4 gives it back through a new role: on its
    // own, Step 2 would leave u-eng without chat for a while, which they have before and after.
    const before = guide();
    const after = guide({
      roles: [
        {
          id: "eng",
          name: "Engineering",
          capabilities: ["claude_code"],
          connectors: { all: "approval", byConnector: { github: "always" } },
        },
        {
          id: "mkt",
          name: "Marketing",
          capabilities: ["chat", "cowork", "web_search"],
          connectors: { all: "blocked" },
        },
        { id: "base", name: "Standard Access", capabilities: ["chat"], connectors: { all: "blocked" } },
      ],
      roleAssignments: [
        { groupId: "g-eng", roleId: "eng" },
        { groupId: "g-mkt", roleId: "mkt" },
        { groupId: "g-eng", roleId: "base" },
      ],
    });
    const plan = planMigration(before, after);
    expect(plan.stages.map((stage) => stage.steps)).toEqual([["roles", "groups"]]);
    expect(plan.merges).toEqual([
      {
        steps: ["roles", "groups"],
        window: { kind: "capability", memberId: "u-eng", capability: "chat", before: true, during: false, after: true },
      },
    ]);
    expect(plan.noWindow).toBe(true);
  });

  test("PLN-2: a tool level outside both ends is a window too", () => {
    // Step 3 raises jira for Marketing; Step 4 takes Marketing away from u-mkt: for a while u-mkt
    // would hold a level they hold neither before nor after.
    const before = guide();
    const after = guide({
      roles: [
        {
          id: "eng",
          name: "Engineering",
          capabilities: ["chat", "claude_code"],
          connectors: { all: "approval", byConnector: { github: "always" } },
        },
        {
          id: "mkt",
          name: "Marketing",
          capabilities: ["chat", "cowork", "web_search"],
          connectors: { all: "blocked", byConnector: { jira: "always" } },
        },
      ],
      roleAssignments: [
        { groupId: "g-eng", roleId: "eng" },
        { groupId: "g-mkt", roleId: "eng" },
      ],
    });
    const plan = planMigration(before, after);
    expect(plan.merges[0]?.window).toEqual({
      kind: "tool",
      memberId: "u-mkt",
      connectorId: "jira",
      tool: "search_issues",
      before: "blocked",
      during: "always",
      after: "approval",
    });
    // The JSON of a window reads kind, then member, then what it is about.
    expect(Object.keys(plan.merges[0]?.window ?? {})).toEqual([
      "kind",
      "memberId",
      "connectorId",
      "tool",
      "before",
      "during",
      "after",
    ]);
    expect(plan.merges[0]?.steps).toEqual(["connector-permissions", "groups"]);
  });

  test("PLN-1: connectors added come first and removals last, each in a stage named for its step", () => {
    // A role nobody holds goes: no one's access changes with it, so no window merges the two.
    const unused = { id: "old", name: "Old", capabilities: ["chat"], connectors: { all: "blocked" } };
    const before = guide({ roles: [...GUIDE_JSON.roles, unused] });
    const after = guide({ connectors: [...GUIDE_JSON.connectors, { id: "new", name: "New", tools: ["t"] }] });
    const plan = planMigration(before, after);
    expect(plan.stages.map((stage) => stage.steps)).toEqual([["connectors"], ["removals"]]);
  });

  test("PLN-2: a built-in role changed in a stage before the last leaves no window: only capabilities and tools are governed", () => {
    const after = guide({
      members: GUIDE_JSON.members.map((member) => (member.id === "u-user" ? { ...member, role: "admin" } : member)),
      spend: { ...GUIDE_JSON.spend, orgLimit: 200000 },
    });
    const plan = planMigration(guide(), after);
    expect(plan.stages.map((stage) => stage.steps)).toEqual([["members"], ["spend"]]);
    expect(plan.merges).toEqual([]);
  });

  test("PLN-1: a plan from an org to itself has no stage; a missing pilot group or an unreachable target fails", () => {
    expect(planMigration(guide(), guide())).toMatchObject({ stages: [], merges: [], noWindow: true });
    expect(() => planMigration(guide(), guide(), { pilot: "g-nope" })).toThrow(MigrationError);
    expect(() => planMigration(guide(), guide(), { pilot: "g-nope" })).toThrow(
      expect.objectContaining({ name: "MigrationError" }),
    );
    expect(() => planMigration(guide(), guide(), { pilot: "g-nope" })).toThrow(
      expect.objectContaining({ field: "pilot" }),
    );
    expect(() => planMigration(guide(), guide(), { pilot: "g-nope" })).toThrow(
      "no group `g-nope` in the target org to take the pilot from: name a group id or list member ids",
    );
    expect(() => planMigration(guide(), guide({ provisioning: "jit" }))).toThrow(
      "cannot plan a change of `provisioning` from `scim` to `jit`",
    );
  });

  test("PLN-1, PLN-3: an assignment listed twice cannot be created again, so neither a target nor a rollback may need it", () => {
    const twice = [...GUIDE_JSON.roleAssignments, { groupId: "g-eng", roleId: "eng" }];
    expect(() => planMigration(guide(), guide({ roleAssignments: twice }))).toThrow(
      expect.objectContaining({ field: "roleAssignments[2]", message: expect.stringContaining("(PLN-1)") }),
    );
    expect(() => planMigration(guide({ roleAssignments: twice }), guide())).toThrow(
      expect.objectContaining({ field: "roleAssignments[2]", message: expect.stringContaining("(PLN-3)") }),
    );
    // Kept as it is, it needs no change.
    expect(
      planMigration(guide({ roleAssignments: twice }), guide({ roleAssignments: twice, members: [] })).noWindow,
    ).toBe(true);
  });
});
