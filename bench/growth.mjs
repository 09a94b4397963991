#!/usr/bin/env node
// Growth exponents (issue 9): every exported function and every CLI command on every adversarial
// shape of shapes.mjs at 3+ sizes (x2 or x4 steps). Input size x = bytes of the org document plus
// bytes of the answer (JSON of the result; the CLI's stdout); time t = the fastest of the runs of one
// call on a freshly parsed org (so it includes any index the engine builds on the first question);
// the CLI's time is a spawn of dist/cli.js minus the spawn of `--help`. The exponent k of t ~ x^k is
// the least-squares slope of log t on log x. The run FAILS (exit 1) when an exponent exceeds 1.2,
// when a call throws where it must not (safeParseOrg, or anything on a valid org), or when a size
// does not finish within the time cap. Exponents of calls under 5 ms at every size (CLI: under 100 ms
// over the spawn, on a shared machine) are shown but do not fail: that is timer, GC and scheduler
// noise, not growth (the sizes are chosen so that a quadratic step would be far above it).
// Each shape runs in its own child process.
//
//   node --expose-gc bench/growth.mjs [--quick] [--shape name] [--cap-s 10] [--shape-s 60]

import { Buffer } from "node:buffer";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SHAPES } from "./shapes.mjs";
import { CLI, capabilityName, lib, resolveCapability } from "./library.mjs";
import { emit, growthExponent, RESULT_TAG } from "./stats.mjs";

export const LIMIT = 1.2;
/** Each measured point is written as it comes, so that a shape stopped midway keeps what it had. */
const POINT_TAG = "GROWTH-POINT ";
/** Below these (at the largest size) a call is not growing: timer, GC and scheduler noise. */
const NOISE_MS = 5;
const NOISE_CLI_MS = 100;
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const quick = args.includes("--quick");
const capMs = Number(opt("--cap-s", 10)) * 1000;
/** A shape's process is stopped (and fails) after this long. */
const shapeMs = Number(opt("--shape-s", 60)) * 1000;

/** The entry points measured on a valid org: name -> (org, ask) -> result. */
const ON_ORG = {
  resolveAccess: (org, a) => lib.resolveAccess(org, a.member),
  [capabilityName]: (org, a) => resolveCapability(org, a.member, "chat"),
  resolveToolLevel: (org, a) => lib.resolveToolLevel(org, a.member, a.connector, a.tool),
  resolveClaudeCodeToolLevel: (org, a) => lib.resolveClaudeCodeToolLevel(org, a.connector, a.tool, "always"),
  findCrossRoleConflicts: (org, a) => lib.findCrossRoleConflicts(org, a.role),
  resolveSpendLimit: (org, a) => lib.resolveSpendLimit(org, a.member),
};
// The admin questions of SPEC sections 8-10 (when this build exports them). The two-org ones compare
// the org with itself after one change (the change's cost, a small fraction, is included).
const oneChange = (a) => [{ kind: "setToolPolicy", connectorId: a.connector, level: "approval" }];
const ADMIN = {
  applyChanges: (org, a) => lib.applyChanges(org, oneChange(a)),
  auditOrg: (org) => lib.auditOrg(org),
  previewChanges: (org, a) => lib.previewChanges(org, oneChange(a)),
  diffAccess: (org, a) => lib.diffAccess(org, lib.applyChanges(org, oneChange(a))),
  changesBetween: (org, a) => lib.changesBetween(org, lib.applyChanges(org, oneChange(a))),
  planMigration: (org, a) => lib.planMigration(org, lib.applyChanges(org, oneChange(a))),
};
for (const [name, fn] of Object.entries(ADMIN)) if (typeof lib[name] === "function") ON_ORG[name] = fn;

