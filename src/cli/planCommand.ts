import { planMigration } from "../admin/plan.js";
import type { Command } from "./commands.js";
import { DISK, loadTarget } from "./diffCommand.js";
import type { FileReader } from "./loadOrg.js";
import { formatPlan } from "./planText.js";

/**
 * `org-rbac plan BEFORE.json AFTER.json [PILOT_GROUP]`: the stages, their diffs, the verdict and the
 * rollback (PLN-1..PLN-3).
 *
 * @param reader - how to read AFTER.json
 */
export function planCommand(reader: FileReader = DISK): Command {
  return {
    name: "plan",
    args: "<before.json> <after.json> [pilotGroupId]",
    arity: [2, 3],
    execute(org, [path, pilot]) {
      const target = loadTarget(reader, path as string);
      if (!target.ok) return target;
      try {
        const plan = planMigration(org, target.org, pilot === undefined ? {} : { pilot });
        return { ok: true, result: plan, text: formatPlan(plan, target.org) };
      } catch (error) {
        return { ok: false, error: (error as Error).message };
      }
    },
  };
}
