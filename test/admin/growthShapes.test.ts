// The admin questions on the growth benchmark's adversarial shapes (bench/shapes.mjs, issue 9) at a
// small size: the shortcuts that keep them linear (a preview asks only the audit detections whose
// parts changed, a plan asks its diffs when read, parts kept as they are cost one comparison) give
// the answers of the long way round. Nothing is timed: `npm run bench` times them.
import { describe, expect, it } from "vitest";
import { CHANGE_LISTS, SHAPES } from "../../bench/shapes.mjs";
import type { Shape } from "../../bench/shapes.mjs";
import { applyChanges } from "../../src/admin/applyChanges.js";
import { auditOrg } from "../../src/admin/audit.js";
import { changesBetween } from "../../src/admin/changesBetween.js";
import { diffAccess } from "../../src/admin/diff.js";
import { previewChanges } from "../../src/admin/diffPreview.js";
import { invertChanges } from "../../src/admin/invertChanges.js";
import { planMigration } from "../../src/admin/plan.js";
import type { Change } from "../../src/admin/change.js";
import { parseOrg } from "../../src/index.js";
import { withDefaults, withoutRepeats } from "./defaults.js";
import { statesOf, undoOfEach } from "./undoEach.js";

/** Two changes that touch what the shapes stress: the policy (every member) and the first role. */
function changesOn(shape: Shape): Change[] {
  const { ask } = shape.build(shape.small);
  return [
    { kind: "setToolPolicy", connectorId: ask.connector, level: "approval" },
    { kind: "updateRole", roleId: ask.role, capabilities: ["chat", "web_search"] },
  ];
}

describe("admin questions on the growth shapes at a small size (issue 9; the benchmark times them)", () => {
  it.each(SHAPES.filter((s) => !s.invalid).map((s) => [s.name, s] as const))(
    "%s: AUD-1, DIF-1, PLN-1: the shortcuts give the answers of the long way round",
    (_, shape) => {
      const org = parseOrg(shape.build(shape.small).org);
      const preview = previewChanges(org, changesOn(shape));
      const after = preview.org;
      expect(changesBetween(org, after)).toHaveLength(2);
      // The preview's findings are those of the two whole audits, in the audits' order.
      const [was, is] = [auditOrg(org), auditOrg(after)];
      const message = (f: { readonly message: string }) => f.message;
      expect(preview.findingsAdded.map(message)).toEqual(is.map(message).filter((m) => !was.map(message).includes(m)));
      expect(preview.findingsRemoved.map(message)).toEqual(
        was.map(message).filter((m) => !is.map(message).includes(m)),
      );
      // A plan's diffs are the diffs of its states, however they are asked.
      const plan = planMigration(org, after);
      expect(JSON.stringify(plan.diff)).toBe(JSON.stringify(diffAccess(org, after)));
      expect(plan.stages.length).toBeGreaterThan(0);
      // A plan holds no diff: each is asked when read (planDiffs.ts).
      expect(typeof Object.getOwnPropertyDescriptor(plan, "diff")?.get).toBe("function");
      expect(changesBetween(org, org)).toEqual([]);
      expect(planMigration(org, org).stages).toEqual([]);
    },
  );

  it.each(SHAPES.filter((s) => !s.invalid).map((s) => [s.name, s] as const))(
    "%s: CHG-1, CHG-3: a removal per member, then its undo, gives the org back (the benchmark times the lists)",
    (_, shape) => {
      const org = parseOrg(shape.build(shape.small).org);
      const changes: Change[] = org.members.map((m) => ({ kind: "removeMember", memberId: m.id }));
      const empty = applyChanges(org, changes);
      expect(empty.members).toEqual([]);
      expect(empty.groups).toBe(org.groups);
      expect(applyChanges(empty, invertChanges(org, changes))).toEqual(org);
    },
  );

  const lists = SHAPES.filter((s) => !s.invalid).flatMap((shape) =>
    Object.entries(CHANGE_LISTS).map(([what, listOf]) => [shape.name, what, shape, listOf] as const),
  );
  it.each(lists)(
    "%s, %s: CHG-1, CHG-3: the list applied at once gives the org of one change at a time, and its undo the org back",
    (_, __, shape, listOf) => {
      const org = parseOrg(shape.build(shape.small).org);
      const changes = listOf(org) as Change[];
      expect(changes.length).toBeGreaterThan(0);
      const after = applyChanges(org, changes);
      // One change at a time: a new working copy for each, so nothing it keeps between changes can matter.
      expect(JSON.stringify(after)).toBe(JSON.stringify(statesOf(org, changes).at(-1)));
      const undo = invertChanges(org, changes);
      expect(JSON.stringify(undo)).toBe(JSON.stringify(undoOfEach(org, changes)));
      // CHG-3: the org back, up to defaults and repeats (an undo lists a member once: IN-2).
      expect(withDefaults(withoutRepeats(applyChanges(after, undo)))).toEqual(withDefaults(withoutRepeats(org)));
    },
  );
});
