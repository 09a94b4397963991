import type { Org } from "../org.js";
import { noPilotGroupMessage } from "../words/diff.js";
import { applyChanges } from "./applyChanges.js";
import { invertChanges } from "./invertChanges.js";
import type { Change } from "./change.js";
import {
  MigrationError,
  checkReachable,
  checkRepeatedAssignments,
  deepFrozen,
  runStep,
  stepRecipes,
} from "./changesBetween.js";
import { diffAccess, diffValues } from "./diff.js";
import { mirrorDiff } from "./diffMirror.js";
import type { AccessDiff } from "./diffTypes.js";
import type { Slot } from "./diffPair.js";
import type { MigrationStage, MigrationPlan, PlanOptions, StageMerge, MigrationStep } from "./planTypes.js";
import { windowsOf } from "./planWindows.js";

interface Draft {
  readonly steps: readonly MigrationStep[];
  readonly changes: readonly Change[];
}

function pilotTest(after: Org, pilot: PlanOptions["pilot"]): ((memberId: string) => boolean) | undefined {
  if (pilot === undefined) return undefined;
  if (typeof pilot !== "string") {
    const ids = new Set(pilot);
    return (memberId) => ids.has(memberId);
  }
  const group = after.groups.find((candidate) => candidate.id === pilot);
  if (group === undefined) throw new MigrationError("pilot", noPilotGroupMessage(pilot));
  const ids = new Set(group.members);
  return (memberId) => ids.has(memberId);
}

function drafts(before: Org, after: Org, pilot: ((memberId: string) => boolean) | undefined): Draft[] {
  let org = before;
  const result: Draft[] = [];
  for (const recipe of stepRecipes(pilot)) {
    const step = runStep(org, after, recipe);
    org = step.org;
    if (step.changes.length > 0) result.push({ steps: [recipe.step], changes: step.changes });
  }
  return result;
}

/** PLN-2: merges a stage with the next while it leaves a window; the last stage leaves none. */
function mergeWindows(
  before: Org,
  total: ReadonlyMap<string, readonly Slot[]>,
  stages: Draft[],
): { stages: Draft[]; merges: StageMerge[] } {
  const merges: StageMerge[] = [];
  let org = before;
  for (let k = 0; k < stages.length - 1;) {
    const draft = stages[k] as Draft;
    const next = applyChanges(org, draft.changes);
    const [window] = windowsOf(diffValues(before, next), total);
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
 * The stages with their diffs, undos and rollbacks, and the diff from `before` to the last state.
 * PLN-3's rollback diff is the mirror of the diff from `before` to the stage's state (DIF-1), and
 * for the first stage that diff is the stage's own: one diff per stage where the first stage of a
 * plan is the whole migration, two for each later stage.
 */
function finish(
  before: Org,
  total: ReadonlyMap<string, readonly Slot[]>,
  drafts: readonly Draft[],
): { stages: MigrationStage[]; fromBefore: AccessDiff | undefined } {
  let org = before;
  let done: readonly Change[] = [];
  let fromBefore: AccessDiff | undefined;
  const stages = drafts.map((draft, index) => {
    const next = applyChanges(org, draft.changes);
    done = [...done, ...draft.changes];
    fromBefore = diffAccess(before, next);
    const stage: MigrationStage = {
      steps: draft.steps,
      changes: draft.changes,
      diff: index === 0 ? fromBefore : diffAccess(org, next),
      undo: invertChanges(org, draft.changes),
      windows: windowsOf(diffValues(before, next), total),
      rollback: { changes: invertChanges(before, done), diff: mirrorDiff(fromBefore) },
    };
    org = next;
    return stage;
  });
  return { stages, fromBefore };
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
 * - PLN-2: no window, checked on every stage and reported.
 * - PLN-3: the rollback from any stage, with its diff.
 * - DIF-1, CHG-1, CHG-3.
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
  checkRepeatedAssignments(after, before, "rollback");
  const total = diffValues(before, after);
  const { stages, merges } = mergeWindows(before, total, drafts(before, after, pilotTest(after, options.pilot)));
  const finished = finish(before, total, stages);
  return deepFrozen({
    stages: finished.stages,
    merges,
    noWindow: finished.stages.every((stage) => stage.windows.length === 0),
    // The stages reach `after` (PLN-1), so the diff to their last state is the migration's diff.
    diff: finished.fromBefore ?? diffAccess(before, after),
  });
}
