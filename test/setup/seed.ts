// Under CI (CI=true), property tests draw from one fixed seed, so that a run of CI is reproducible
// and its coverage (100% of branches, some reached only by random orgs) does not depend on luck.
// Elsewhere each run draws afresh, and `npm run test:deep` explores far more cases.
import fc from "fast-check";

if (process.env.CI === "true") fc.configureGlobal({ seed: 20261129 });
