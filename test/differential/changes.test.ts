// The implementation of SPEC §8 (src/admin, immer) against the reference model (test/model/changes.ts,
// plain spreads) on random orgs and random change lists, some spoiled so that a change cannot apply:
// the same org, or the same failure by index and code.
import { test } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect } from "vitest";
import { safeApplyChanges } from "../../src/admin/applyChanges.js";
import { parseOrg } from "../../src/index.js";
import { arbSeeds, changesFor, spoil } from "../admin/arbChanges.js";
import { arbOrg } from "../arbitraries.js";
import { modelApplyChanges } from "../model/changes.js";

const arbParsed = arbOrg().map((org) => parseOrg(org));

describe("applyChanges agrees with the reference model", () => {
  test.prop([arbParsed, arbSeeds(10)], { numRuns: 200 })(
    "CHG-1, CHG-4: a valid change list gives the model's org",
    (org, seeds) => {
      const changes = changesFor(org, seeds);
      const model = modelApplyChanges(org, changes);
      const result = safeApplyChanges(org, changes);
      expect(model.ok).toBe(true);
      expect(result.ok && result.org).toEqual(model.ok && model.org);
    },
  );

  test.prop([arbParsed, arbSeeds(10), fc.nat(), fc.nat()], { numRuns: 300 })(
    "CHG-1, CHG-4: a spoiled change list fails at the model's index with its code, or gives its org",
    (org, seeds, at, k) => {
      const changes = changesFor(org, seeds);
      const target = changes.length === 0 ? -1 : at % changes.length;
      // The org the spoiled change meets: the one the changes before it leave (by the model).
      const before = modelApplyChanges(org, changes.slice(0, Math.max(0, target)));
      const spoiled = changes.map((change, i) =>
        i === target && before.ok ? spoil(change, { ...(seeds[i] ?? seeds[0]), k } as never, before.org) : change,
      );
      const model = modelApplyChanges(org, spoiled);
      const result = safeApplyChanges(org, spoiled);
      if (model.ok) expect(result.ok && result.org).toEqual(model.org);
      else
        expect(result.ok ? "applied" : { index: result.error.index, code: result.error.code }).toEqual({
          index: model.index,
          code: model.code,
        });
    },
  );
});
