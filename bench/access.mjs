#!/usr/bin/env node
// resolveAccess for every member of an org, and the full access matrix (members x connectors x tools)
// it contains, per cell vs one warm decision (issue 8: per cell at most one warm decision; every member
// of the large org in seconds, in bounded memory). Members are asked in order until --budget-s
// seconds have passed; when that stops short of every member the totals are extrapolated and say so.
// Peak heap: heapUsed sampled every 50 members (no forced GC), and the process's peak RSS; the run
// also stops when the heap has grown by 2.5 GB. The warm decision is measured on a fresh org first.
// Two diagnostics measured the same way bound what any design can do (IN-3: everything returned is
// deeply frozen): the floor's matrix (floor.mjs `matrix`, checked cell by cell against org-rbac on
// the first 100 members before it is timed), and the frozen cells alone (every decision object
// built with a fixed level, no rule applied).
//
//   node --expose-gc bench/access.mjs [--size large] [--budget-s 60] [--queries 100000]

import * as floor from "./floor.mjs";
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

/** Asks `connectorsOf(memberId)` for every member in order, within the budget: time, cells, peak heap, and what stopped it short. */
function everyMember(connectorsOf) {
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  let peakHeap = heap0;
  let cells = 0;
  let asked = 0;
  let stoppedBy = "budget";
  const t0 = nowNs();
  for (const member of source.members) {
    for (const connector of connectorsOf(member.id)) cells += connector.tools.length;
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
  return { asked, cells, ms, peakHeapGrowthMB: (peakHeap - heap0) / MB, stoppedBy };
}

/** The frozen cells alone: each decision object with a fixed level, no rule applied, no lookup. */
function frozenCells(memberId) {
  return Object.freeze(
    source.connectors.map(({ id, tools }) =>
      Object.freeze({
        connectorId: id,
        tools: Object.freeze(tools.map((tool) => Object.freeze({ memberId, connectorId: id, tool, level: "blocked" }))),
      }),
    ),
  );
}

/** The floor's matrix must give org-rbac's level in every cell of the first `count` members. */
function checkFloor(org, state, count) {
  let cells = 0;
  for (const { id } of source.members.slice(0, count)) {
    const ours = lib.resolveAccess(org, id).connectors;
    const theirs = floor.matrix(state, id, source.connectors);
    ours.forEach((connector, i) =>
      connector.tools.forEach((decision, j) => {
        const other = theirs[i].tools[j];
        if (decision.tool !== other.tool || decision.level !== other.level)
          throw new Error(
            `floor matrix disagrees: ${id} ${decision.connectorId}/${decision.tool}: org-rbac ${decision.level}, floor ${other.level}`,
          );
        cells++;
      }),
    );
  }
  return cells;
}

const warmNs = warmDecisionNs(setupOrg(JSON.parse(JSON.stringify(source))));
const org = setupOrg(JSON.parse(JSON.stringify(source)));
const all = everyMember((id) => lib.resolveAccess(org, id).connectors);
const floorState = floor.setup(JSON.parse(JSON.stringify(source)));
const floorChecked = checkFloor(org, floorState, 100);
const floorAll = everyMember((id) => floor.matrix(floorState, id, source.connectors));
const cellsAlone = everyMember(frozenCells);
/** A run's figures, the whole org extrapolated from the members asked. */
const everyOf = (run) => ({
  asked: run.asked,
  seconds: run.ms / 1000,
  secondsAllMembers: ((run.ms / run.asked) * source.members.length) / 1000,
  nsPerCell: (run.ms * 1e6) / run.cells,
  peakHeapGrowthMB: run.peakHeapGrowthMB,
});
const members = source.members.length;
const matrixCells = members * source.connectors.length * source.connectors[0].tools.length;
emit({
  size,
  members,
  ...everyOf(all),
  complete: all.asked === members,
  stoppedBy: all.asked === members ? null : all.stoppedBy,
  msPerMember: all.ms / all.asked,
  cells: all.cells,
  matrixCells,
  warmDecisionNs: warmNs,
  floorMatrix: { ...everyOf(floorAll), checkedCells: floorChecked },
  frozenCellsAlone: everyOf(cellsAlone),
  maxRssMB: (process.resourceUsage().maxRSS * 1024) / MB,
});
