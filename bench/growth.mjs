#!/usr/bin/env node
// Growth exponents (issue 9): every exported function and every CLI command on every adversarial
// shape of shapes.mjs. The method, chosen to be robust on a shared 2-core machine and never lenient:
//
// - Sizes: 4 per shape in x2 steps (connectors-tools: k x k tools, k in steps of about x1.41), the
//   largest chosen so that the shape's main entry points take well over 20 ms there.
// - x = bytes of the org document plus bytes of the answer (JSON of the result; the CLI's stdout).
// - Library time: each timed call runs on a freshly parsed org (so it includes any index the engine
//   builds on the first question), after a forced full GC (`--expose-gc`), both untimed. Short calls
//   are repeated more: at least 3 calls (2 once a call takes over 1 s, 1 over 3 s), and more until
//   the point has taken 0.8 s of wall time (parsing and GC included), at most 25. The point is the
//   MEDIAN call. (It was the fastest call, but the fastest of 25 short calls is lower than the
//   fastest of 3 long ones by the spread alone: the smaller sizes looked faster than they are, which
//   inflated exponents; diffAccess's calls on one org spread from 21 to 71 ms. A median does not
//   drift with the number of calls, and leaves out the first, cold call of three.)
// - CLI time: the fastest of up to 5 spawns of dist/cli.js (3 past 0.4 s, 2 past 1 s, 1 past 3 s),
//   minus the fastest of 5 spawns of `--help` (node's start-up) at the same size: a start-up measured
//   once, at the beginning, made the small sizes of a loaded run look faster than they are.
// - The exponent k of t ~ x^k is the least-squares slope of log t on log x over all sizes. The run
//   FAILS (exit 1) when k exceeds 1.2; when the LAST step (the two largest sizes) has a slope over
//   1.5 where the largest point is over 4x the noise floor (20 ms; CLI 400 ms over the spawn: one
//   step of two points is judged only where it is well above the noise), so that a quadratic step,
//   slope 2, hidden behind flat small sizes, cannot pass; when a call throws
//   where it must not (safeParseOrg, or anything on a valid org); or when a size does not finish
//   within the time cap (10 s a call; a shape's process: 300 s).
// - A series that fails is measured once more, in a fresh process, and each of its points keeps the
//   lower of its two times (noise on a shared machine only ever adds time); the verdict is on the
//   merged series and says "re-measured". Growth that is real fails both times.
// - A series that still fails is measured at one more size, twice the largest, and judged again on
//   all five points (the exponent over all, the last step now the new one); the verdict says
//   "extended". A bump at one size (a garbage collection or a cache that the size just outgrows:
//   even a Map of n entries and structuredClone of the org grow 2.4-2.8x per doubling past 40,000
//   groups on member-in-groups) does not go on; growth that is real does, at the next size too.
// - Noise floor: an entry point under 5 ms at every size (CLI: under 100 ms over the spawn) is timer,
//   GC and scheduler noise, not growth: its exponents are shown and do not fail.
// - Before measuring, the verdict is checked on synthetic series (selfCheck): linear and n log n
//   pass, quadratic fails, a quadratic last step behind a constant fails, and a quadratic under the
//   noise floor is the only one let through. A run whose verdict is lenient fails.
// Each shape runs in its own child process.
//
//   node --expose-gc bench/growth.mjs [--quick] [--shape name] [--cap-s 10] [--shape-s 300]
//   node bench/growth.mjs --self-check

import { Buffer } from "node:buffer";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CHANGE_LISTS, SHAPES } from "./shapes.mjs";
import { CLI, browser, capabilityName, lib, resolveCapability } from "./library.mjs";
import { emit, growthExponent, median, RESULT_TAG } from "./stats.mjs";

