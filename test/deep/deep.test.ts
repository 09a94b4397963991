// The deep differential run: engine against the reference model on every question, over as many
// random orgs as it takes to make at least 10,000,000 member-level comparisons (one member × one
// question), half of them about larger orgs. Run it with `npm run test:deep`. Batch i runs with
// seed base + i, so `DEEP_SEED=<base seed> npm run test:deep` replays a run exactly.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbSubjectOrg, tieHeavy } from "../differential/subjects.js";
import { ALL_CHECKS, Disagreement, checkEverything, checkSpendLimits, newTally } from "../differential/agreement.js";

const TARGET = 10_000_000;
const BATCH = 250;
/** Every other batch draws larger orgs: more roles sharing members, more groups per member. */
const LARGE = { maxMembers: 16, maxGroups: 10, maxRoles: 8, maxConnectors: 6, maxTools: 6 } as const;

describe("deep differential: engine against the reference model", () => {
  it("engine and model agree on every capability, tool level, spend limit, conflict, Claude Code level and resolveAccess answer", () => {
    const baseSeed =
      process.env["DEEP_SEED"] === undefined
        ? Date.now() ^ (Math.random() * 0x7fffffff)
        : Number(process.env["DEEP_SEED"]);
    console.log(`deep differential: base seed ${baseSeed}`);
    const tally = newTally();
    const started = performance.now();
    for (let batch = 0; tally.member < TARGET; batch++) {
      const seed = (baseSeed + batch) | 0;
      try {
        fc.assert(
          // The questions come in a random order: answers remembered per org must not depend on it.
          fc.property(
            arbSubjectOrg(batch % 2 === 0 ? {} : LARGE),
            fc.shuffledSubarray([...ALL_CHECKS], { minLength: ALL_CHECKS.length }),
            (org, order) => {
              checkEverything(org, tally, order);
              try {
                checkSpendLimits(tieHeavy(org), tally); // SPD-3/SPD-4 ties, rare in random orgs
              } catch (error) {
                throw new Disagreement(`on tieHeavy(counterexample): ${String(error)}`);
              }
              tally.orgs++;
            },
          ),
          { seed, numRuns: BATCH, verbose: fc.VerbosityLevel.Verbose },
        );
      } catch (error) {
        // fast-check's message holds the seed, the path and the shrunk org; say how to replay it too.
        console.log(
          `deep differential: disagreement in batch ${batch} (seed ${seed}), replay: DEEP_SEED=${baseSeed} npm run test:deep`,
        );
        throw error;
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `deep differential: ${tally.member.toLocaleString("en-US")} comparisons over ${tally.orgs.toLocaleString("en-US")} orgs` +
        ` (+${tally.other.toLocaleString("en-US")} conflict and Claude Code comparisons), 0 disagreements, ${seconds}s, base seed ${baseSeed}`,
    );
    expect(tally.member).toBeGreaterThanOrEqual(TARGET);
  });
});
