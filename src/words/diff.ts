// The words of access diffs and migration plans (DIF-1, PLN-1..PLN-3).
import type { AccessDiff, AccessDifference, MemberAccessDiff } from "../admin/diffTypes.js";
import type { MigrationStep, MigrationWindow } from "../admin/planTypes.js";
import { q } from "./quote.js";
/**
 * Why a target org cannot be reached by changes (PLN-1): a field that no change sets differs.
 *
 * @example
 * ```ts
 * fixedFieldMessage("billing", "seat", "usage")
 * // => "cannot plan a change of `billing` from `seat` to `usage`: no change sets it, so the target must keep it (PLN-1)"
 * ```
 */
export function fixedFieldMessage(field: string, before: string | undefined, after: string | undefined): string {
  const side = (value: string | undefined) => (value === undefined ? "none" : q(value));
  return `cannot plan a change of ${q(field)} from ${side(before)} to ${side(after)}: no change sets it, so the target must keep it (PLN-1)`;
}

function assignmentText(groupId: string, roleId: string): string {
  return `the assignment of role ${q(roleId)} to group ${q(groupId)}`;
}

/**
 * Why the target of a plan cannot be reached by changes (PLN-1): it lists a role assignment twice,
 * and `assignRole` never creates an assignment that exists.
 *
 * @example
 * ```ts
 * repeatedInTargetMessage("g-eng", "eng")
 * // => "cannot plan the assignment of role `eng` to group `g-eng` a second time in the target: no change creates an assignment that exists (PLN-1)"
 * ```
 */
export function repeatedInTargetMessage(groupId: string, roleId: string): string {
  return `cannot plan ${assignmentText(groupId, roleId)} a second time in the target: no change creates an assignment that exists (PLN-1)`;
}

/**
 * Why no rollback can give `before` back (PLN-3): it lists a role assignment twice, and
 * `assignRole` never creates an assignment that exists.
 *
 * @example
 * ```ts
 * repeatedInRollbackMessage("g-eng", "eng")
 * // => "cannot plan a rollback to the assignment of role `eng` to group `g-eng` listed twice: no change creates an assignment that exists; remove the repeated one first (PLN-3)"
 * ```
 */
export function repeatedInRollbackMessage(groupId: string, roleId: string): string {
  return `cannot plan a rollback to ${assignmentText(groupId, roleId)} listed twice: no change creates an assignment that exists; remove the repeated one first (PLN-3)`;
}

/**
 * Why `org-rbac apply` cannot read its change list.
 *
 * @example
 * ```ts
 * unreadableChangesMessage("changes.json", "Unexpected end of JSON input")
 * // => "cannot read `changes.json` as JSON: Unexpected end of JSON input"
 * ```
 */
export function unreadableChangesMessage(path: string, reason: string): string {
  return `cannot read ${q(path)} as JSON: ${reason}`;
}

/**
 * Why a pilot cannot be planned: the group named is not a group of the target org.
 *
 * @example
 * ```ts
 * noPilotGroupMessage("g-x") // => "no group `g-x` in the target org to take the pilot from: name a group id or list member ids"
 * ```
 */
export function noPilotGroupMessage(groupId: string): string {
  return `no group ${q(groupId)} in the target org to take the pilot from: name a group id or list member ids`;
}

// Diff words take the diff as data (src/admin/diffTypes.ts) and say it; the types are imported only.

const EFFECT_MARK = { gain: "+", loss: "-", change: "~" } as const;

function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function tally(diff: { readonly gains: number; readonly losses: number; readonly changes: number }): string {
  return `${counted(diff.gains, "gain", "gains")}, ${counted(diff.losses, "loss", "losses")}, ${counted(diff.changes, "change", "changes")}`;
}

/**
 * The first line of an access diff (DIF-1).
 *
 * @example
 * ```ts
 * accessDiffHeading(diffAccess(org, org)) // => "no member's access differs between `acme` and `acme` (DIF-1)"
 * ```
 */
export function accessDiffHeading(diff: AccessDiff): string {
  const orgs = `${q(diff.beforeOrgId)} and ${q(diff.afterOrgId)}`;
  if (diff.members.length === 0) return `no member's access differs between ${orgs} (DIF-1)`;
  return `${counted(diff.members.length, "member's", "members'")} access differs between ${orgs}: ${tally(diff)} (DIF-1)`;
}

/**
 * The heading of one member in an access diff.
 *
 * @example
 * ```ts
 * memberDiffHeading(member) // => "member `u-new` is added (a member of the target only): 9 gains, 0 losses, 2 changes"
 * ```
 */
export function memberDiffHeading(member: MemberAccessDiff): string {
  const presence =
    member.presence === "added"
      ? " is added (a member of the target only)"
      : member.presence === "removed"
        ? " is removed (not a member of the target, CON-7)"
        : "";
  return `member ${q(member.memberId)}${presence}: ${tally(member)}`;
}

function stateWords(granted: boolean, state: "available" | "greyed-out" | "hidden"): string {
  return granted ? "granted" : state === "hidden" ? "not granted (hidden)" : "not granted (greyed out)";
}

function limitWords(value: { readonly status: string; readonly limit: number | null }): string {
  return value.status === "limited" ? `limited to ${value.limit}` : value.status;
}

/**
 * One difference in one line: `+` a gain, `-` a loss, `~` a change, then what and both values.
 *
 * @example
 * ```ts
 * differenceLine(toolDifference) // => "- tool `github/list_repos`: `always` → `blocked`"
 * ```
 */
