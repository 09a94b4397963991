// Cross-role conflicts: findCrossRoleConflicts against modelConflicts, with and without a connector id.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkConflicts, newTally } from "./agreement.js";
import { DIFFERENTIAL_RUNS, arbSubjectOrg } from "./subjects.js";

describe("differential: engine against the reference model", () => {
  it("CON-13: engine and model agree on every role × connector conflict warning (conflicting roles, their levels, applying levels), in both views", () => {
    const tally = newTally();
    fc.assert(
      fc.property(arbSubjectOrg(), (org) => {
        checkConflicts(org, tally);
        tally.orgs++;
      }),
      { numRuns: DIFFERENTIAL_RUNS },
    );
    expect(tally.orgs).toBe(DIFFERENTIAL_RUNS);
  });
});
