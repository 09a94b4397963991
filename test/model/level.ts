// The model's own level order, written apart from src/level.ts so that a bug there cannot hide
// in both implementations.
import type { Level } from "../../src/level.js";

// CON-1: levels are ordered blocked < approval < always.
const ORDER: readonly Level[] = ["blocked", "approval", "always"];

/** CON-1: the more permissive of two levels. */
export function modelMax(a: Level, b: Level): Level {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/** CON-1: the less permissive of two levels. */
export function modelMin(a: Level, b: Level): Level {
  return ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b;
}

/** CON-1: a level's place in the order, 0 for `blocked` to 2 for `always`. */
export function modelRank(level: Level): number {
  return ORDER.indexOf(level);
}

/** CON-3: the most permissive of some levels, `blocked` for none. */
export function modelMost(levels: Iterable<Level>): Level {
  let best: Level = "blocked";
  for (const level of levels) best = modelMax(best, level);
  return best;
}
