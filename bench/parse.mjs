#!/usr/bin/env node
// parseOrg (+ compileOrg when exported) of an org vs JSON.parse of its text (issue 8: at most 5x on
// the large org). Each figure is the median of --runs runs on a fresh JSON.parse result (the library
// may remember what it parsed: a fresh object each time). Also: parseOrg plus the first question,
// which includes whatever index the engine builds lazily.
//
//   node --expose-gc bench/parse.mjs [--size large] [--runs 5]

import { generateOrg } from "./gen.mjs";
import { hasCompile, lib, setupOrg } from "./library.mjs";
import { emit, gc, median, msSince, nowNs } from "./stats.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const size = opt("--size", "large");
const runs = Number(opt("--runs", 5));
const source = generateOrg(size);
const text = JSON.stringify(source);
const [m, c, t] = [source.members[1].id, source.connectors[0].id, source.connectors[0].tools[0]];

const jsonParse = [];
const setup = [];
const setupAndFirst = [];
for (let k = 0; k < runs; k++) {
  gc();
  let t0 = nowNs();
  const json = JSON.parse(text);
  jsonParse.push(msSince(t0));
  gc();
  t0 = nowNs();
  setupOrg(json);
  setup.push(msSince(t0));
  const fresh = JSON.parse(text);
  gc();
  t0 = nowNs();
  lib.resolveToolLevel(setupOrg(fresh), m, c, t);
  setupAndFirst.push(msSince(t0));
}
emit({
  size,
  orgBytes: text.length,
  runs,
  compiled: hasCompile,
  jsonParseMs: median(jsonParse),
  setupMs: median(setup),
  setupAndFirstMs: median(setupAndFirst),
});
