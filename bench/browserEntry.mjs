#!/usr/bin/env node
// The browser entry of issue 8 (resolveToolLevel, capabilityUiState, toolUiState imported from
// dist/index.js) must not pull in immer (issue 10: immer lives in src/admin only). Bundles the entry
// with esbuild (what size-limit measures it with) and fails when any input comes from immer.
// Prints the bundle's size minified and gzipped; the 4 kB limit itself is .size-limit.json's.
//
//   node bench/browserEntry.mjs      (part of `npm run size`)

import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { ROOT } from "./library.mjs";

const ENTRY = `export { resolveToolLevel, capabilityUiState, toolUiState } from "./dist/index.js";`;

const result = await build({
  stdin: { contents: ENTRY, resolveDir: ROOT, loader: "js" },
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  write: false,
  metafile: true,
});
const inputs = Object.keys(result.metafile.inputs);
const immer = inputs.filter((path) => /(^|[/\\])immer([/\\]|$)/.test(path));
const bytes = result.outputFiles[0].contents;
console.log(`browser entry: ${inputs.length} inputs, ${bytes.length} B minified, ${gzipSync(bytes).length} B min+gzip`);
if (immer.length > 0) {
  console.error(`the browser entry pulls in immer: ${immer.join(", ")}`);
  process.exit(1);
}
console.log("no immer in the browser entry");
