#!/usr/bin/env node
// The browser bundle of issue 8 (resolveToolLevel, capabilityUiState, toolUiState) must not pull in
// immer (issue 10: immer lives in src/admin only) when imported from the browser entry
// (dist/browser.js, `org-rbac/browser`); the main entry (dist/index.js) is measured and reported. Bundles each with
// esbuild (what size-limit measures with) and fails when any input comes from immer. Prints each
// bundle's size minified and gzipped, and for the browser entry its minified bytes by part (scans,
// index, rules and reasons, words, UI state), its size with every module of dist/words/ left empty, and the
// size of the same questions as the reference model answers them (the floor of any design). The guard itself is
// .size-limit.json's (issue 8's target is 4 kB).
//
//   node bench/browserEntry.mjs      (part of `npm run size`)

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { ROOT } from "./library.mjs";

const NAMES = "resolveToolLevel, capabilityUiState, toolUiState";
const ENTRIES = ["dist/browser.js", "dist/index.js"].filter((file) => existsSync(join(ROOT, file)));

/** The bundle of the three names from `file`, as size-limit builds it; `plugins` may stand in for modules. */
const bundle = (file, plugins = []) =>
  build({
    stdin: { contents: `export { ${NAMES} } from "./${file}";`, resolveDir: ROOT, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    plugins,
  });

/** A plugin that replaces each module matching `pattern` by exports of `stub` (source text): its bytes gone. */
function stubbing(name, pattern, stub) {
  return {
    name,
    setup(b) {
      b.onLoad({ filter: pattern }, ({ path }) => {
        const names = [...readFileSync(path, "utf8").matchAll(/^export\s*\{([^}]*)\}/gm)].flatMap(([, list]) =>
          list
            .split(",")
            .map((name) =>
              name
                .trim()
                .split(/\s+as\s+/)
                .pop(),
            )
            .filter(Boolean),
        );
        return { contents: names.map((name) => `export const ${name} = ${stub};`).join("\n"), loader: "js" };
      });
    },
  };
}

/** Each module of dist/words/ replaced by functions that return "": the bundle without any words. */
const NO_WORDS = stubbing("no-words", /[/\\]dist[/\\]words[/\\][^/\\]+\.js$/, '() => ""');

// The parts of the library a bundle's bytes go to, first match wins: the scans are how the browser
// entry answers (src/scan/: who a member is and the rules, with no index); the index is what
// compileOrg builds to answer fast in bounded memory (membership, profiles, catalog, the kept answers
// for strangers); the rules are the engine's decisions and their reasons as data.
const PARTS = [
  ["words", /dist[/\\]words[/\\]/],
  ["UI state", /dist[/\\]ui[/\\]/],
  ["scans", /dist[/\\]scan[/\\]/],
  ["index", /dist[/\\]engine[/\\](membership|profiles|compile|catalog|strangers)\.js$/],
  ["rules and reasons", /dist[/\\](engine[/\\]|level\.js$)/],
];

/** Minified bytes in the bundle by part of the library (PARTS), and the rest. */
function byPart(output) {
  const parts = new Map([...PARTS.map(([part]) => [part, 0]), ["other", 0]]);
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const part = PARTS.find(([, pattern]) => pattern.test(path))?.[0] ?? "other";
    parts.set(part, parts.get(part) + bytesInOutput);
  }
  return [...parts].map(([part, bytes]) => `${part} ${bytes} B`).join(", ");
}

/**
 * The floor of any design: the same three questions as the reference model writes them (test/model:
 * CON-2..CON-7, GRP-1..GRP-4 and the UI rules by linear scans), with no index, no explanation and no
 * check that the org came from parseOrg; `undefined` where test/ is not shipped (an installed package).
 */
async function modelBytes() {
  const model = join(ROOT, "test", "model");
  if (!existsSync(model)) return undefined;
  const result = await build({
    stdin: {
      contents: `export { modelToolLevel } from "./tools.ts"; export * from "./ui.ts";`,
      resolveDir: model,
      loader: "ts",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
  });
  return result.outputFiles[0].contents;
}

let failed = false;
for (const file of ENTRIES) {
  const result = await bundle(file);
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
  if (file !== "dist/browser.js") continue;
  // Where the browser entry's bytes go, and what it would weigh with no words at all (issue 8's
  // 4 kB target: the words are what a design could move out of the bundle; the rest decides).
  console.log(`${file} by part, minified: ${byPart(output)}`);
  const bare = (await bundle(file, [NO_WORDS])).outputFiles[0].contents;
  console.log(`${file} without its words: ${gzipSync(bare).length} B min+gzip`);
  const model = await modelBytes();
  if (model !== undefined)
    console.log(
      `the rules alone, as the reference model writes them (test/model: no index, no explanation, no check of the org): ${model.length} B minified, ${gzipSync(model).length} B min+gzip`,
    );
}
if (failed) process.exit(1);
