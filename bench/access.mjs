#!/usr/bin/env node
// resolveAccess for every member of an org, and the full access matrix (members x connectors x tools)
// it contains, per cell vs one warm decision (issue 8: per cell at most one warm decision; every member
// of the large org in seconds, in bounded memory). Members are asked in order until --budget-s
// seconds have passed; when that stops short of every member the totals are extrapolated and say so.
// Peak heap: heapUsed sampled every 50 members (no forced GC), and the process's peak RSS; the run
// also stops when the heap has grown by 2.5 GB. The warm decision is measured on a fresh org first.
//
//   node --expose-gc bench/access.mjs [--size large] [--budget-s 60] [--queries 100000]

import { generateOrg, generateQueries } from "./gen.mjs";
import { lib, setupOrg } from "./library.mjs";
import { emit, gc, MB, median, msSince, nowNs } from "./stats.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const size = opt("--size", "large");
const budgetMs = Number(opt("--budget-s", 60)) * 1000;
const source = generateOrg(size);
const queries = generateQueries(source, Number(opt("--queries", 100_000)));

function warmDecisionNs(org) {
  const pass = () => {
    const t0 = nowNs();
    for (const [m, c, t] of queries) lib.resolveToolLevel(org, m, c, t);
    return Number(nowNs() - t0) / queries.length;
  };
  pass();
  return median([pass(), pass(), pass()]);
}

// Stop before the default heap would run out (a crash would hide every other figure).
const HEAP_STOP = 2.5 * 1024 * MB;
let stoppedBy = "budget";

function everyMember(org) {
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  let peakHeap = heap0;
  let cells = 0;
  let asked = 0;
  const t0 = nowNs();
  for (const member of source.members) {
    const access = lib.resolveAccess(org, member.id);
    for (const connector of access.connectors) cells += connector.tools.length;
    asked++;
    if (asked % 50 === 0) {
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      if (msSince(t0) > budgetMs) break;
      if (process.memoryUsage().heapUsed - heap0 > HEAP_STOP) {
        stoppedBy = "heap";
        break;
      }
    }
  }
  const ms = msSince(t0);
  return { asked, cells, ms, peakHeapGrowthMB: (peakHeap - heap0) / MB };
}

const warmNs = warmDecisionNs(setupOrg(JSON.parse(JSON.stringify(source))));
const all = everyMember(setupOrg(JSON.parse(JSON.stringify(source))));
const members = source.members.length;
const matrixCells = members * source.connectors.length * source.connectors[0].tools.length;
emit({
  size,
  members,
  asked: all.asked,
  complete: all.asked === members,
  stoppedBy: all.asked === members ? null : stoppedBy,
  seconds: all.ms / 1000,
  secondsAllMembers: ((all.ms / all.asked) * members) / 1000,
  msPerMember: all.ms / all.asked,
  cells: all.cells,
  matrixCells,
  nsPerCell: (all.ms * 1e6) / all.cells,
  warmDecisionNs: warmNs,
  peakHeapGrowthMB: all.peakHeapGrowthMB,
  maxRssMB: (process.resourceUsage().maxRSS * 1024) / MB,
});
