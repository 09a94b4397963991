import { describe, expect, test } from "vitest";
import { GUIDE_JSON } from "../admin/diffFixtures.js";
import { cli, json } from "./io.js";

const BEFORE = "examples/migration/before.json";
const AFTER = "examples/migration/after.json";

describe("org-rbac plan (PLN-1..PLN-3)", () => {
  test("PLN-1..PLN-3: prints the verdict, each stage with its changes, diff, undo and rollback", async () => {
    const ran = await cli(["plan", BEFORE, AFTER, "g-eng"]);
    expect(ran).toMatchObject({ code: 0, stderr: "" });
    const lines = ran.stdout.split("\n");
    expect(lines[0]).toBe("migration plan of `acme-corp`: 7 stages, 17 changes; no stage leaves a window (PLN-2)");
    expect(lines).toContain("stage 4 of 7: Step 6: migrate the pilot (1 change)");
    expect(lines).toContain(
      "  - set the built-in role of members `ana@acme.test` (`u-ana`) and `ben@acme.test` (`u-ben`) to `custom` (CAP-2, CAP-3, CAP-4, CON-5)",
    );
    expect(lines).toContain("  undo this stage: 1 change (CHG-3)");
    expect(lines).toContain("  roll back to the start from here: 18 changes (PLN-3)");
    expect(lines).toContain("    member `u-ana`: 1 gain, 0 losses, 1 change");
    expect(lines).toContain("  member `u-ana`: 0 gains, 1 loss, 1 change");
    // A blank line before each stage; the diffs' blank lines stay blank when indented.
    const stages = lines.flatMap((line, i) => (line.startsWith("stage ") ? [lines[i - 1]] : []));
    expect(stages).toEqual(Array.from({ length: 7 }, () => ""));
    expect(lines.filter((line) => line === "").length).toBeGreaterThan(7);
    expect(lines.filter((line) => /^\s+$/.test(line))).toEqual([]);
    expect((await cli(["plan", BEFORE, AFTER, "--pilot", "g-eng"])).stdout).toBe(ran.stdout);
    const plan = json(await cli(["plan", BEFORE, AFTER, "--json"])) as { stages: unknown[]; noWindow: boolean };
    expect(plan).toMatchObject({ noWindow: true });
    expect(plan.stages).toHaveLength(6);
  });

  test("PLN-2: the merges are printed with the window the guide's order would leave", async () => {
    const after = {
      ...GUIDE_JSON,
      roles: [
        { ...GUIDE_JSON.roles[0], capabilities: ["claude_code"] },
        GUIDE_JSON.roles[1],
        { id: "base", name: "Base", capabilities: ["chat"], connectors: { all: "blocked" } },
      ],
      roleAssignments: [...GUIDE_JSON.roleAssignments, { groupId: "g-eng", roleId: "base" }],
    };
    const ran = await cli(["plan", "before.json", "after.json"], { "before.json": GUIDE_JSON, "after.json": after });
    expect(ran.stdout.split("\n").slice(0, 2)).toEqual([
      "migration plan of `acme`: 1 stage, 3 changes; no stage leaves a window (PLN-2)",
      "`roles` and `groups` are one stage: on its own, `roles` would leave a window: member `u-eng` would not have capability `chat`, which they have before and after (PLN-2)",
    ]);
  });

  test("PLN-1: an unreachable target, a missing pilot group or an unreadable target is an error", async () => {
    expect(await cli(["plan", BEFORE, AFTER, "g-nope"])).toMatchObject({
      code: 1,
      stderr: "✖ no group `g-nope` in the target org to take the pilot from: name a group id or list member ids\n",
    });
    const seat = await cli(["plan", "before.json", "after.json"], {
      "before.json": GUIDE_JSON,
      "after.json": { ...GUIDE_JSON, billing: "seat" },
    });
    expect(seat).toMatchObject({ code: 1, stderr: expect.stringContaining("cannot plan a change of `billing`") });
    expect(await cli(["plan", BEFORE, "examples/migration/nope.json"])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("cannot read"),
    });
  });
});
