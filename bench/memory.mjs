#!/usr/bin/env node
// Memory of org-rbac (issue 8, "Memory" targets), one part per process:
//   heap     heap held by a compiled org vs the heap of its parsed JSON, after setup and after many
//            questions (all the decision queries, then resolveAccess for some members);
//   hundred  100 large orgs (distinct objects) held and queried at once, in the DEFAULT heap;
//   unknown  an unknown member's answer: cost per call on the small and the large org (O(1) means
//            the same), GCs, and bytes allocated per call; the two orgs in turns, 5 rounds of 200,000
//            calls each, medians.
//
//   node --expose-gc bench/memory.mjs heap|hundred|unknown [--size large] [--orgs 100] [--queries N]

import v8 from "node:v8";
import { generateOrg, generateQueries } from "./gen.mjs";
import { lib, setupOrg } from "./library.mjs";
import { emit, gc, MB, median, msSince, nowNs } from "./stats.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const heapMB = () => process.memoryUsage().heapUsed / MB;

function ask(org, queries, from = 0, n = queries.length) {
  let always = 0;
  for (let i = from; i < from + n; i++) {
    const [m, c, t] = queries[i % queries.length];
    if (lib.resolveToolLevel(org, m, c, t).level === "always") always++;
  }
  return always;
}

function heap() {
  const size = opt("--size", "large");
  const source = generateOrg(size);
  const queries = generateQueries(source, Number(opt("--queries", 100_000)));
  const text = JSON.stringify(source);
  const accessFor = source.members.slice(0, Number(opt("--access", 200))).map((m) => m.id);
  gc();
  const h0 = heapMB();
  let json = JSON.parse(text);
  gc();
  const jsonMB = heapMB() - h0;
  const org = setupOrg(json);
  json = null;
  gc();
  const afterSetupMB = heapMB() - h0;
  ask(org, queries);
  gc();
  const afterQueriesMB = heapMB() - h0;
  for (const id of accessFor) lib.resolveAccess(org, id);
  ask(org, queries);
  gc();
  const afterAccessMB = heapMB() - h0;
  emit({
    size,
    orgBytes: text.length,
    queries: queries.length,
    accessMembers: accessFor.length,
    jsonMB,
    afterSetupMB,
    afterQueriesMB,
    afterAccessMB,
    held: org !== null,
  });
}

function hundred() {
  const count = Number(opt("--orgs", 100));
  const perOrg = Number(opt("--queries", 10_000));
  const source = generateOrg("large");
  const queries = generateQueries(source, 100_000);
  const text = JSON.stringify(source);
  const orgs = [];
  const t0 = nowNs();
  for (let i = 0; i < count; i++) {
    const org = setupOrg(JSON.parse(text));
    ask(org, queries, (i * perOrg) % queries.length, perOrg);
    orgs.push(org);
    process.stderr.write(`held ${i + 1} ${heapMB().toFixed(0)}\n`);
  }
  let always = 0;
  for (const org of orgs) always += ask(org, queries, 0, 1000);
  gc();
  emit({
    orgs: orgs.length,
    queriesPerOrg: perOrg + 1000,
    seconds: msSince(t0) / 1000,
    heapMB: heapMB(),
    heapLimitMB: v8.getHeapStatistics().heap_size_limit / MB,
    maxRssMB: (process.resourceUsage().maxRSS * 1024) / MB,
    always,
  });
}

/** ns per call of fn over n calls, and the GCs that ran meanwhile (v8.GCProfiler). */
function perCall(fn, n) {
  const profiler = new v8.GCProfiler();
  profiler.start();
  const t0 = nowNs();
  for (let i = 0; i < n; i++) fn(i);
  const ns = Number(nowNs() - t0) / n;
  return { ns, gcs: profiler.stop().statistics.length };
}

/**
 * Bytes allocated per call over n calls: heap growth plus what every GC in between freed (read from
 * v8.GCProfiler's before/after heap statistics), so a GC during the window does not hide allocation.
 */
function bytesPerCall(fn, n) {
  gc();
  const profiler = new v8.GCProfiler();
  profiler.start();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < n; i++) fn(i);
  const after = process.memoryUsage().heapUsed;
  const { statistics } = profiler.stop();
  let freed = 0;
  for (const s of statistics) freed += s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize;
  return { bytes: (after - before + freed) / n, gcs: statistics.length };
}

/** An unknown member's question on the org of one size, warmed up: `unknown(i)` asks it once. */
function unknownOn(size) {
  const source = generateOrg(size);
  const org = setupOrg(JSON.parse(JSON.stringify(source)));
  const [c, t] = [source.connectors[0].id, source.connectors[0].tools[0]];
  const known = source.members[1].id;
  const ids = ["nobody", "x-sibling-1", "unknown-member"];
  const box = { sink: 0 };
  const unknown = (i) => (box.sink += lib.resolveToolLevel(org, ids[i % 3], c, t).level.length);
  lib.resolveToolLevel(org, known, c, t);
  for (let i = 0; i < 20_000; i++) unknown(i);
  return { size, unknown, box };
}

/** How many times each org's cost and allocation are measured, the orgs taking turns. */
const UNKNOWN_ROUNDS = 5;

async function unknown() {
  // Both orgs are measured in turns, UNKNOWN_ROUNDS times each (a shared machine's load moves within
  // seconds: measured one after the other, the two orgs' costs differed by up to 1.7x either way).
  // Cost: the median of the rounds of 200,000 calls. Bytes: the median of the rounds too, each round
  // its own window of 200,000 calls, so that one-time allocations (feedback, optimized code) in one
  // window do not read as an allocation per call, which would show in every window.
  const orgs = [unknownOn("small"), unknownOn("large")];
  const rounds = orgs.map(() => ({ ns: [], gcs: 0, bytes: [], allocGcs: 0 }));
  for (let r = 0; r < UNKNOWN_ROUNDS; r++) {
    for (const k of r % 2 === 0 ? [0, 1] : [1, 0]) {
      const { ns, gcs } = perCall(orgs[k].unknown, 200_000);
      const alloc = bytesPerCall(orgs[k].unknown, 200_000);
      rounds[k].ns.push(ns);
      rounds[k].gcs += gcs;
      rounds[k].bytes.push(alloc.bytes);
      rounds[k].allocGcs += alloc.gcs;
    }
  }
  const [small, large] = orgs.map(({ size, box }, k) => ({
    size,
    nsPerCall: median(rounds[k].ns),
    nsPerCallByRound: rounds[k].ns,
    gcsPerMillionCalls: rounds[k].gcs / (UNKNOWN_ROUNDS * 0.2),
    bytesPerCall: median(rounds[k].bytes),
    bytesPerCallByRound: rounds[k].bytes,
    gcsPer200kCalls: rounds[k].allocGcs / UNKNOWN_ROUNDS,
    sink: box.sink,
  }));
  emit({ small, large });
}

const part = args[0];
const parts = { heap, hundred, unknown };
if (!Object.hasOwn(parts, part)) {
  console.error(`usage: memory.mjs ${Object.keys(parts).join("|")}`);
  process.exit(2);
}
await parts[part]();