export function differenceLine(difference: AccessDifference): string {
  const mark = EFFECT_MARK[difference.effect];
  switch (difference.kind) {
    case "built-in-role":
      return `${mark} built-in role: ${difference.before === null ? "none" : q(difference.before)} → ${difference.after === null ? "none" : q(difference.after)}`;
    case "capability":
      return `${mark} capability ${q(difference.capability)}: ${stateWords(difference.before.granted, difference.before.state)} → ${stateWords(difference.after.granted, difference.after.state)}`;
    case "landing-page":
      return `${mark} landing page: ${difference.before} → ${difference.after} (CAP-8)`;
    case "connector-menu":
      return `${mark} connector ${q(difference.connectorId)} ${difference.after ? "appears in" : "leaves"} the connector menu (CON-10)`;
    case "tool":
      return `${mark} tool ${q(`${difference.connectorId}/${difference.tool}`)}: ${q(difference.before)} → ${q(difference.after)}`;
    case "spend-limit":
      return `${mark} spend limit: ${limitWords(difference.before)} → ${limitWords(difference.after)}`;
  }
}

/**
 * A window of PLN-2 in words: who would hold what outside what they hold before and after.
 *
 * @example
 * ```ts
 * windowText(window)
 * // => "member `u-eng` would not have capability `chat`, which they have before and after (PLN-2)"
 * ```
 */
export function windowText(window: MigrationWindow): string {
  const who = `member ${q(window.memberId)}`;
  if (window.kind === "capability") {
    // INVARIANT: a granted flag is a window only when it is the same before and after.
    const had = window.before ? "have" : "do not have";
    return `${who} would ${window.during ? "have" : "not have"} capability ${q(window.capability)}, which they ${had} before and after (PLN-2)`;
  }
  return `${who} would have tool ${q(`${window.connectorId}/${window.tool}`)} at ${q(window.during)}, outside ${q(window.before)} before and ${q(window.after)} after (PLN-2)`;
}

const STEP_WORDS: ReadonlyMap<MigrationStep, string> = new Map<MigrationStep, string>([
  ["connectors", "Before you begin: connectors and the org-wide tool policy"],
  ["roles", "Step 2: create custom roles"],
  ["connector-permissions", "Step 3: configure connector permissions"],
  ["groups", "Step 4: create groups and assign roles"],
  ["pilot", "Step 6: migrate the pilot"],
  ["members", "Step 6: migrate members"],
  ["capabilities", "Step 7: enable features at the organization level"],
  ["spend", "Step 8: apply spend limits"],
  ["removals", "Removals"],
]);

/**
 * A step of a migration plan in the guide's words.
 *
 * @example
 * ```ts
 * stepTitle("groups") // => "Step 4: create groups and assign roles"
 * ```
 */
export function stepTitle(step: MigrationStep): string {
  return STEP_WORDS.get(step) as string;
}

/**
 * Why steps were merged into one stage (PLN-2): the window the first would leave on its own.
 *
 * @example
 * ```ts
 * mergeText(["roles", "connector-permissions"], window)
 * // => "`roles` and `connector-permissions` are one stage: on its own, `roles` would leave a window: member `u1` would ... (PLN-2)"
 * mergeText(["roles", "groups", "members"], window)
 * // => "`roles`, `groups` and `members` are one stage: on their own, `roles` and `groups` would leave a window: ..."
 * ```
 */
export function mergeText(steps: readonly MigrationStep[], window: MigrationWindow): string {
  const names = steps.map(q);
  const and = (list: readonly string[]) =>
    list.length === 1 ? (list[0] as string) : `${list.slice(0, -1).join(", ")} and ${list.at(-1) as string}`;
  return `${and(names)} are one stage: on ${names.length === 2 ? "its" : "their"} own, ${and(names.slice(0, -1))} would leave a window: ${windowText(window)}`;
}

/**
 * The first line of a migration plan: its stages and PLN-2's verdict.
 *
 * @example
 * ```ts
 * planHeading(plan) // => "migration plan of `acme-corp`: 6 stages, 12 changes; no stage leaves a window (PLN-2)"
 * ```
 */
export function planHeading(orgId: string, stages: number, changes: number, noWindow: boolean): string {
  const verdict = noWindow ? "no stage leaves a window (PLN-2)" : "a stage leaves a window (PLN-2)";
  return `migration plan of ${q(orgId)}: ${counted(stages, "stage", "stages")}, ${counted(changes, "change", "changes")}; ${verdict}`;
}

/**
 * The heading of one stage of a plan: its number and the guide's steps it holds.
 *
 * @example
 * ```ts
 * stageHeading(2, 6, ["groups"], 4) // => "stage 2 of 6: Step 4: create groups and assign roles (4 changes)"
 * ```
 */
export function stageHeading(index: number, total: number, steps: readonly MigrationStep[], changes: number): string {
  return `stage ${index} of ${total}: ${steps.map(stepTitle).join(" + ")} (${counted(changes, "change", "changes")})`;
}

/**
 * A stage's undo and rollback (CHG-3, PLN-3), counted.
 *
 * @example
 * ```ts
 * undoLine(4) // => "undo this stage: 4 changes (CHG-3)"
 * rollbackLine(9) // => "roll back to the start from here: 9 changes (PLN-3)"
 * ```
 */
export function undoLine(changes: number): string {
  return `undo this stage: ${counted(changes, "change", "changes")} (CHG-3)`;
}

/** See {@link undoLine}. */
export function rollbackLine(changes: number): string {
  return `roll back to the start from here: ${counted(changes, "change", "changes")} (PLN-3)`;
}
