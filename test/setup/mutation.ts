import fc from "fast-check";
import { vi } from "vitest";

// Under mutation testing each mutant reruns the suite: fewer random runs per property keep the whole
// run within the CI budget, while the example tests and fixed seeds still pin every rule. A property
// that fails has killed its mutant: it stops there instead of shrinking the counterexample (a
// crowded org of test/engine/grid.test.ts took 38 s to shrink, and mutants ran into the timeout).
fc.configureGlobal({ numRuns: 10, endOnFailure: true });

// The suite runs with `isolate: false` (vitest.mutation.config.ts) for speed, so modules would be
// shared between test files. Every test file imports the code under test afresh: a mutant that
// acts while a module loads (Stryker's "static" mutants) is then in force for every file, and
// nothing one file loaded can leak into another.
vi.resetModules();
