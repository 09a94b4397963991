// The access diffs of a migration plan (PLN-1, PLN-3), computed when they are read. A plan that
// turns 2,000 members from built-in roles to custom roles holds millions of differences, each with
// two explanations: built eagerly, one plan of a 20,000-member org outgrew the heap. A plan holds
// its change lists instead, and each diff is asked when read: a caller that prints stage after stage
// holds one stage's diffs at a time. The plan keeps the last two diffs read (what one stage needs), so
// reading a diff again right away asks once; every read gives equal values (the orgs are immutable).
import type { Org } from "../org.js";
import { applyChanges } from "./applyChanges.js";
import type { Change } from "./change.js";
import { diffAccess } from "./diff.js";
import { mirrorDiff } from "./diffMirror.js";
import type { AccessDiff } from "./diffTypes.js";

/** A diff asked when read. */
export type DiffCell = () => AccessDiff;

/** At most this many diffs are kept by a plan: what one stage needs, its diff and its rollback's. */
export const KEPT_DIFFS = 2;

/**
 * A maker of diff cells that share one memory of the diffs read last (at most KEPT_DIFFS): a diff
 * read again while it is among them is the same object, asked once; any other is asked again.
 */
export function diffCells(): (compute: () => AccessDiff) => DiffCell {
  // The diffs read last, the oldest first: a Map keeps its keys in the order they were set.
  const recent = new Map<DiffCell, AccessDiff>();
  return (compute) => {
    const cell: DiffCell = () => {
      const diff = recent.get(cell) ?? compute();
      recent.delete(cell);
      recent.set(cell, diff);
      // INVARIANT: the Map holds KEPT_DIFFS + 1 cells here at most, so it has a first key.
      if (recent.size > KEPT_DIFFS) recent.delete(recent.keys().next().value as DiffCell);
      return diff;
    };
    return cell;
  };
}

/** The diffs of one stage: from the state the previous stage left (PLN-1), and of its rollback (PLN-3). */
export interface StageDiffs {
  readonly stage: DiffCell;
  readonly rollback: DiffCell;
  /** From `before` to the state the stage leaves. */
  readonly fromBefore: DiffCell;
}

/**
 * The diff cells of every stage, `stages` being each stage's changes in order. The states are
 * applied again when a diff is read (the plan holds no state, so no compiled index, CHG-2 sharing
 * keeps them small while they live). PLN-3's rollback diff is the mirror of the diff from `before`
 * (DIF-1), and for the first stage that is the stage's own diff: one cell serves both.
 */
export function stageDiffs(
  before: Org,
  stages: readonly (readonly Change[])[],
  diffCell: (compute: () => AccessDiff) => DiffCell,
): StageDiffs[] {
  const stateAfter = (index: number): Org =>
    stages.slice(0, index + 1).reduce((org, changes) => applyChanges(org, changes), before);
  return stages.map((changes, index) => {
    const fromBefore = diffCell(() => diffAccess(before, stateAfter(index)));
    const stage =
      index === 0
        ? fromBefore
        : diffCell(() => {
            const previous = stateAfter(index - 1);
            return diffAccess(previous, applyChanges(previous, changes));
          });
    return { stage, rollback: diffCell(() => mirrorDiff(fromBefore())), fromBefore };
  });
}
