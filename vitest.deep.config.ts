import { defineConfig } from "vitest/config";

// `npm run test:deep`: the long differential run of test/deep only (at least 1,000,000 member-level
// comparisons between the engine and the reference model), kept out of the default test command.
export default defineConfig({
  test: {
    include: ["test/deep/**/*.test.ts"],
    testTimeout: 15 * 60_000,
    hookTimeout: 60_000,
  },
});
