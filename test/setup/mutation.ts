import fc from "fast-check";

// Under mutation testing each mutant reruns the suite: fewer random runs per property keep the whole
// run within the CI budget, while the example tests and fixed seeds still pin every rule.
fc.configureGlobal({ numRuns: 10 });
