import { defineConfig } from "vitest/config";

// The suite as Stryker runs it for each mutant: every example, property and differential test,
// with fast-check's runs scaled down (test/setup/mutation.ts) so ~2,000 mutants fit on 2 cores.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["test/deep/**", "test/readme.test.ts", "test/cli/built.test.ts", "node_modules/**"],
    setupFiles: ["test/setup/mutation.ts"],
    testTimeout: 60_000,
    bail: 1,
    isolate: false,
  },
});
