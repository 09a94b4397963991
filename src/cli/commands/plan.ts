import { planMigration } from "../../admin/plan.js";
import type { Org } from "../../index.js";
import { singleAnswer, type Command } from "../command.js";
import { formatPlan } from "../planText.js";

/**
 * `org-rbac plan <before.json> <after.json> [--pilot GROUP]`: the stages, their diffs, the verdict
 * and the rollback (PLN-1..PLN-3). The pilot group may also be given as a third argument.
 */
export const plan: Command = {
  name: "plan",
  args: "<before.json> <after.json> [--pilot GROUP]",
  summary: ["a migration plan with no window, stage by stage,", "with each stage's diff and rollback"],
  files: ["org", "org"],
  arity: [2, 3],
  formats: ["text", "json", "ndjson"],
  options: ["--pilot"],
  execute({ orgs, args: [positional], options }) {
    const pilot = options.get("--pilot") ?? positional;
    // INVARIANT: run() read both org files this command names in `files`.
    const [before, after] = orgs as readonly [Org, Org];
    try {
      const result = planMigration(before, after, { pilot });
      return singleAnswer(result, formatPlan(result, after));
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  },
};
