// Tool levels: resolveToolLevel against modelToolLevel, over added connectors' tools, an unlisted tool of each and connectors not added.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkToolLevels, newTally } from "./agreement.js";
import { DIFFERENTIAL_RUNS, arbSubjectOrg } from "./subjects.js";

describe("differential: engine against the reference model", () => {
  it("CON-2..7: engine and model agree on every member × connector × tool level, unlisted tools and connectors not added included", () => {
    const tally = newTally();
    fc.assert(
      fc.property(arbSubjectOrg(), (org) => {
        checkToolLevels(org, tally);
        tally.orgs++;
      }),
      { numRuns: DIFFERENTIAL_RUNS },
    );
    expect(tally.orgs).toBe(DIFFERENTIAL_RUNS);
  });
});
