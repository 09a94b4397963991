import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { diffAccess } from "../../src/admin/diff.js";
import { planMigration } from "../../src/admin/plan.js";
import { KEPT_DIFFS, diffCells } from "../../src/admin/planDiffs.js";
import { parseOrg, type Org } from "../../src/index.js";

function example(name: "before" | "after"): Org {
  return parseOrg(JSON.parse(readFileSync(`examples/migration/${name}.json`, "utf8")));
}

describe("a plan's diffs, asked when read (PLN-1, PLN-3, DIF-1)", () => {
  test("PLN-1: a diff read again right away is the same object, asked once; a plan keeps at most two", () => {
    const [before, after] = [example("before"), example("after")];
    const asked: string[] = [];
    const diffCell = diffCells();
    const cellOf = (name: string) =>
      diffCell(() => {
        asked.push(name);
        return diffAccess(before, after);
      });
    const [a, b, c] = [cellOf("a"), cellOf("b"), cellOf("c")];
    const first = a();
    expect(a()).toBe(first);
    expect(first).toEqual(diffAccess(before, after));
    b();
    expect(a()).toBe(first); // a and b are the last two read
    c(); // keeps a and c: b is let go
    expect(a()).toBe(first);
    b();
    expect(asked).toEqual(["a", "b", "c", "b"]);
    expect(KEPT_DIFFS).toBe(2);
  });

  test("PLN-1, PLN-3: a stage's diffs are its own fields, in the JSON of the plan as any other field", () => {
    const [before, after] = [example("before"), example("after")];
    const plan = planMigration(before, after);
    const [first] = plan.stages;
    expect(Object.keys(first ?? {})).toEqual(["steps", "changes", "diff", "undo", "windows", "rollback"]);
    expect(Object.keys(first?.rollback ?? {})).toEqual(["changes", "diff"]);
    expect(Object.keys(plan)).toEqual(["stages", "merges", "noWindow", "diff"]);
    const json = JSON.parse(JSON.stringify(plan)) as { stages: { diff: unknown }[]; diff: unknown };
    expect(json.stages[0]?.diff).toEqual(JSON.parse(JSON.stringify(first?.diff)));
    expect(json.diff).toEqual(JSON.parse(JSON.stringify(diffAccess(before, after))));
    // The rollback of the first stage is the mirror of its diff: the same members, gains for losses.
    const rollback = first?.rollback.diff;
    expect(rollback?.members.map((m) => [m.memberId, m.gains, m.losses])).toEqual(
      first?.diff.members.map((m) => [m.memberId, m.losses, m.gains]),
    );
    expect(Object.isFrozen(first) && Object.isFrozen(first?.rollback) && Object.isFrozen(plan)).toBe(true);
  });

  test("PLN-1: the first stage's diff is its diff from before, and a plan of one stage has that diff as its own", () => {
    const before = example("before");
    const after = parseOrg({
      ...JSON.parse(JSON.stringify(before)),
      capabilities: { ...before.capabilities, cowork: !before.capabilities.cowork },
    });
    const plan = planMigration(before, after);
    expect(plan.stages.map((stage) => stage.steps)).toHaveLength(1);
    expect(plan.diff).toBe(plan.stages[0]?.diff);
    expect(plan.diff).toEqual(diffAccess(before, after));
  });

  test("PLN-1: a plan between equal orgs has no stage, and its diff is empty", () => {
    const org = example("before");
    const plan = planMigration(org, parseOrg(JSON.parse(JSON.stringify(org))));
    expect(plan.stages).toEqual([]);
    expect(plan.diff.members).toEqual([]);
  });
});
