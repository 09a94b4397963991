import { defineConfig } from "tsup";

export default defineConfig([
  {
    // ESM: one module per source file (not bundled), so that a consumer's bundler drops, module by
    // module, whatever it does not import (sideEffects in package.json names the one module with an
    // effect). The browser entry carries no parser or words it does not use.
    entry: ["src/**/*.ts", "!src/cli/**"],
    format: ["esm"],
    bundle: false,
    sourcemap: true,
    clean: true,
    target: "node20",
  },
  {
    // CommonJS, one file per entry, and the declarations of both formats.
    entry: { index: "src/index.ts", browser: "src/browser.ts" },
    format: ["cjs"],
    dts: { entry: { index: "src/index.ts", browser: "src/browser.ts" } },
    sourcemap: true,
    target: "node20",
  },
  {
    // The declarations of the ESM entries (only declarations: the modules are built above).
    entry: { index: "src/index.ts", browser: "src/browser.ts" },
    format: ["esm"],
    dts: { only: true },
  },
  {
    // The command line: ESM only, a thin shell over the library.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