export const LIMIT = 1.2;
/** Each measured point is written as it comes, so that a shape stopped midway keeps what it had. */
const POINT_TAG = "GROWTH-POINT ";
/** The slope between the two largest sizes over which a run fails: a quadratic step has 2. */
export const STEP_LIMIT = 1.5;
/** The last step is judged where its larger point is this many times the noise floor (20 ms; CLI 400 ms). */
export const STEP_FLOOR = 4;
/** Below these (at every size) a call is not growing: timer, GC and scheduler noise. */
export const NOISE_MS = 5;
export const NOISE_CLI_MS = 100;
/** The wall time after which a point of 3 calls or more stops repeating (parsing and GC included). */
const POINT_MS = 800;
/** The method in one paragraph, for docs/performance.md (bench/report.mjs). */
const METHOD =
  "Sizes: 4 per shape in x2 steps. Library time: the median of 3 to 25 calls (more for short calls: until the point " +
  "has taken 0.8 s; 2 calls over 1 s, 1 over 3 s), each on a freshly parsed org (any lazily built index included) after " +
  "a forced full GC; CLI: the fastest of up to 5 spawns of dist/cli.js (3 past 0.4 s, 2 past 1 s, 1 past 3 s) minus the fastest of " +
  "5 `--help` spawns at the same size. " +
  `Fails when the least-squares exponent exceeds ${LIMIT}, or the last step (the two largest sizes) exceeds ${STEP_LIMIT} ` +
  `where the largest point is over ${STEP_FLOOR}x the noise floor, ` +
  "unless the call stays under the noise floor at every size; a series that fails is measured once more in a fresh " +
  "process, each point keeping the lower of its two times (the verdict then says re-measured); a series that still fails is measured at " +
  "twice the largest size and judged on all five points, the last step then the new one (the verdict says extended: a bump at one size " +
  "does not go on, growth that is real does); the verdict is first checked on synthetic series " +
  "(linear and n log n pass, quadratic and a quadratic last step fail, extended or not).";
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const quick = args.includes("--quick");
const capMs = Number(opt("--cap-s", 10)) * 1000;
/** A shape's process is stopped (and fails) after this long. */
const shapeMs = Number(opt("--shape-s", 300)) * 1000;
/** In a child: only these entry points (a JSON array of names), to measure a failing series again. */
const entriesOpt = opt("--entries", null);
const onlyEntries = entriesOpt === null ? null : new Set(JSON.parse(entriesOpt));
/** In a child: these sizes instead of the shape's (a JSON array), to extend a failing series. */
const sizesOpt = opt("--sizes", null);

/** Reads a decision's explanation (built on first read), and returns the decision. */
const explained = (decision) => {
  void decision.summary;
  return decision;
};