const CLI_VALID = {
  "cli access <member>": (f, a) => ["access", f, "--", a.member],
  "cli access (every member)": (f) => ["access", f],
  "cli tool": (f, a) => ["tool", f, "--", a.member, a.connector, a.tool],
  "cli conflicts": (f, a) => ["conflicts", f, "--", a.role],
  "cli spend <member>": (f, a) => ["spend", f, "--", a.member],
  "cli validate": (f) => ["validate", f],
  "cli audit": (f) => ["audit", f],
};

const bytesOf = (value) => {
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? "");
  } catch {
    return 0; // too big to stringify: leave x at the org's size
  }
};

/** The fastest of up to 5 runs (fewer once 1 s is spent) of fn(prepare()), timing fn only. */
function fastest(prepare, fn) {
  let best = Infinity;
  let spent = 0;
  let result;
  for (let k = 0; k < 5 && spent < 1000; k++) {
    const input = prepare();
    const t0 = process.hrtime.bigint();
    result = fn(input);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    best = Math.min(best, ms);
    spent += ms;
  }
  return { ms: best, result };
}

function spawnMs(argv) {
  let best = Infinity;
  let out = 0;
  let status = 0;
  for (let k = 0; k < 2; k++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [CLI, ...argv], {
      maxBuffer: 2 ** 31 - 1,
      timeout: capMs,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.error)
      return {
        error:
          r.error.code === "ETIMEDOUT" ? `over the ${capMs / 1000} s cap` : String(r.error.code ?? r.error.message),
        ms,
      };
    best = Math.min(best, ms);
    out = r.stdout.length + r.stderr.length;
    status = r.status;
    if (ms > 500) break;
  }
  return { ms: best, out, status };
}

function measureValid(text, ask, file, point) {
  const fresh = () => lib.parseOrg(JSON.parse(text));
  point(
    "parseOrg",
    () =>
      fastest(
        () => JSON.parse(text),
        (j) => lib.parseOrg(j),
      ),
    true,
  );
  point(
    "safeParseOrg",
    () =>
      fastest(
        () => JSON.parse(text),
        (j) => lib.safeParseOrg(j),
      ),
    true,
  );
  for (const [name, fn] of Object.entries(ON_ORG)) point(name, () => fastest(fresh, (org) => fn(org, ask)));
  for (const [name, argv] of Object.entries(CLI_VALID)) point(name, () => spawnMs(argv(file, ask)), false, true);
}

function measureInvalid(text, file, point) {
  point("parseOrg (throws)", () =>
    fastest(
      () => JSON.parse(text),
      (j) => {
        try {
          return lib.parseOrg(j);
        } catch (e) {
          if (!(e instanceof lib.OrgValidationError)) throw e;
          return e.message;
        }
      },
    ),
  );
  point("safeParseOrg", () =>
    fastest(
      () => JSON.parse(text),
      (j) => lib.safeParseOrg(j),
    ),
  );
  point("formatValidationIssues", () => {
    const issues = lib.safeParseOrg(JSON.parse(text)).error.issues; // throws here if safeParseOrg does
    return fastest(
      () => issues,
      (list) => lib.formatValidationIssues(list),
    );
  });
  point("cli validate", () => spawnMs(["validate", file]), false, true);
}

function runShape(shape) {
  const dir = join(tmpdir(), `org-rbac-growth-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const points = {};
  const stopped = new Set();
  for (const n of quick ? shape.quick : shape.sizes) {
    const { org, ask } = shape.build(n);
    const text = JSON.stringify(org);
    const file = join(dir, `${shape.name}-${n}.json`);
    writeFileSync(file, text);
    const point = (name, measure, answerIsInput = false, cli = false) => {
      if (stopped.has(name)) return;
      const list = (points[name] ??= []);
      let r;
      try {
        r = measure();
      } catch (e) {
        list.push({ n, x: text.length, error: `${e?.name}: ${String(e?.message).slice(0, 120)}` });
        process.stdout.write(`${POINT_TAG}${JSON.stringify([name, list.at(-1)])}\n`);
        stopped.add(name);
        return;
      }
      if (r.error) {
        list.push({ n, x: text.length, error: r.error });
        process.stdout.write(`${POINT_TAG}${JSON.stringify([name, list.at(-1)])}\n`);
        stopped.add(name);
        return;
      }
      const answer = cli ? r.out : answerIsInput ? 0 : bytesOf(r.result);
      list.push({
        n,
        x: text.length + answer,
        orgBytes: text.length,
        answerBytes: answer,
        ms: r.ms,
        ...(cli ? { status: r.status } : {}),
      });
      process.stdout.write(`${POINT_TAG}${JSON.stringify([name, list.at(-1)])}\n`);
      if (r.ms > capMs) stopped.add(name);
    };
    if (shape.invalid) measureInvalid(text, file, point);
    else measureValid(text, ask, file, point);
    process.stderr.write(`# ${shape.name} n=${n} done\n`);
  }
  return points;
}

