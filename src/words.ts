// Every sentence org-rbac says, in one module (STYLE.md "Words live in one module"): rule code returns
// typed data (reasons, changes, findings) and this module words it when the words are read.
import type { ChangeFailure } from "./admin/refusal.js";
import { formatValidationIssues, type ValidationIssue } from "./parse/issues.js";

/**
 * Quotes an id or a name for a sentence: in backticks, as the style of our messages wants user input.
 *
 * @example
 * ```ts
 * q("jira") // => "`jira`"
 * ```
 */
export function q(text: string): string {
  return `\`${text}\``;
}

// ---- Reasons of decisions (EXP-1) ----------------------------------------------------------------

// ---- Changes (CHG-5) -----------------------------------------------------------------------------

const SHOWN_ID = 60;

/**
 * Quotes an id or a name for a sentence of bounded length: in backticks, cut after 60 characters.
 *
 * @example
 * ```ts
 * shown("jira") // => "`jira`"
 * shown("x".repeat(100)) // => "`xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…`"
 * ```
 */
export function shown(text: string): string {
  return text.length <= SHOWN_ID ? q(text) : q(`${text.slice(0, SHOWN_ID)}…`);
}

/**
 * Why a change cannot apply, as a lowercase sentence that says what to do (CHG-1).
 *
 * @example
 * ```ts
 * changeFailureText({ code: "unknown_role", id: "eng" }) // => "no role `eng`: check the role id"
 * changeFailureText({ code: "at_out_of_range", at: 9, length: 2 })
 * // => "`at` is 9, outside 0..2: insert at an index from 0 to the length of the list"
 * ```
 */
export function changeFailureText(failure: ChangeFailure): string {
  switch (failure.code) {
    case "at_out_of_range":
      return `\`at\` is ${failure.at}, outside 0..${failure.length}: insert at an index from 0 to the length of the list`;
    case "unknown_tool":
      return `connector ${shown(failure.connectorId)} does not list tool ${shown(failure.tool)}: set a tool that the connector lists`;
    case "unknown_assignment":
      return `role ${shown(failure.roleId)} is not assigned to group ${shown(failure.groupId)}: nothing to unassign`;
    case "duplicate_assignment":
      return `role ${shown(failure.roleId)} is assigned to group ${shown(failure.groupId)} already: assign it once`;
    case "unknown_connector_grant":
      return `role ${shown(failure.roleId)} has no row for connector ${shown(failure.connectorId)}: nothing to remove`;
    case "primary_owner_change":
      return failure.from === "primary-owner"
        ? `member ${shown(failure.memberId)} is the primary owner: transfer primary ownership before changing their role`
        : `member ${shown(failure.memberId)} cannot become the primary owner by a role assignment: transfer primary ownership instead`;
    default:
      return missingOrDuplicate(failure.code, failure.id);
  }
}

function missingOrDuplicate(code: string, id: string): string {
  switch (code) {
    case "unknown_tool_policy":
      return `the org-wide tool policy has no entry for connector ${shown(id)}: nothing to remove`;
    case "unknown_group_limit":
      return `group ${shown(id)} has no spend limit: nothing to remove`;
  }
  const [which, noun] = code.split("_") as [string, string];
  return which === "unknown" ? `no ${noun} ${shown(id)}: check the ${noun} id` : `${noun} ${shown(id)} exists already: give the new ${noun} its own id`;
}

/**
 * The message of a change error: which change, by index and kind, and why (CHG-1).
 *
 * @example
 * ```ts
 * changeErrorText(1, "deleteRole", "no role `nope`: check the role id")
 * // => "cannot apply changes[1] (deleteRole): no role `nope`: check the role id"
 * changeErrorText(undefined, undefined, "expected an array of changes, received an object")
 * // => "cannot apply changes: expected an array of changes, received an object"
 * ```
 */
export function changeErrorText(index: number | undefined, kind: string | undefined, reason: string): string {
  const which = index === undefined ? "changes" : kind === undefined ? `changes[${index}]` : `changes[${index}] (${kind})`;
  return `cannot apply ${which}: ${reason}`;
}

const SHOWN_ISSUES = 10;

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/**
 * The problems of a change's form, one line each as `formatValidationIssues` writes them, the first
 * ten of them and how many more (CHG-1).
 *
 * @example
 * ```ts
 * changeIssuesText(issues) // => 'invalid change: 1 issue\n✖ expected a non-empty role id, received 3 → at changes[0].roleId'
 * changeIssuesText(twelveIssues) // => "invalid change: 12 issues\n✖ ...(ten lines)\n… and 2 more issues"
 * ```
 */
export function changeIssuesText(issues: readonly ValidationIssue[]): string {
  const text = `invalid change: ${count(issues.length, "issue")}\n${formatValidationIssues(issues.slice(0, SHOWN_ISSUES))}`;
  const more = issues.length - SHOWN_ISSUES;
  return more <= 0 ? text : `${text}\n… and ${count(more, "more issue")}`;
}

/**
 * Why `applyChanges` refuses an org that the library did not return (fail closed: a hand-made or
 * edited copy was never validated).
 */
export const NOT_PRODUCED_TEXT = "applyChanges takes an org that parseOrg or applyChanges returned: parse the org first";

// ---- Audit findings (AUD-1) ----------------------------------------------------------------------
