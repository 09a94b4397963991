import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["test/deep/**", "node_modules/**"],
    testTimeout: 60_000,
    setupFiles: ["test/setup/seed.ts"],
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // Export lists and types only: nothing to run.
      exclude: [
        "src/**/*.test.ts",
        "src/cli/main.ts",
        "src/engine/decision.ts",
        "src/admin/diffTypes.ts",
        "src/admin/planTypes.ts",
        "src/**/index.ts",
        "src/browser.ts",
      ],
      reporter: ["text-summary", "text"],
      thresholds: { lines: 100, branches: 100, functions: 100, statements: 100 },
    },
  },
});