/** The entry points measured on a valid org: name -> (org, ask) -> result. */
const ON_ORG = {
  resolveAccess: (org, a) => lib.resolveAccess(org, a.member),
  [capabilityName]: (org, a) => resolveCapability(org, a.member, "chat"),
  resolveToolLevel: (org, a) => lib.resolveToolLevel(org, a.member, a.connector, a.tool),
  // The explanation is built when read: timed here with the question (the rows above time the answer alone).
  [`${capabilityName} + reasons`]: (org, a) => explained(resolveCapability(org, a.member, "chat")),
  "resolveToolLevel + reasons": (org, a) => explained(lib.resolveToolLevel(org, a.member, a.connector, a.tool)),
  resolveClaudeCodeToolLevel: (org, a) => lib.resolveClaudeCodeToolLevel(org, a.connector, a.tool, "always"),
  findCrossRoleConflicts: (org, a) => lib.findCrossRoleConflicts(org, a.role),
  resolveSpendLimit: (org, a) => lib.resolveSpendLimit(org, a.member),
};
// The browser entry's own answers (src/scan/: the org's maps built on its first question, a member's
// facts on the first question about them), explanation included: its dearest path.
if (browser?.resolveCapability !== undefined && browser.resolveToolLevel !== lib.resolveToolLevel)
  Object.assign(ON_ORG, {
    "browser resolveCapability + reasons": (org, a) => explained(browser.resolveCapability(org, a.member, "chat")),
    "browser resolveToolLevel + reasons": (org, a) =>
      explained(browser.resolveToolLevel(org, a.member, a.connector, a.tool)),
  });
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
// Lists of changes that grow with the org: one change per member. The first design copied the member
// list for each change (quadratic); applying or undoing a list now costs about the org plus the list.
const removeEvery = (org) => org.members.map((m) => ({ kind: "removeMember", memberId: m.id }));
const BATCHES = {
  "applyChanges (a removal per member)": (org) => lib.applyChanges(org, removeEvery(org)),
  "invertChanges (a removal per member)": (org) => lib.invertChanges(org, removeEvery(org)),
  "applyChanges (that list, then its undo)": (org) => {
    const changes = removeEvery(org);
    return lib.applyChanges(lib.applyChanges(org, changes), lib.invertChanges(org, changes));
  },
};
// The org with a new id before every member id of its largest group: changesBetween then inserts each
// at its own place. Places were found by a search of the growing list, quadratic from about 20,000 ids
// (0.72 s for 10,000 new ids in a group of 10,000, 7.4 s for 40,000 in 40,000: past these shapes'
// sizes); an order tree now finds each in O(log n) (0.33 s and 0.86 s).
const interleaved = (org) => {
  const largest = org.groups.reduce((a, g) => (g.members.length > a.members.length ? g : a), org.groups[0]);
  const groups = org.groups.map((g) =>
    g === largest ? { ...g, members: g.members.flatMap((id, i) => [`new-${i}`, id]) } : g,
  );
  return lib.parseOrg({ ...org, groups });
};
if (typeof lib.changesBetween === "function") {
  BATCHES["changesBetween (a new id before every id of the largest group)"] = (org) =>
    lib.changesBetween(org, interleaved(org));
}
// Lists of one change per part of the org that each kind edits (shapes.mjs), applied then inverted.
for (const [what, listOf] of Object.entries(CHANGE_LISTS)) {
  BATCHES[`applyChanges + invertChanges (${what})`] = (org) => {
    const changes = listOf(org);
    return [lib.applyChanges(org, changes), lib.invertChanges(org, changes)];
  };
}
if (typeof lib.invertChanges === "function") Object.assign(ON_ORG, BATCHES);

const CLI_VALID = {
  "cli access <member>": (f, a) => ["access", f, "--", a.member],
  "cli access (every member)": (f) => ["access", f],
  "cli tool": (f, a) => ["tool", f, "--", a.member, a.connector, a.tool],
  "cli conflicts": (f, a) => ["conflicts", f, "--", a.role],
  "cli spend <member>": (f, a) => ["spend", f, "--", a.member],
  "cli validate": (f) => ["validate", f],
  "cli audit": (f) => ["audit", f],
};

/** The answer's size in bytes of JSON; -1 when it is too big to stringify (a failure: see `point`). */
const bytesOf = (value) => {
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? "");
  } catch {
    return -1;
  }
};

const fullGc = () => {
  if (!globalThis.gc) throw new Error("run with --expose-gc");
  globalThis.gc();
};

/**
 * Whether a point has enough timed calls: at least 3 (2 once a call takes over 1 s, 1 over 3 s),
 * then more until the point has taken `POINT_MS` of wall time (its untimed parsing and GC
 * included), at most 25: short calls are repeated most.
 */
function enough(calls, wallMs, lastMs) {
  if (calls >= 25) return true;
  if (calls >= 1 && lastMs > 3000) return true;
  if (calls >= 2 && lastMs > 1000) return true;
  return calls >= 3 && wallMs >= POINT_MS;
}

