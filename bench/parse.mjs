#!/usr/bin/env node
// parseOrg (+ compileOrg when exported) of an org vs JSON.parse of its text (issue 8: at most 5x on
// the large org). One repetition is a fresh process doing --runs runs, each on a fresh JSON.parse
// result (the library may remember what it parsed: a fresh object each time): JSON.parse, parseOrg
// and compileOrg timed apart, then parseOrg plus the first question on another fresh result (any
// index the engine builds lazily). --repeats repetitions, each in its own process, as the decision
// bench does: a ratio is taken within a repetition (the median of its runs), and the report judges
// the median of those ratios, showing each.
//
// Diagnostic, the floor under the parser's contract (IN-1, IN-3): a fresh, deeply frozen copy of the
// same JSON, every property and element read through its descriptor so that no getter runs, and no
// rule checked. Any parser that keeps that contract spends at least this; what parseOrg spends over
// it is its rules and its design.
//
//   node --expose-gc bench/parse.mjs [--size large] [--runs 5] [--repeats 3]

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { generateOrg } from "./gen.mjs";
import { hasCompile, lib } from "./library.mjs";
import { RESULT_TAG, emit, gc, median, msSince, nowNs } from "./stats.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const size = opt("--size", "large");
const runs = Number(opt("--runs", 5));
const repeats = Number(opt("--repeats", 3));

/** An own property's value read through its descriptor (no getter runs); JSON has no accessor. */
function own(object, key) {
  return Object.getOwnPropertyDescriptor(object, key).value;
}

/** The floor under the parser's contract: a fresh deeply frozen copy, read through descriptors, no rule checked. */
function frozenCopy(value) {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    const length = own(value, "length");
    const out = [];
    for (let i = 0; i < length; i++) out.push(frozenCopy(own(value, i)));
    return Object.freeze(out);
  }
  const out = {};
  // The generated orgs have no `__proto__` key: a plain assignment is the cheapest copy.
  for (const key of Object.keys(value)) out[key] = frozenCopy(own(value, key));
  return Object.freeze(out);
}

/** One repetition: --runs runs in this process; the medians of each figure. */
function repetition() {
  const source = generateOrg(size);
  const text = JSON.stringify(source);
  const [m, c, t] = [source.members[1].id, source.connectors[0].id, source.connectors[0].tools[0]];
  const times = { jsonParseMs: [], floorMs: [], parseMs: [], compileMs: [], setupMs: [], setupAndFirstMs: [] };
  for (let k = 0; k < runs; k++) {
    gc();
    let t0 = nowNs();
    const json = JSON.parse(text);
    times.jsonParseMs.push(msSince(t0));
    gc();
    t0 = nowNs();
    frozenCopy(json);
    times.floorMs.push(msSince(t0));
    gc();
    t0 = nowNs();
    const org = lib.parseOrg(json);
    const parsed = msSince(t0);
    t0 = nowNs();
    if (hasCompile) lib.compileOrg(org);
    const compiled = msSince(t0);
    times.parseMs.push(parsed);
    times.compileMs.push(compiled);
    times.setupMs.push(parsed + compiled);
    const fresh = JSON.parse(text);
    gc();
    t0 = nowNs();
    const again = lib.parseOrg(fresh);
    if (hasCompile) lib.compileOrg(again);
    lib.resolveToolLevel(again, m, c, t);
    times.setupAndFirstMs.push(msSince(t0));
  }
  return { orgBytes: text.length, ...Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])) };
}

if (args.includes("--child")) {
  emit(repetition());
} else {
  const reps = [];
  for (let k = 0; k < repeats; k++) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), ...args, "--child"],
      { encoding: "utf8", maxBuffer: 2 ** 24, stdio: ["ignore", "pipe", "inherit"] },
    );
    const line = (child.stdout ?? "").split("\n").find((l) => l.startsWith(RESULT_TAG));
    if (!line) throw new Error(`repetition ${k + 1} failed (exit ${child.status ?? child.signal})`);
    const rep = JSON.parse(line.slice(RESULT_TAG.length));
    reps.push({
      ...rep,
      ratio: rep.setupMs / rep.jsonParseMs,
      firstRatio: rep.setupAndFirstMs / rep.jsonParseMs,
      floorRatio: rep.floorMs / rep.jsonParseMs,
      parseOverFloor: rep.parseMs / rep.floorMs,
    });
  }
  const med = (key) => median(reps.map((r) => r[key]));
  emit({
    size,
    orgBytes: reps[0].orgBytes,
    runs,
    repeats,
    compiled: hasCompile,
    ...Object.fromEntries(
      [
        "jsonParseMs",
        "floorMs",
        "parseMs",
        "compileMs",
        "setupMs",
        "setupAndFirstMs",
        "ratio",
        "firstRatio",
        "floorRatio",
        "parseOverFloor",
      ].map((key) => [key, med(key)]),
    ),
    repetitions: reps,
  });
}
