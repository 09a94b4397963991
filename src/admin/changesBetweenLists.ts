// Lists in an org keep their order (CHG-3 compares arrays in order), and no change moves an item: an
// item out of place is removed and inserted again, at the index (`at`, CHG-4) that puts it right
// after its nearest predecessor in the target list.
import { OrderTree } from "./orderTree.js";

/**
 * The ids of `current` that are also in `target` but out of `target`'s order: every id off one
 * longest run kept in order. O(n log n).
 */
export function misplacedIds(current: readonly string[], target: readonly string[]): Set<string> {
  const position = new Map(target.map((id, i) => [id, i] as const));
  const shared = current.filter((id) => position.has(id));
  // Lists already in order (the usual case: most of an org is kept as it is) cost one pass.
  // Stryker disable all: the longest run of an ordered list is the whole list; the shortcut saves its search only
  if (
    shared.every((id, i) => i === 0 || (position.get(shared[i - 1] as string) as number) < (position.get(id) as number))
  )
    return new Set();
  // Stryker restore all
  // Longest increasing subsequence of target positions (patience sorting), with back links.
  // tails[k]: the index in `shared` of the least last element of a run of length k + 1 found so far.
  const tails = new Int32Array(shared.length);
  let runs = 0;
  const previous = new Int32Array(shared.length);
  shared.forEach((id, i) => {
    const p = position.get(id) as number;
    let low = 0;
    let high = runs;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((position.get(shared[tails[mid] as number] as string) as number) < p) low = mid + 1;
      else high = mid;
    }
    previous[i] = low > 0 ? (tails[low - 1] as number) : -1;
    tails[low] = i;
    if (low === runs) runs += 1;
  });
  const kept = new Set<string>();
  // INVARIANT: `shared` is out of order, so not empty, and neither is `tails`.
  for (let i = tails[runs - 1] as number; i >= 0; i = previous[i] as number) kept.add(shared[i] as string);
  return new Set(shared.filter((id) => !kept.has(id)));
}

/** Where to insert an id: `at` is absent when it goes at the end (the default, CHG-4). */
export interface Insertion {
  readonly id: string;
  readonly at: number | undefined;
}

/**
 * The insertions that put each id of `inserted` (ids of `target` missing from `present`) right
 * after its nearest predecessor in `target` that is present by then, in `target`'s order.
 */
export function insertionsInto(
  present: readonly string[],
  target: readonly string[],
  inserted: ReadonlySet<string>,
): Insertion[] {
  // The list as it grows, by node (present ids are nodes 0.., each insertion the next one): finding a
  // node's place and inserting cost O(log n), so scattered insertions into a long list stay linear.
  const order = new OrderTree(present.length);
  // A present id's place is its first one, as a search of the list finds it.
  const nodeOf = new Map<string, number>();
  for (const [node, id] of present.entries()) if (!nodeOf.has(id)) nodeOf.set(id, node);
  const result: Insertion[] = [];
  let size = present.length;
  let predecessor: number | undefined;
  for (const id of target) {
    if (inserted.has(id)) {
      const at = predecessor === undefined ? 0 : order.positionOf(predecessor) + 1;
      result.push({ id, at: at === size ? undefined : at });
      order.insert(at, size);
      predecessor = size;
      size += 1;
    } else {
      predecessor = nodeOf.get(id) ?? predecessor;
    }
  }
  return result;
}

/** Whether two lists hold the same values in the same order. */
export function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
