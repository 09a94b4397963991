import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { applyChanges } from "../../src/admin/applyChanges.js";
import { planMigration } from "../../src/admin/plan.js";
import { compareLevels } from "../../src/level.js";
import { resolveCapability, parseOrg, resolveToolLevel, type Org } from "../../src/index.js";
import { capabilityIds } from "../engine/properties/questions.js";
import { arbOrg } from "../arbitraries.js";
import { arbSeeds, changesFor } from "./arbChanges.js";
import { withoutRepeats } from "./defaults.js";
import { arbMigration, withDefaults } from "./planFixtures.js";

const RUNS = 50;

/** Every member id, capability id and connector × tool of any of the orgs (PLN-2's subjects). */
function subjects(orgs: readonly Org[]) {
  const members = [...new Set(orgs.flatMap((org) => org.members.map((m) => m.id)))];
  const capabilities = [...new Set(orgs.flatMap((org) => capabilityIds(org)))];
  const tools = [
    ...new Set(orgs.flatMap((org) => org.connectors.flatMap((c) => c.tools.map((t) => JSON.stringify([c.id, t]))))),
  ].map((key) => JSON.parse(key) as [string, string]);
  return { members, capabilities, tools };
}

const between = (value: number, a: number, b: number) => Math.min(a, b) <= value && value <= Math.max(a, b);

/** PLN-2 asked of the engine directly: each value of `state` lies between `before` and `after`. */
function holdsNoWindow(before: Org, state: Org, after: Org): boolean {
  const { members, capabilities, tools } = subjects([before, state, after]);
  return members.every(
    (id) =>
      capabilities.every((c) =>
        between(
          Number(resolveCapability(state, id, c).granted),
          Number(resolveCapability(before, id, c).granted),
          Number(resolveCapability(after, id, c).granted),
        ),
      ) &&
      tools.every(([c, t]) => {
        const level = (org: Org) => compareLevels(resolveToolLevel(org, id, c, t).level, "blocked");
        return between(level(state), level(before), level(after));
      }),
  );
}

describe("planMigration properties (PLN-1..PLN-3)", () => {
  test("PLN-1 property: the stages, applied in order, turn before into after (up to defaults)", () => {
    fc.assert(
      fc.property(arbMigration(), fc.boolean(), ([before, after], pilot) => {
        const plan = planMigration(
          before,
          after,
          pilot ? { pilot: after.members.filter((_, i) => i % 2 === 0).map((m) => m.id) } : {},
        );
        const last = plan.stages.reduce((org, stage) => applyChanges(org, stage.changes), before);
        expect(withDefaults(last)).toEqual(withDefaults(after));
      }),
      { numRuns: RUNS },
    );
  });

  test("PLN-2 property: every stage respects the no-window invariant when the plan says it does, asked of the engine", () => {
    fc.assert(
      fc.property(arbMigration(), ([before, after]) => {
        const plan = planMigration(before, after);
        let org = before;
        for (const stage of plan.stages) {
          org = applyChanges(org, stage.changes);
          expect(holdsNoWindow(before, org, after)).toBe(stage.windows.length === 0);
        }
        expect(plan.noWindow).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  test("PLN-3 property: every rollback restores before exactly (up to defaults)", () => {
    fc.assert(
      fc.property(arbMigration(), ([before, after]) => {
        let org = before;
        for (const stage of planMigration(before, after).stages) {
          org = applyChanges(org, stage.changes);
          expect(withDefaults(applyChanges(org, stage.rollback.changes))).toEqual(withDefaults(before));
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("PLN-1..PLN-3 property: for random change lists applied to random orgs, the stages reach the target, keep PLN-2 and roll back", () => {
    fc.assert(
      fc.property(arbOrg(), arbSeeds(8), (raw, seeds) => {
        const before = parseOrg(JSON.parse(JSON.stringify(withoutRepeats(raw))));
        const after = applyChanges(before, changesFor(before, seeds));
        let org = before;
        for (const stage of planMigration(before, after).stages) {
          org = applyChanges(org, stage.changes);
          expect(holdsNoWindow(before, org, after)).toBe(true);
          expect(withDefaults(applyChanges(org, stage.rollback.changes))).toEqual(withDefaults(before));
        }
        expect(withDefaults(org)).toEqual(withDefaults(after));
      }),
      { numRuns: RUNS },
    );
  });
});
