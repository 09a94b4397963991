// The guide's migration of a realistic org from built-in roles to custom roles ("Set up role-based
// permissions on Enterprise plans", Steps 1–9), planned by the library: the stages in the guide's
// order with a pilot group (Step 6, "Gradual rollout"), each stage's access diff, the verdict of the
// no-window invariant, and the rollback ("Rollback plan") from the pilot and from the end.
//
//   npx esbuild examples/migration/migrate.ts --bundle --platform=node --format=esm --outfile=/tmp/migrate.mjs
//   node /tmp/migrate.mjs
//
// test/admin/planExample.test.ts runs it and pins what it prints (test/golden/__golden__/plan-migration.txt).
import { readFileSync } from "node:fs";
import { describeChange } from "../../src/admin/describeChange.js";
import { planMigration } from "../../src/admin/plan.js";
import { formatDiff } from "../../src/cli/diffText.js";
import { parseOrg, type Org } from "../../src/index.js";

function load(name: string): Org {
  return parseOrg(JSON.parse(readFileSync(new URL(`./${name}.json`, import.meta.url), "utf8")));
}

/** What the example prints: the plan, each stage's changes and diff, and two rollbacks. */
export function migrationReport(): string {
  // Step 1: audit your current settings. `before.json` is acme-corp on built-in roles (everyone a
  // User, one Admin, one Primary Owner); `after.json` is where the guide's steps take it.
  const before = load("before");
  const after = load("after");
  const plan = planMigration(before, after, { pilot: "g-eng" });
  const out: string[] = [
    `# Migration of ${before.id}: ${plan.stages.length} stages, ${plan.noWindow ? "no window (PLN-2)" : "WINDOWS (PLN-2)"}`,
    ...plan.merges.map((merge) => `merged: ${merge.steps.join(" + ")}`),
  ];
  plan.stages.forEach((stage, k) => {
    out.push(
      "",
      `## Stage ${k + 1}: ${stage.steps.join(" + ")}`,
      ...stage.changes.map((change) => `- ${describeChange(change, after)}`),
      "",
      formatDiff(stage.diff),
    );
  });
  // Step 6, Gradual rollout: "If something isn't right, switch the affected members back."
  const pilot = plan.stages.find((stage) => stage.steps.includes("pilot"));
  if (pilot !== undefined) {
    out.push(
      "",
      "## Rollback from the pilot stage",
      ...pilot.rollback.changes.map((change) => `- ${describeChange(change, before)}`),
      "",
      formatDiff(pilot.rollback.diff),
    );
  }
  const last = plan.stages.at(-1);
  if (last !== undefined) {
    out.push(
      "",
      "## Rollback from the end",
      ...last.rollback.changes.map((change) => `- ${describeChange(change, after)}`),
      "",
      formatDiff(last.rollback.diff),
    );
  }
  return `${out.join("\n")}\n`;
}

if (import.meta.url === new URL(process.argv[1] ?? "", "file:").href) process.stdout.write(migrationReport());
