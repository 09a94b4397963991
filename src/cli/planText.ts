import type { Change } from "../admin/change.js";
import type { MigrationPlan } from "../admin/planTypes.js";
import { mergeText, planHeading, rollbackLine, stageHeading, undoLine } from "../words.js";
import { formatDiff } from "./diffText.js";

function indent(text: string, by: string): string {
  return text
    .split("\n")
    .map((line) => (line === "" ? line : `${by}${line}`))
    .join("\n");
}

function changeLines(changes: readonly Change[]): string {
  return changes.map((change) => `  ${JSON.stringify(change)}`).join("\n");
}

/**
 * The text of `org-rbac plan`: the verdict, the merges and why, then each stage with its changes,
 * its diff, its undo and the rollback from it with its diff (PLN-1..PLN-3).
 *
 * @param plan - a plan (see `planMigration`)
 * @param orgId - the org's id
 */
export function formatPlan(plan: MigrationPlan, orgId: string): string {
  const changes = plan.stages.reduce((sum, stage) => sum + stage.changes.length, 0);
  const head = [planHeading(orgId, plan.stages.length, changes, plan.noWindow), ...plan.merges.map((merge) => mergeText(merge.steps, merge.window))];
  const stages = plan.stages.map((stage, i) =>
    [
      stageHeading(i + 1, plan.stages.length, stage.steps, stage.changes.length),
      changeLines(stage.changes),
      indent(formatDiff(stage.diff), "  "),
      `  ${undoLine(stage.undo.length)}`,
      `  ${rollbackLine(stage.rollback.changes.length)}`,
      indent(formatDiff(stage.rollback.diff), "    "),
    ].join("\n"),
  );
  return [head.join("\n"), ...stages].join("\n\n");
}
