import type { Org } from "../org.js";
import { noPilotGroupMessage, repeatedInRollbackMessage } from "../words/diff.js";
import { deepFreeze } from "../freeze.js";
import { applyChanges } from "./applyChanges.js";
import { invertChanges } from "./invertChanges.js";
import type { Change } from "./change.js";
import { MigrationError, checkReachable, checkRepeatedAssignments, runStep, stepRecipes } from "./changesBetween.js";
import { diffAccess, diffValues } from "./diff.js";
import { diffCells, stageDiffs, type DiffCell, type StageDiffs } from "./planDiffs.js";
import type { AccessDiff } from "./diffTypes.js";
import type { Slot } from "./diffPair.js";
import type {
  MigrationStage,
  MigrationPlan,
  MigrationWindow,
  PlanOptions,
  StageMerge,
  MigrationStep,
} from "./planTypes.js";
import { windowsOf } from "./planWindows.js";

const NO_WINDOWS: readonly MigrationWindow[] = Object.freeze([]);

interface Draft {
  readonly steps: readonly MigrationStep[];
  readonly changes: readonly Change[];
}

/** Whether a member is in the pilot: in its group of `after`, or among its ids; nobody without a pilot. */
function pilotTest(after: Org, pilot: PlanOptions["pilot"]): (memberId: string) => boolean {
  if (typeof pilot !== "string") {
    const ids = new Set(pilot);
    return (memberId) => ids.has(memberId);
  }
  const group = after.groups.find((candidate) => candidate.id === pilot);
  if (group === undefined) throw new MigrationError("pilot", noPilotGroupMessage(pilot));
  const ids = new Set(group.members);
  return (memberId) => ids.has(memberId);
}

function drafts(before: Org, after: Org, pilot: (memberId: string) => boolean): Draft[] {
  let org = before;
  const result: Draft[] = [];
  for (const recipe of stepRecipes(pilot)) {
    const step = runStep(org, after, recipe);
    org = step.org;
    if (step.changes.length > 0) result.push({ steps: [recipe.step], changes: step.changes });
  }
  return result;
}

/**
 * PLN-2: merges a stage with the next while it leaves a window. The last stage leaves none, as it
 * reaches `after` (PLN-1), so a plan of one stage compares nothing, and every stage kept leaves none.
 */
function mergeWindows(before: Org, after: Org, stages: Draft[]): { stages: Draft[]; merges: StageMerge[] } {
  const merges: StageMerge[] = [];
  let total: ReadonlyMap<string, readonly Slot[]> | undefined;
  let org = before;
  // Stryker disable next-line EqualityOperator: the last stage leaves no window (it reaches `after`, PLN-1): checking it too costs a diff and changes nothing
  for (let k = 0; k < stages.length - 1;) {
    const draft = stages[k] as Draft;
    const next = applyChanges(org, draft.changes);
    const [window] = windowsOf(diffValues(before, next), (total ??= diffValues(before, after)));
    if (window === undefined) {
      org = next;
      k++;
      continue;
    }
    const following = stages[k + 1] as Draft;
    const merged = { steps: [...draft.steps, ...following.steps], changes: [...draft.changes, ...following.changes] };
    stages.splice(k, 2, merged);
    merges.push({ steps: merged.steps, window });
  }
  return { stages, merges };
}

/**
 * The stages with their undos, windows and rollback changes, their diffs asked when read
 * (planDiffs.ts), and the cell of the diff from `before` to the last state.
 */
function finish(
  before: Org,
  drafts: readonly Draft[],
  diffCell: (compute: () => AccessDiff) => DiffCell,
): { stages: MigrationStage[]; last: DiffCell | undefined } {
  const cells = stageDiffs(
    before,
    drafts.map((draft) => draft.changes),
    diffCell,
  );
  let org = before;
  let done: readonly Change[] = [];
  const stages = drafts.map((draft, index): MigrationStage => {
    const next = applyChanges(org, draft.changes);
    done = [...done, ...draft.changes];
    // INVARIANT: one cell per draft.
    const diffs = cells[index] as StageDiffs;
    const rollback = invertChanges(before, done);
    const stage: MigrationStage = {
      steps: deepFreeze(draft.steps),
      changes: deepFreeze(draft.changes),
      get diff() {
        return diffs.stage();
      },
      undo: invertChanges(org, draft.changes),
      // PLN-2: mergeWindows kept only stages that leave no window.
      windows: NO_WINDOWS,
      rollback: Object.freeze({
        changes: rollback,
        get diff() {
          return diffs.rollback();
        },
      }),
    };
    org = next;
    return Object.freeze(stage);
  });
  return { stages, last: cells.at(-1)?.fromBefore };
}

/**
 * A migration plan from `before` to `after` (the guide's Steps 1–9): stages in the guide's order,
 * each with its changes, its access diff from the previous state, its undo, the windows it leaves
 * (none) and the rollback from it to `before` with its diff. Where a stage on its own would leave a
 * window (someone holding, for a while, what they hold neither before nor after, or losing for a
 * while what they hold both before and after), it is merged with the next stage, and the plan says
 * which steps were merged and which window the guide's order would have left.
 *
 * Rules:
 * - PLN-1: stages in the guide's order: connectors and the tool policy (Before you begin), roles
 *   (Step 2), connector rows and enabling connector permissions (Step 3), groups, their members and
 *   role assignments (Step 4), members: a pilot stage when `options.pilot` names members or a
 *   group, then the rest (Step 6), capabilities switched on (Step 7; one switched off comes first),
 *   spend limits (Step 8), then removals.
 * - PLN-2: no window, checked on every stage but the last (which reaches `after`), and reported.
 * - PLN-3: the rollback from any stage, with its diff.
 * - DIF-1, CHG-1, CHG-3.
 *
 * The access diffs (each stage's, each rollback's and the whole migration's) are asked when they
 * are read, not when the plan is made: the plan holds its change lists and the last two diffs
 * read (what one stage needs), so a caller that reads stage after stage holds one stage's diffs at
 * a time. Reading a diff again right away costs nothing; every read gives equal values.
 *
 * @param before - a parsed org (see `parseOrg`)
 * @param after - the target org, parsed
 * @param options - `pilot`: member ids, or a group id of `after`
 * @returns the plan, deeply frozen
 * @throws MigrationError when `after` differs where no change can reach, when `before` lists a role
 * assignment twice (no rollback could list it twice again), or when the pilot group is missing
 *
 * @example
 * ```ts
 * const plan = planMigration(builtIn, custom, { pilot: "g-eng" });
 * plan.stages.map((s) => s.steps.join("+")) // => ["roles", "groups", "pilot", "members", "capabilities"]
 * plan.noWindow // => true
 * planMigration(org, org).stages // => []
 * ```
 */
export function planMigration(before: Org, after: Org, options: PlanOptions = {}): MigrationPlan {
  checkReachable(before, after);
  // PLN-3: every rollback must reach `before` again.
  checkRepeatedAssignments(after, before, repeatedInRollbackMessage);
  const { stages, merges } = mergeWindows(before, after, drafts(before, after, pilotTest(after, options.pilot)));
  const diffCell = diffCells();
  const finished = finish(before, stages, diffCell);
  // The stages reach `after` (PLN-1), so the diff to their last state is the migration's diff.
  const diff = finished.last ?? diffCell(() => diffAccess(before, after));
  return Object.freeze({
    stages: Object.freeze(finished.stages),
    merges: deepFreeze(merges),
    // PLN-2: mergeWindows keeps only stages that leave no window (each stage's `windows` is empty).
    noWindow: true,
    get diff() {
      return diff();
    },
  });
}
