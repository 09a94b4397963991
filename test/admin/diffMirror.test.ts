import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { applyChanges } from "../../src/admin/applyChanges.js";
import { diffAccess } from "../../src/admin/diff.js";
import { mirrorDiff } from "../../src/admin/diffMirror.js";
import { planMigration } from "../../src/admin/plan.js";
import { arbOrgPair, guide } from "./diffFixtures.js";
import { arbMigration } from "./planFixtures.js";

const RUNS = 100;

describe("mirrorDiff and the plan's diffs (DIF-1, PLN-1, PLN-3)", () => {
  test("DIF-1 property: mirrorDiff(diffAccess(a, b)) is diffAccess(b, a), field order included", () => {
    fc.assert(
      fc.property(arbOrgPair(), ([before, after]) => {
        const mirrored = mirrorDiff(diffAccess(before, after));
        // The JSON text pins the field order that a caller printing the diff sees.
        expect(JSON.stringify(mirrored)).toBe(JSON.stringify(diffAccess(after, before)));
        expect(Object.isFrozen(mirrored.members[0]?.differences[0] ?? mirrored)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  test("DIF-1: the mirror turns an added member into a removed one, with gains and losses swapped", () => {
    const before = guide();
    const grown = applyChanges(before, [{ kind: "addMember", member: { id: "u-new", role: "user" } }]);
    const diff = diffAccess(before, grown);
    const mirrored = mirrorDiff(diff);
    const member = mirrored.members.find((m) => m.memberId === "u-new");
    expect(member?.presence).toBe("removed");
    expect([member?.gains, member?.losses]).toEqual([0, diff.members[0]?.gains]);
    expect(member?.losses).toBeGreaterThan(0);
    expect(member?.differences.map((d) => d.effect)).toEqual(
      diff.members[0]?.differences.map((d) => (d.effect === "gain" ? "loss" : d.effect)),
    );
    expect(member?.differences.some((d) => d.kind === "capability" && d.effect === "loss")).toBe(true);
    expect(mirrorDiff(mirrored)).toEqual(diff);
  });

  test("PLN-1, PLN-3 property: every diff of a plan is the diff of its two states, asked directly", () => {
    fc.assert(
      fc.property(arbMigration(), ([before, after]) => {
        const plan = planMigration(before, after);
        let org = before;
        for (const stage of plan.stages) {
          const next = applyChanges(org, stage.changes);
          expect(JSON.stringify(stage.diff)).toBe(JSON.stringify(diffAccess(org, next)));
          expect(JSON.stringify(stage.rollback.diff)).toBe(JSON.stringify(diffAccess(next, before)));
          org = next;
        }
        expect(JSON.stringify(plan.diff)).toBe(JSON.stringify(diffAccess(before, after)));
      }),
      { numRuns: RUNS },
    );
  });
});
