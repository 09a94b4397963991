// Capabilities: resolveCapability against modelHasCapability for members, sibling-org ids and hostile ids.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCapabilities, newTally } from "./agreement.js";
import { DIFFERENTIAL_RUNS, arbSubjectOrg } from "./subjects.js";

describe("differential: engine against the reference model", () => {
  it("CAP-1..7, GRP-1..4, CON-7: engine and model agree on every member × capability (granted, orgEnabled)", () => {
    const tally = newTally();
    fc.assert(
      fc.property(arbSubjectOrg(), (org) => {
        checkCapabilities(org, tally);
        tally.orgs++;
      }),
      { numRuns: DIFFERENTIAL_RUNS },
    );
    expect(tally.orgs).toBe(DIFFERENTIAL_RUNS);
  });
});
