import type { Change } from "../admin/change.js";
import { describeChange } from "../admin/describeChange.js";
import type { MigrationPlan } from "../admin/planTypes.js";
import type { Org } from "../org.js";
import { mergeText, planHeading, rollbackLine, stageHeading, undoLine } from "../words/diff.js";
import { diffLines } from "./diffText.js";

function indent(lines: readonly string[], by: string): string[] {
  return lines.map((line) => (line === "" ? line : `${by}${line}`));
}

/** Each change in words (CHG-5), naming what the target org names (ids alone for what it lacks). */
function changeLines(changes: readonly Change[], target: Org): string[] {
  return changes.map((change) => `  - ${describeChange(change, target)}`);
}

/**
 * The lines of `org-rbac plan`: the verdict, the merges and why, then each stage with its changes,
 * its diff, its undo and the rollback from it with its diff (PLN-1..PLN-3).
 *
 * @param plan - a plan (see `planMigration`)
 * @param target - the org the plan leads to, for names
 */
export function formatPlan(plan: MigrationPlan, target: Org): string[] {
  const changes = plan.stages.reduce((sum, stage) => sum + stage.changes.length, 0);
  const head = [
    planHeading(target.id, plan.stages.length, changes, plan.noWindow),
    ...plan.merges.map((merge) => mergeText(merge.steps, merge.window)),
  ];
  const stages = plan.stages.flatMap((stage, i) => [
    "",
    stageHeading(i + 1, plan.stages.length, stage.steps, stage.changes.length),
    ...changeLines(stage.changes, target),
    ...indent(diffLines(stage.diff), "  "),
    `  ${undoLine(stage.undo.length)}`,
    `  ${rollbackLine(stage.rollback.changes.length)}`,
    ...indent(diffLines(stage.rollback.diff), "    "),
  ]);
  return [...head, ...stages];
}
