import fc from "fast-check";

/**
 * The number of runs of a property: `wanted`, or fewer when a global fast-check configuration asks
 * for fewer. Mutation testing (`test/setup/mutation.ts`) sets `numRuns` globally to keep each
 * mutant's run short; `npm test` and `npm run test:deep` run every property in full.
 */
export function runs(wanted: number): number {
  const global = fc.readConfigureGlobal().numRuns;
  return global === undefined ? wanted : Math.min(wanted, global);
}
