// The list helpers of changesBetween (PLN-1, CHG-4): where each missing id is inserted, judged
// against inserting into a plain array one id at a time.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { insertionsInto, misplacedIds, type Insertion } from "../../src/admin/changesBetweenLists.js";

/**
 * The model: a plain array, each id of `inserted` met in `target` spliced in right after the place
 * of its nearest predecessor in `target` that the array holds by then (its first place), or first.
 */
function modelInsertions(present: readonly string[], target: readonly string[], inserted: ReadonlySet<string>) {
  const list = [...present];
  const result: Insertion[] = [];
  let last: number | undefined;
  for (const id of target) {
    if (inserted.has(id)) {
      const at = last === undefined ? 0 : last + 1;
      result.push({ id, at: at === list.length ? undefined : at });
      list.splice(at, 0, id);
      last = at;
    } else if (list.includes(id)) {
      last = list.indexOf(id);
    }
  }
  return result;
}

const ids = fc.array(fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h"), { maxLength: 12 });

describe("insertionsInto", () => {
  test("PLN-1 property: the insertions are those of a plain array, repeated, skipped and unknown ids included", () => {
    fc.assert(
      fc.property(ids, ids, fc.uniqueArray(fc.constantFrom(..."abcdefgh")), (present, target, skipped) => {
        // Some ids missing from `present` are not inserted (changesBetween adds some members in a later stage).
        const inserted = new Set(target.filter((id) => !present.includes(id) && !skipped.includes(id)));
        expect(insertionsInto(present, target, inserted)).toEqual(modelInsertions(present, target, inserted));
      }),
      { numRuns: 500 },
    );
  });

  test("PLN-1 property: a present list kept in the target's order becomes the target", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 30 }), fc.infiniteStream(fc.boolean()), (target, keep) => {
        const present = target.filter(() => keep.next().value);
        const inserted = new Set(target.filter((id) => !present.includes(id)));
        const list = [...present];
        for (const { id, at } of insertionsInto(present, target, inserted)) list.splice(at ?? list.length, 0, id);
        expect(list).toEqual(target);
      }),
    );
  });

  test("CHG-4: an id that goes last has no `at`; a run goes in order after its predecessor", () => {
    expect(insertionsInto(["a", "d"], ["a", "b", "c", "d", "e"], new Set(["b", "c", "e"]))).toEqual([
      { id: "b", at: 1 },
      { id: "c", at: 2 },
      { id: "e", at: undefined },
    ]);
    expect(insertionsInto([], ["x", "y"], new Set(["x", "y"]))).toEqual([
      { id: "x", at: undefined },
      { id: "y", at: undefined },
    ]);
  });
});

describe("misplacedIds", () => {
  test("PLN-1: a repeated id counts once in the run kept: no other id moves to make room for its repeat", () => {
    // Positions 1, 0, 1: the longest strictly increasing run is b then a; a run of a and a would move b.
    expect([...misplacedIds(["a", "b", "a"], ["b", "a"])]).toEqual([]);
    expect([...misplacedIds(["a", "c", "b", "a"], ["b", "c", "a"])]).toEqual(["c"]);
    // Positions 1, 1, 0, 1: a run of a, a and a is longer, but keeps one id where b then a keeps two.
    expect([...misplacedIds(["a", "a", "b", "a"], ["b", "a"])]).toEqual([]);
  });

  test("PLN-1 property: the ids kept are in the target's order, and as many as can be", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(..."abcdefgh"), { maxLength: 8 }), fc.nat(), (current, seed) => {
        const target = fc.sample(fc.shuffledSubarray(current, { minLength: current.length }), { seed, numRuns: 1 })[0];
        const misplaced = misplacedIds(current, target ?? []);
        const kept = current.filter((id) => !misplaced.has(id));
        const position = new Map((target ?? []).map((id, i) => [id, i] as const));
        expect(kept.map((id) => position.get(id))).toEqual(
          [...kept.map((id) => position.get(id))].sort((x, y) => (x ?? 0) - (y ?? 0)),
        );
        expect(kept.length).toBe(longestIncreasing(current.map((id) => position.get(id) ?? 0)));
      }),
    );
  });
});

/** The length of a longest strictly increasing run of `values`, by the quadratic textbook method. */
function longestIncreasing(values: readonly number[]): number {
  const best = values.map(() => 1);
  for (let i = 0; i < values.length; i++)
    for (let j = 0; j < i; j++)
      if ((values[j] ?? 0) < (values[i] ?? 0)) best[i] = Math.max(best[i] ?? 1, (best[j] ?? 1) + 1);
  return Math.max(0, ...best);
}
