#!/usr/bin/env node
// `npm run bench`: every benchmark, each in its own process, then docs/performance.md written from
// their results (report.mjs). The lead re-runs it after the engine lands; nothing here is edited by
// hand. Exits non-zero when an engine disagrees with org-rbac, a growth exponent exceeds 1.2, or a
// part fails; the file is written first either way.
//
//   npm run bench                  full run (about 10 minutes on 2 cores), writes docs/performance.md
//   npm run bench -- --quick       smoke run (small sizes, no shared harness), writes to $TMPDIR
//   options: --out FILE, --skip-peers, --only decision,growth,..., --apply-build DIR (a built checkout
//            whose dist exports applyChanges, for bench/apply.mjs before branch admin is merged)

import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, capabilityName, setupLabel } from "./library.mjs";
import { machine, RESULT_TAG } from "./stats.mjs";
import { renderReport } from "./report.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const quick = args.includes("--quick");
const out = opt(
  "--out",
  quick ? join(tmpdir(), "org-rbac-performance.quick.md") : join(ROOT, "docs", "performance.md"),
);
const only = opt("--only", null)?.split(",");
/** A built checkout whose dist exports applyChanges (e.g. branch admin before it is merged). */
const applyBuild = opt("--apply-build", null);

/** Every part: [name, node flags, script and its arguments (full), (quick)]. */
const GC = ["--expose-gc"];
const PARTS = [
  [
    "decision",
    GC,
    ["decision.mjs"],
    ["decision.mjs", "--sizes", "small,medium", "--queries", "20000", "--rounds", "3", "--repeats", "2"],
  ],
  [
    "heap",
    GC,
    ["memory.mjs", "heap", "--size", "large", "--access", "50"],
    ["memory.mjs", "heap", "--size", "medium", "--queries", "20000"],
  ],
  // The default heap on purpose: no --max-old-space-size.
  [
    "hundred",
    GC,
    ["memory.mjs", "hundred", "--queries", "5000"],
    ["memory.mjs", "hundred", "--orgs", "5", "--queries", "2000"],
  ],
  ["unknown", GC, ["memory.mjs", "unknown"], ["memory.mjs", "unknown"]],
  ["parse", GC, ["parse.mjs", "--size", "large"], ["parse.mjs", "--size", "medium", "--runs", "3"]],
  [
    "accessMedium",
    GC,
    ["access.mjs", "--size", "medium", "--budget-s", "20"],
    ["access.mjs", "--size", "medium", "--budget-s", "5", "--queries", "20000"],
  ],
  ["accessLarge", GC, ["access.mjs", "--size", "large", "--budget-s", "30"], null],
  ["growth", GC, ["growth.mjs"], ["growth.mjs", "--quick"]],
  ["size", [], ["size.mjs"], ["size.mjs"]],
  ["apply", GC, ["apply.mjs"], ["apply.mjs", "--size", "medium", "--runs", "3"]],
  // The shared harness with shorter rounds than its defaults, to keep the whole run near 10 minutes.
  ["peers", [], ["peers.mjs", "--harness-args", "--rounds 3 --warmup-s 5 --round-s 4 --max-engine-s 60"], null],
];

function runPart([name, flags, full, short]) {
  const script = quick ? short : full;
  if (script === null || (name === "peers" && args.includes("--skip-peers"))) return { name, skipped: true };
  const argv = [...flags, join(ROOT, "bench", script[0]), ...script.slice(1)];
  process.stderr.write(`\n## ${name}: node ${argv.map((a) => a.replace(`${ROOT}/`, "")).join(" ")}\n`);
  const t0 = Date.now();
  const env = name === "apply" && applyBuild ? { ...process.env, ORG_RBAC_DIR: applyBuild } : process.env;
  const r = spawnSync(process.execPath, argv, {
    cwd: ROOT,
    env,
    encoding: "utf8",
    maxBuffer: 2 ** 28,
    stdio: ["ignore", "pipe", "pipe"],
  });
  process.stderr.write(r.stderr ?? "");
  const line = (r.stdout ?? "").split("\n").find((l) => l.startsWith(RESULT_TAG));
  const seconds = (Date.now() - t0) / 1000;
  process.stderr.write(`## ${name}: ${seconds.toFixed(0)} s, exit ${r.status ?? r.signal}\n`);
  return {
    name,
    command: `node ${argv.map((a) => a.replace(`${ROOT}/`, "")).join(" ")}`,
    seconds,
    status: r.status,
    signal: r.signal,
    result: line
      ? { ...JSON.parse(line.slice(RESULT_TAG.length)), ...(env === process.env ? {} : { build: applyBuild }) }
      : null,
    output: line ? "" : `${r.stdout ?? ""}\n${r.stderr ?? ""}`.trim().slice(-1500),
  };
}

const started = new Date();
const before = machine();
const parts = {};
for (const part of PARTS) if (!only || only.includes(part[0])) parts[part[0]] = runPart(part);
const context = {
  quick,
  started,
  minutes: (Date.now() - started) / 60000,
  machine: before,
  loadAfter: machine().load,
  setupLabel,
  capabilityName,
  command: quick ? "npm run bench -- --quick" : "npm run bench",
};
const report = renderReport(parts, context);
writeFileSync(out, report.text);
process.stderr.write(
  `\nwrote ${out}\n${report.failures.length ? `FAILED: ${report.failures.join("; ")}` : "every check passed"}\n`,
);
if (report.failures.length) process.exitCode = 1;