/** The median of several calls of fn(prepare()), each after a full GC; only fn is timed. */
function typical(prepare, fn) {
  const times = [];
  let result;
  const start = process.hrtime.bigint();
  for (let calls = 0, last = 0; !enough(calls, Number(process.hrtime.bigint() - start) / 1e6, last); calls++) {
    const input = prepare();
    result = undefined; // the previous answer is garbage before the GC, as in a fresh process
    fullGc();
    const t0 = process.hrtime.bigint();
    result = fn(input);
    last = Number(process.hrtime.bigint() - t0) / 1e6;
    times.push(last);
  }
  return { ms: median(times), result };
}

function spawnMs(argv) {
  let best = Infinity;
  let out = 0;
  let status = 0;
  for (let k = 0; k < 5; k++) {
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
    // Up to 5 spawns while they are short (a loaded machine delays a spawn by 100 ms or more), 3 past
    // 0.4 s, 2 past 1 s, 1 past 3 s.
    if (ms > 3000 || (ms > 1000 && k >= 1) || (ms > 400 && k >= 2)) break;
  }
  return { ms: best, out, status };
}

function measureValid(text, ask, file, point) {
  const fresh = () => lib.parseOrg(JSON.parse(text));
  point(
    "parseOrg",
    () =>
      typical(
        () => JSON.parse(text),
        (j) => lib.parseOrg(j),
      ),
    true,
  );
  point(
    "safeParseOrg",
    () =>
      typical(
        () => JSON.parse(text),
        (j) => lib.safeParseOrg(j),
      ),
    true,
  );
  for (const [name, fn] of Object.entries(ON_ORG)) point(name, () => typical(fresh, (org) => fn(org, ask)));
  for (const [name, argv] of Object.entries(CLI_VALID)) point(name, () => spawnMs(argv(file, ask)), false, true);
}

