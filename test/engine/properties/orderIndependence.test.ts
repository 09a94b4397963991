// No rule reads the order of roles, groups, group member lists, members, connectors, tools, role
// assignments, group mappings or capability lists: reordering them changes no answer. Group spend
// limits keep their order (SPD-3 names the first of tied groups in that order).
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { arbOrg } from "../../arbitraries.js";
import { arbRichOrg, arbShuffle, shuffle } from "../mutations.js";
import { answersOf, conflictAnswersOf, deepFreeze, memberIds, strangerIds, runs } from "./questions.js";

const RUNS = 150;

describe("order independence", () => {
  test("reordering roles, groups, group members, members, connectors and role assignments changes no member's capabilities, tool levels, menu, landing page or spend limit (CAP-4, CAP-5, CON-2, CON-3, CON-10, GRP-3, SPD-3)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), arbShuffle(), (raw, change) => {
        const org = deepFreeze(raw);
        const shuffled = deepFreeze(shuffle(org, change));
        const differing = [...memberIds(org), ...strangerIds(org)].filter(
          (memberId) =>
            !isDeepStrictEqual(
              answersOf(shuffled, memberId, { withSpendGroup: true }),
              answersOf(org, memberId, { withSpendGroup: true }),
            ),
        );
        // On a difference, show the first member's answers side by side.
        const [first] = differing;
        if (first !== undefined)
          expect(answersOf(shuffled, first, { withSpendGroup: true }), first).toEqual(
            answersOf(org, first, { withSpendGroup: true }),
          );
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("reordering roles, groups, members, connectors and role assignments changes no cross-role conflict: the same conflicting roles and applying levels, in both views (CON-13)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), arbShuffle(), (raw, change) => {
        const org = deepFreeze(raw);
        expect(conflictAnswersOf(deepFreeze(shuffle(org, change)))).toEqual(conflictAnswersOf(org));
      }),
      { numRuns: runs(RUNS) },
    );
  });
});
