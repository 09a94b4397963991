// Small numeric helpers shared by the benchmarks: medians, the growth exponent, number formatting,
// and how a child process reports (one JSON line on stdout).

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Least squares slope of log(y) on log(x): the growth exponent k of y ~ x^k. */
export function growthExponent(xs, ys) {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += (lx[i] - mx) * (ly[i] - my);
    den += (lx[i] - mx) ** 2;
  }
  return num / den;
}

export const fmt = (x, d = 0) =>
  x === undefined || x === null || Number.isNaN(x)
    ? "–"
    : x.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

export const MB = 1048576;

export const nowNs = () => process.hrtime.bigint();
export const msSince = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

export const gc = () => {
  if (!globalThis.gc) throw new Error("run with --expose-gc");
  globalThis.gc();
  globalThis.gc();
};

/** A benchmark child's answer: one JSON line, tagged so that stray output cannot be mistaken for it. */
export const RESULT_TAG = "BENCH-RESULT ";
export const emit = (value) => process.stdout.write(`${RESULT_TAG}${JSON.stringify(value)}\n`);

export function machine() {
  const cpu =
    readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.*)$/m)?.[1] ?? os.cpus()[0]?.model ?? "?";
  let commit = "?";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    /* not a checkout */
  }
  return {
    nproc: os.availableParallelism(),
    cpu,
    memGB: os.totalmem() / 1024 ** 3,
    node: process.version,
    commit,
    load: os.loadavg(),
  };
}