function measureInvalid(text, file, point) {
  point("parseOrg (throws)", () =>
    typical(
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
    typical(
      () => JSON.parse(text),
      (j) => lib.safeParseOrg(j),
    ),
  );
  point("formatValidationIssues", () => {
    const issues = lib.safeParseOrg(JSON.parse(text)).error.issues; // throws here if safeParseOrg does
    return typical(
      () => issues,
      (list) => lib.formatValidationIssues(list),
    );
  });
  point("cli validate", () => spawnMs(["validate", file]), false, true);
}

const sizesOf = (shape) => (quick ? shape.quick : shape.sizes);

function runShape(shape) {
  const dir = join(tmpdir(), `org-rbac-growth-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const points = {};
  const stopped = new Set();
  for (const n of sizesOpt === null ? sizesOf(shape) : JSON.parse(sizesOpt)) {
    const { org, ask } = shape.build(n);
    const text = JSON.stringify(org);
    const file = join(dir, `${shape.name}-${n}.json`);
    writeFileSync(file, text);
    // Node's start-up, measured at each size (a loaded machine slows it as much as the commands).
    let helpMs;
    const point = (name, measure, answerIsInput = false, cli = false) => {
      if (stopped.has(name) || (onlyEntries !== null && !onlyEntries.has(name))) return;
      const list = (points[name] ??= []);
      if (cli) helpMs ??= spawnMs(["--help"]).ms;
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
      // An answer too big to stringify fails: leaving x at the org's size made a growing answer look
      // like a shrinking cost (the undo of toggling permissions once per role passed that way).
      if (answer < 0) {
        list.push({ n, x: text.length, error: "the answer is too big to stringify (over 512 MB of JSON)" });
        process.stdout.write(`${POINT_TAG}${JSON.stringify([name, list.at(-1)])}\n`);
        stopped.add(name);
        return;
      }
      list.push({
        n,
        x: text.length + answer,
        orgBytes: text.length,
        answerBytes: answer,
        ms: r.ms,
        ...(cli ? { status: r.status, baseMs: helpMs } : {}),
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

/** The slope of log y on log x between the two largest sizes. */
function lastStep(xs, ys) {
  return growthExponent(xs.slice(-2), ys.slice(-2));
}

/** The verdict on one series of times: its exponents, whether it passes, and why not. */
export function judge(xs, ys, noiseMs) {
  const exponent = growthExponent(xs, ys);
  const step = xs.length > 2 ? lastStep(xs, ys) : exponent;
  const noise = Math.max(...ys) < noiseMs;
  // One step is two points: it is judged where the larger is well above the noise floor.
  const stepFails = step > STEP_LIMIT && ys.at(-1) >= STEP_FLOOR * noiseMs;
  const note = exponent > LIMIT ? `over ${LIMIT}` : stepFails ? `last step ${step.toFixed(2)}, over ${STEP_LIMIT}` : "";
  if (note === "") return { exponent, step, pass: true, note: "" };
  return noise ? { exponent, step, pass: true, note: "under the noise floor" } : { exponent, step, pass: false, note };
}

/** Exponent and verdict of one entry point on one shape. */
export function verdict(name, list, baselineMs) {
  const cli = name.startsWith("cli ");
  const failed = list.find((p) => p.error);
  if (failed) return { exponent: null, pass: false, note: `n=${failed.n}: ${failed.error}` };
  const ys = list.map((p) => (cli ? Math.max(p.ms - (p.baseMs ?? baselineMs), 0.5) : Math.max(p.ms, 0.001)));
  const judged = judge(
    list.map((p) => p.x),
    ys,
    cli ? NOISE_CLI_MS : NOISE_MS,
  );
  if (list.at(-1).ms > capMs)
    return { ...judged, pass: false, note: `over the ${capMs / 1000} s cap at n=${list.at(-1).n}` };
  return judged;
}

/**
 * The verdict on synthetic series, so that a change of method cannot make it lenient: linear and
 * n log n pass, quadratic fails, a quadratic last step behind constant sizes fails, and only a
 * quadratic under the noise floor passes. Returns the series judged wrongly.
 */
export function selfCheck() {
  const xs = [1e5, 2e5, 4e5, 8e5];
  const series = [
    ["linear", xs.map((x) => x / 1e3), true],
    ["n log n", xs.map((x) => (x * Math.log2(x)) / 2e4), true],
    ["linear with a constant start-up", xs.map((x) => 20 + x / 1e4), true],
    ["quadratic", xs.map((x) => (x / 1e4) ** 2), false],
    ["n^1.3", xs.map((x) => (x / 1e4) ** 1.3), false],
    ["constant, then a quadratic step", [50, 50, 50, 200], false],
    ["a linear fit, then a quadratic step", [10, 20, 40, 160], false],
    ["quadratic under the noise floor", xs.map((x) => (x / 1e6) ** 2), true],
  ];
  // Extended series: five sizes.
  const xs5 = [...xs, 1.6e6];
  const extended = [
    ["a bump at the fourth size, then linear", [10, 20, 40, 120, 160], true],
    ["a quadratic last step that goes on", [50, 50, 50, 200, 800], false],
    ["linear, then quadratic from the fourth size on", [10, 20, 40, 160, 640], false],
    ["quadratic, extended", xs5.map((x) => (x / 1e4) ** 2), false],
  ];
  return [
    ...series.filter(([, ys, pass]) => judge(xs, ys, NOISE_MS).pass !== pass),
    ...extended.filter(([, ys, pass]) => judge(xs5, ys, NOISE_MS).pass !== pass),
  ].map(([name]) => name);
}

/**
 * Runs one shape's child process (only `entries` and at `sizes`, when given): its points, whether it
 * finished, and why not.
 */
function runChild(shape, entries, sizes) {
  const childArgs = [
    fileURLToPath(import.meta.url),
    "--child",
    shape.name,
    ...(quick ? ["--quick"] : []),
    "--cap-s",
    String(capMs / 1000),
    "--shape-s",
    String(shapeMs / 1000),
    ...(entries ? ["--entries", JSON.stringify(entries)] : []),
    ...(sizes ? ["--sizes", JSON.stringify(sizes)] : []),
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
  const error = finished ? undefined : r.error ? `stopped after ${shapeMs / 1000} s` : `exited ${r.status ?? r.signal}`;
  return { points, finished, error };
}

/** The verdict of every entry point of a shape; a re-measured series says so. */
function judgeAll(points, baselineMs) {
  return Object.entries(points).map(([name, list]) => {
    const judged = verdict(name, list, baselineMs);
    const how = [
      ...(list.some((p) => p.remeasured) ? ["re-measured"] : []),
      ...(list.some((p) => p.extended) ? [`extended to n=${list.at(-1).n}`] : []),
    ];
    return {
      name,
      points: list,
      ...judged,
      ...(how.length > 0 ? { note: [judged.note, ...how].filter(Boolean).join(", ") } : {}),
    };
  });
}

function parent() {
  const lenient = selfCheck();
  if (lenient.length > 0) {
    process.stderr.write(`growth: the verdict judges these synthetic series wrongly: ${lenient.join(", ")}\n`);
    process.exitCode = 1;
    return;
  }
  const baselineMs = cliBaselineMs();
  const only = opt("--shape", null);
  const shapes = [];
  let ok = true;
  for (const shape of SHAPES) {
    if (only && shape.name !== only) continue;
    const { points, finished, error } = runChild(shape);
    let entries = judgeAll(points, baselineMs);
    // A failing series (no error) is measured once more: each point keeps the faster time (a command's
    // time over its start-up).
    const again = finished ? entries.filter((e) => !e.pass && !e.points.some((p) => p.error)).map((e) => e.name) : [];
    if (again.length > 0) {
      const second = runChild(shape, again);
      for (const name of again) {
        const redo = second.points[name] ?? [];
        if (redo.length !== points[name].length || redo.some((p) => p.error)) continue;
        const over = (p) => p.ms - (p.baseMs ?? 0);
        points[name] = points[name].map((p, i) => ({ ...(over(redo[i]) < over(p) ? redo[i] : p), remeasured: true }));
      }
      entries = judgeAll(points, baselineMs);
    }
    // A series that still fails is measured at twice the largest size, and judged on all five points.
    const extend = again.filter((name) => !entries.find((e) => e.name === name).pass);
    if (extend.length > 0) {
      const n = 2 * sizesOf(shape).at(-1);
      const next = runChild(shape, extend, [n]);
      for (const name of extend) {
        // A size that does not finish or fails (over the cap, a throw) is a point of the series too.
        const more = next.points[name] ?? [{ n, error: next.error ?? "no point" }];
        points[name] = [...points[name], ...more.map((p) => ({ ...p, extended: true }))];
      }
      entries = judgeAll(points, baselineMs);
    }
    ok &&= finished && entries.every((e) => e.pass);
    shapes.push({
      name: shape.name,
      what: shape.what,
      sizes: sizesOf(shape),
      ...(error ? { error } : {}),
      entries,
    });
  }
  emit({
    limit: LIMIT,
    method: METHOD,
    quick,
    capS: capMs / 1000,
    shapeS: shapeMs / 1000,
    cliBaselineMs: baselineMs,
    ok,
    shapes,
  });
  if (!ok) process.exitCode = 1;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (!isMain) {
  // Imported for its verdict (e.g. to judge saved points again): measure nothing.
} else if (args[0] === "--child") {
  runShape(SHAPES.find((s) => s.name === args[1]));
  emit({ done: true });
} else if (args[0] === "--self-check") {
  const lenient = selfCheck();
  process.stdout.write(lenient.length === 0 ? "growth verdict: ok on every synthetic series\n" : `wrong: ${lenient}\n`);
  if (lenient.length > 0) process.exitCode = 1;
} else parent();
