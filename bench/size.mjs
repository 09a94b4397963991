#!/usr/bin/env node
// The browser entry's size as size-limit measures it (the issue 8 target: 4 kB min+gzip; .size-limit.json
// holds the test command's guard against growth), and the
// immer check of browserEntry.mjs, with its bytes by part and the bundle's size without its words and the reference model's
// (the floor of any design), for the report.

import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./library.mjs";
import { emit } from "./stats.mjs";

const sizeLimit = spawnSync(process.execPath, [join(ROOT, "node_modules", "size-limit", "bin.js"), "--json"], {
  cwd: ROOT,
  encoding: "utf8",
});
const immer = spawnSync(process.execPath, [join(ROOT, "bench", "browserEntry.mjs")], { cwd: ROOT, encoding: "utf8" });
let entries = [];
try {
  entries = JSON.parse(sizeLimit.stdout);
} catch {
  entries = [{ name: "size-limit", error: (sizeLimit.stdout + sizeLimit.stderr).slice(-500) }];
}
const bare = /without its words: (\d+) B/.exec(immer.stdout);
const model = /as the reference model writes them .*?\): \d+ B minified, (\d+) B min\+gzip/.exec(immer.stdout);
emit({
  entries,
  immerFree: immer.status === 0,
  immerOutput: (immer.stdout + immer.stderr).trim(),
  withoutWordsBytes: bare === null ? null : Number(bare[1]),
  modelBytes: model === null ? null : Number(model[1]),
});
