// Claude Code: resolveClaudeCodeToolLevel against modelClaudeCodeToolLevel.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkClaudeCode, newTally } from "./agreement.js";
import { DIFFERENTIAL_RUNS, arbSubjectOrg } from "./subjects.js";

describe("differential: engine against the reference model", () => {
  it("CON-12: engine and model agree on every Claude Code connector × tool × managed level", () => {
    const tally = newTally();
    fc.assert(
      fc.property(arbSubjectOrg(), (org) => {
        checkClaudeCode(org, tally);
        tally.orgs++;
      }),
      { numRuns: DIFFERENTIAL_RUNS },
    );
    expect(tally.orgs).toBe(DIFFERENTIAL_RUNS);
  });
});
