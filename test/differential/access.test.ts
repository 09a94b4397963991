// resolveAccess: the whole-member answer against the single-question functions and the model.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkAccess, newTally } from "./agreement.js";
import { DIFFERENTIAL_RUNS, arbSubjectOrg } from "./subjects.js";

describe("differential: engine against the reference model", () => {
  it("resolveAccess agrees with resolveToolLevel, resolveCapability and the model for every member", () => {
    const tally = newTally();
    fc.assert(
      fc.property(arbSubjectOrg(), (org) => {
        checkAccess(org, tally);
        tally.orgs++;
      }),
      { numRuns: DIFFERENTIAL_RUNS },
    );
    expect(tally.orgs).toBe(DIFFERENTIAL_RUNS);
  });
});