function cliBaselineMs() {
  const times = [];
  for (let k = 0; k < 5; k++) {
    const t0 = process.hrtime.bigint();
    execFileSync(process.execPath, [CLI, "--help"]);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return Math.min(...times);
}

/** Exponent and verdict of one entry point on one shape. */
export function verdict(name, list, baselineMs) {
  const cli = name.startsWith("cli ");
  const failed = list.find((p) => p.error);
  if (failed) return { exponent: null, pass: false, note: `n=${failed.n}: ${failed.error}` };
  const ys = list.map((p) => (cli ? Math.max(p.ms - baselineMs, 0.5) : Math.max(p.ms, 0.001)));
  const exponent = growthExponent(
    list.map((p) => p.x),
    ys,
  );
  const top = Math.max(...ys);
  const noise = cli ? top < NOISE_CLI_MS : top < NOISE_MS;
  const over = list.at(-1).ms > capMs;
  if (over) return { exponent, pass: false, note: `over the ${capMs / 1000} s cap at n=${list.at(-1).n}` };
  return { exponent, pass: exponent <= LIMIT || noise, note: noise && exponent > LIMIT ? "under the noise floor" : "" };
}

function parent() {
  const baselineMs = cliBaselineMs();
  const only = opt("--shape", null);
  const shapes = [];
  let ok = true;
  for (const shape of SHAPES) {
    if (only && shape.name !== only) continue;
    const childArgs = [
      fileURLToPath(import.meta.url),
      "--child",
      shape.name,
      ...(quick ? ["--quick"] : []),
      "--cap-s",
      String(capMs / 1000),
      "--shape-s",
      String(shapeMs / 1000),
    ];
    const r = spawnSync(process.execPath, ["--expose-gc", ...childArgs], {
      encoding: "utf8",
      maxBuffer: 2 ** 28,
      timeout: shapeMs,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const points = {};
    for (const line of (r.stdout ?? "").split("\n")) {
      if (!line.startsWith(POINT_TAG)) continue;
      const [name, point] = JSON.parse(line.slice(POINT_TAG.length));
      (points[name] ??= []).push(point);
    }
    const finished = (r.stdout ?? "").includes(RESULT_TAG);
    const error = finished
      ? undefined
      : r.error
        ? `stopped after ${shapeMs / 1000} s`
        : `exited ${r.status ?? r.signal}`;
    const entries = Object.entries(points).map(([name, list]) => ({
      name,
      points: list,
      ...verdict(name, list, baselineMs),
    }));
    ok &&= finished && entries.every((e) => e.pass);
    shapes.push({
      name: shape.name,
      what: shape.what,
      sizes: quick ? shape.quick : shape.sizes,
      ...(error ? { error } : {}),
      entries,
    });
  }
  emit({ limit: LIMIT, quick, capS: capMs / 1000, shapeS: shapeMs / 1000, cliBaselineMs: baselineMs, ok, shapes });
  if (!ok) process.exitCode = 1;
}

if (args[0] === "--child") {
  runShape(SHAPES.find((s) => s.name === args[1]));
  emit({ done: true });
} else parent();
