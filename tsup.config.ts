import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: ESM + CommonJS with declarations for both, one chunk-free entry so bundlers can
    // drop whatever a consumer does not import (sideEffects: false in package.json).
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    treeshake: true,
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
