#!/usr/bin/env node
// The browser bundle of issue 8 (resolveToolLevel, capabilityUiState, toolUiState) must not pull in
// immer (issue 10: immer lives in src/admin only) when imported from the browser entry
// (dist/browser.js, `org-rbac/browser`); the main entry (dist/index.js) is measured and reported. Bundles each with
// esbuild (what size-limit measures with) and fails when any input comes from immer. Prints each
// bundle's size minified and gzipped; the 4 kB limit itself is .size-limit.json's.
//
//   node bench/browserEntry.mjs      (part of `npm run size`)

import { existsSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { ROOT } from "./library.mjs";

const NAMES = "resolveToolLevel, capabilityUiState, toolUiState";
const ENTRIES = ["dist/browser.js", "dist/index.js"].filter((file) => existsSync(join(ROOT, file)));

let failed = false;
for (const file of ENTRIES) {
  const result = await build({
    stdin: { contents: `export { ${NAMES} } from "./${file}";`, resolveDir: ROOT, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
  });
  const inputs = Object.keys(result.metafile.inputs);
  // An input counts when it puts bytes in the bundle (esbuild may list a module it then tree-shakes).
  const [output] = Object.values(result.metafile.outputs);
  const immer = Object.entries(output.inputs)
    .filter(([path, { bytesInOutput }]) => bytesInOutput > 0 && /(^|[/\\])immer([/\\]|$)/.test(path))
    .map(([path]) => path);
  const bytes = result.outputFiles[0].contents;
  console.log(
    `{ ${NAMES} } from ${file}: ${inputs.length} inputs, ${bytes.length} B minified, ${gzipSync(bytes).length} B min+gzip, ${immer.length ? "IMMER" : "no immer"}`,
  );
  // The browser entry must be immer-free; the main entry is reported only (it re-exports the admin
  // functions, and whether a bundler drops them is the bundler's business).
  if (immer.length > 0 && file === "dist/browser.js") {
    console.error(`the bundle of ${file} pulls in immer: ${immer.join(", ")}`);
    failed = true;
  }
}
if (failed) process.exit(1);
