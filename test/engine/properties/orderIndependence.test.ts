// No rule reads the order of roles, groups, group member lists, members, connectors, tools, role
// assignments, group mappings or capability lists: reordering them changes no answer. Group spend
// limits keep their order (SPD-3 names the first of tied groups in that order).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { arbOrg } from "../../arbitraries.js";
import { arbRichOrg, arbShuffle, shuffle } from "../mutations.js";
import { answersOf, conflictAnswersOf, deepFreeze, memberIds, strangerIds, runs } from "./questions.js";

const RUNS = 100;

describe("order independence", () => {
  test("reordering roles, groups, group members, members, connectors and role assignments changes no member's capabilities, tool levels, menu, landing page or spend limit (CAP-4, CAP-5, CON-2, CON-3, CON-10, GRP-3, SPD-3)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), arbShuffle(), (raw, change) => {
        const org = deepFreeze(raw);
        const shuffled = deepFreeze(shuffle(org, change));
        for (const memberId of [...memberIds(org), ...strangerIds(org)]) {
          expect(answersOf(shuffled, memberId, { withSpendGroup: true }), memberId).toEqual(
            answersOf(org, memberId, { withSpendGroup: true }),
          );
        }
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
