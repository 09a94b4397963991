// Spend limits: resolveSpendLimit against modelSpendLimit.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSpendLimits, newTally } from "./agreement.js";
import { DIFFERENTIAL_RUNS, arbSubjectOrg, tieHeavy } from "./subjects.js";

describe("differential: engine against the reference model", () => {
  it("SPD-1..5, CON-7: engine and model agree on every member's spend limit (status, limit, source, groupId)", () => {
    const tally = newTally();
    fc.assert(
      fc.property(arbSubjectOrg(), (org) => {
        checkSpendLimits(org, tally);
        tally.orgs++;
      }),
      { numRuns: DIFFERENTIAL_RUNS },
    );
    expect(tally.orgs).toBe(DIFFERENTIAL_RUNS);
  });

  it("SPD-3, SPD-4: engine and model agree on spend limits when limits tie (first group in groupLimits order, individual or group source over org)", () => {
    const tally = newTally();
    fc.assert(
      fc.property(arbSubjectOrg().map(tieHeavy), (org) => {
        checkSpendLimits(org, tally);
        tally.orgs++;
      }),
      { numRuns: DIFFERENTIAL_RUNS },
    );
    expect(tally.orgs).toBe(DIFFERENTIAL_RUNS);
  });
});
