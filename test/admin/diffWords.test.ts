import { describe, expect, test } from "vitest";
import type { AccessDifference, MemberAccessDiff } from "../../src/admin/diffTypes.js";
import type { MigrationWindow } from "../../src/admin/planTypes.js";
import {
  accessDiffHeading,
  differenceLine,
  fixedFieldMessage,
  memberDiffHeading,
  mergeText,
  noPilotGroupMessage,
  planHeading,
  repeatedInRollbackMessage,
  repeatedInTargetMessage,
  stageHeading,
  stepTitle,
  unreadableChangesMessage,
  windowText,
} from "../../src/words/diff.js";

const why = { before: { rules: [], summary: "" }, after: { rules: [], summary: "" } } as const;

function member(
  presence: MemberAccessDiff["presence"],
  gains: number,
  losses: number,
  changes: number,
): MemberAccessDiff {
  return { memberId: "u1", presence, gains, losses, changes, differences: [] };
}

describe("words of diffs and plans (DIF-1, PLN)", () => {
  test("DIF-1: the heading counts members, gains, losses and changes, one or many", () => {
    const diff = { beforeOrgId: "a", afterOrgId: "b", gains: 1, losses: 2, changes: 1 };
    expect(accessDiffHeading({ ...diff, members: [member("kept", 1, 2, 1)] })).toBe(
      "1 member's access differs between `a` and `b`: 1 gain, 2 losses, 1 change (DIF-1)",
    );
    expect(
      accessDiffHeading({
        ...diff,
        members: [member("kept", 1, 0, 0), member("kept", 0, 2, 1)],
        gains: 0,
        losses: 1,
        changes: 2,
      }),
    ).toBe("2 members' access differs between `a` and `b`: 0 gains, 1 loss, 2 changes (DIF-1)");
    expect(accessDiffHeading({ ...diff, members: [] })).toBe("no member's access differs between `a` and `b` (DIF-1)");
  });

  test("DIF-1, CON-7: a member's heading says added and removed", () => {
    expect(memberDiffHeading(member("added", 3, 0, 1))).toBe(
      "member `u1` is added (a member of the target only): 3 gains, 0 losses, 1 change",
    );
    expect(memberDiffHeading(member("removed", 0, 3, 1))).toBe(
      "member `u1` is removed (not a member of the target, CON-7): 0 gains, 3 losses, 1 change",
    );
    expect(memberDiffHeading(member("kept", 0, 1, 0))).toBe("member `u1`: 0 gains, 1 loss, 0 changes");
  });

  test("DIF-1: one line per difference kind, marked gain (+), loss (-) or change (~)", () => {
    const lines: [AccessDifference, string][] = [
      [{ kind: "built-in-role", effect: "change", before: null, after: "user" }, "~ built-in role: none → `user`"],
      [{ kind: "built-in-role", effect: "change", before: "custom", after: null }, "~ built-in role: `custom` → none"],
      [
        {
          kind: "capability",
          capability: "chat",
          effect: "gain",
          before: { granted: false, state: "hidden" },
          after: { granted: true, state: "available" },
          explanation: why,
        },
        "+ capability `chat`: not granted (hidden) → granted",
      ],
      [
        {
          kind: "capability",
          capability: "chat",
          effect: "change",
          before: { granted: false, state: "greyed-out" },
          after: { granted: false, state: "hidden" },
          explanation: why,
        },
        "~ capability `chat`: not granted (greyed out) → not granted (hidden)",
      ],
      [
        { kind: "landing-page", effect: "change", before: "chat", after: "settings" },
        "~ landing page: chat → settings (CAP-8)",
      ],
      [
        { kind: "connector-menu", connectorId: "jira", effect: "gain", before: false, after: true },
        "+ connector `jira` appears in the connector menu (CON-10)",
      ],
      [
        { kind: "connector-menu", connectorId: "jira", effect: "loss", before: true, after: false },
        "- connector `jira` leaves the connector menu (CON-10)",
      ],
      [
        {
          kind: "tool",
          connectorId: "jira",
          tool: "create_issue",
          effect: "loss",
          before: "always",
          after: "approval",
          explanation: why,
        },
        "- tool `jira/create_issue`: `always` → `approval`",
      ],
      [
        {
          kind: "spend-limit",
          effect: "gain",
          before: { status: "limited", limit: 5 },
          after: { status: "unlimited", limit: null },
          explanation: why,
        },
        "+ spend limit: limited to 5 → unlimited",
      ],
      [
        {
          kind: "spend-limit",
          effect: "change",
          before: { status: "unknown-member", limit: null },
          after: { status: "not-applicable", limit: null },
          explanation: why,
        },
        "~ spend limit: unknown-member → not-applicable",
      ],
    ];
    for (const [difference, line] of lines) expect(differenceLine(difference)).toBe(line);
  });

  test("PLN-2: a window says who would hold what, outside both ends", () => {
    const capability = (before: boolean, during: boolean, after: boolean): MigrationWindow => ({
      kind: "capability",
      memberId: "u1",
      capability: "cowork",
      before,
      during,
      after,
    });
    expect(windowText(capability(true, false, true))).toBe(
      "member `u1` would not have capability `cowork`, which they have before and after (PLN-2)",
    );
    expect(windowText(capability(false, true, false))).toBe(
      "member `u1` would have capability `cowork`, which they do not have before and after (PLN-2)",
    );
    const tool: MigrationWindow = {
      kind: "tool",
      memberId: "u1",
      connectorId: "jira",
      tool: "create_issue",
      before: "approval",
      during: "always",
      after: "blocked",
    };
    expect(windowText(tool)).toBe(
      "member `u1` would have tool `jira/create_issue` at `always`, outside `approval` before and `blocked` after (PLN-2)",
    );
  });

  test("PLN-1, PLN-2: steps in the guide's words, and why steps were merged", () => {
    expect(stepTitle("pilot")).toBe("Step 6: migrate the pilot");
    expect(planHeading("acme", 1, 1, false)).toBe(
      "migration plan of `acme`: 1 stage, 1 change; a stage leaves a window (PLN-2)",
    );
    expect(stageHeading(1, 1, ["roles", "groups"], 2)).toBe(
      "stage 1 of 1: Step 2: create custom roles + Step 4: create groups and assign roles (2 changes)",
    );
    expect(unreadableChangesMessage("c.json", "Unexpected end of JSON input")).toBe(
      "cannot read `c.json` as JSON: Unexpected end of JSON input",
    );
    expect(stepTitle("removals")).toBe("Removals");
    const window: MigrationWindow = {
      kind: "capability",
      memberId: "u1",
      capability: "chat",
      before: true,
      during: false,
      after: true,
    };
    expect(mergeText(["groups", "members"], window)).toBe(
      "`groups` and `members` are one stage: on its own, `groups` would leave a window: member `u1` would not have capability `chat`, which they have before and after (PLN-2)",
    );
    expect(mergeText(["roles", "groups", "members"], window)).toMatch(
      /^`roles`, `groups` and `members` are one stage: on their own, `roles` and `groups` would leave a window: /,
    );
  });

  test("PLN-1: errors name the field or group, lowercase, without a final period", () => {
    expect(fixedFieldMessage("billing", "seat", "usage")).toBe(
      "cannot plan a change of `billing` from `seat` to `usage`: no change sets it, so the target must keep it (PLN-1)",
    );
    expect(fixedFieldMessage("parentId", undefined, "acme")).toBe(
      "cannot plan a change of `parentId` from none to `acme`: no change sets it, so the target must keep it (PLN-1)",
    );
    expect(repeatedInTargetMessage("g-eng", "eng")).toBe(
      "cannot plan the assignment of role `eng` to group `g-eng` a second time in the target: no change creates an assignment that exists (PLN-1)",
    );
    expect(repeatedInRollbackMessage("g-eng", "eng")).toBe(
      "cannot plan a rollback to the assignment of role `eng` to group `g-eng` listed twice: no change creates an assignment that exists; remove the repeated one first (PLN-3)",
    );
    expect(noPilotGroupMessage("g-x")).toBe(
      "no group `g-x` in the target org to take the pilot from: name a group id or list member ids",
    );
  });
});
