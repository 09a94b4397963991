// What a validation problem looks like to the people who fix org files: a stable code, the JSON path
// and the expected form (IN-1).
import { MAX_VALIDATION_ISSUES } from "./bounds.js";

/**
 * The stable code of a {@link ValidationIssue}: what is wrong, independent of the wording of its
 * message. Codes are never renamed; new ones may be added.
 *
 * - `"invalid_type"`: a value of the wrong JSON type (a number where a string belongs, an array with
 *   holes, a class instance, a function, ...).
 * - `"missing_property"` / `"unknown_property"`: a required property is absent / a property that the
 *   org format does not have (often a typo such as `spendLimt`).
 * - `"empty_id"`: an id (of the org, a role, a group, a member, a connector, a tool, a capability,
 *   or a reference to one) that is the empty string.
 * - `"duplicate_id"`: two roles, groups, members or connectors with the same id.
 * - `"duplicate_tool"`: a connector that lists a tool twice.
 * - `"duplicate_group_limit"`: two spend limits for the same group.
 * - `"invalid_money"`: an amount that is not a whole, non-negative number of minor units.
 * - `"tools_under_all_connectors"`: a tool set on the All connectors row, which holds none.
 * - `"unknown_level"`, `"unknown_built_in_role"`, `"unknown_mapped_role"`, `"unknown_seat"`,
 *   `"unknown_seat_plan"`, `"unknown_billing"`, `"unknown_provisioning"`, `"unknown_group_source"`,
 *   `"unknown_multi_group"`: a string that is not one of the allowed words.
 * - `"unknown_change_kind"`: an admin change whose `kind` is not one of the change kinds (SPEC §8).
 * - `"circular_reference"`: a value that contains itself (never JSON).
 * - `"unreadable_value"`: a value that cannot be read without running code (a property getter, or
 *   an object whose reading throws).
 *
 * Rules: IN-1.
 *
 * @example
 * ```ts
 * safeParseOrg({ ...org, members: [{ id: "u1", role: "custom", spendLimt: 500 }] }).error.issues[0].code
 * // => "unknown_property"
 * safeParseOrg(org).ok // => true (no issue, no code)
 * ```
 */
export type ValidationIssueCode =
  | "invalid_type"
  | "missing_property"
  | "unknown_property"
  | "empty_id"
  | "duplicate_id"
  | "duplicate_tool"
  | "duplicate_group_limit"
  | "invalid_money"
  | "tools_under_all_connectors"
  | "unknown_level"
  | "unknown_built_in_role"
  | "unknown_mapped_role"
  | "unknown_seat"
  | "unknown_seat_plan"
  | "unknown_billing"
  | "unknown_provisioning"
  | "unknown_group_source"
  | "unknown_multi_group"
  | "unknown_change_kind"
  | "circular_reference"
  | "unreadable_value";

/**
 * One problem of an org document: where it is, what was expected there and what was found.
 *
 * Rules: IN-1.
 *
 * @example
 * ```ts
 * safeParseOrg({ ...org, billing: "monthly" }).error?.issues[0]
 * // => { code: "unknown_billing", path: ["billing"], pathText: "billing",
 * //      expected: 'one of "seat", "usage"', received: '"monthly"',
 * //      message: 'expected one of "seat", "usage", received "monthly"' }
 * ```
 */
export interface ValidationIssue {
  /** What is wrong, as a stable code. */
  readonly code: ValidationIssueCode;
  /**
   * The JSON path of the value: property names and array indexes from the top of the document. A
   * name longer than `MAX_SHOWN_LENGTH` (60) characters is cut there and ends with `…`.
   */
  readonly path: readonly (string | number)[];
  /** The path as text: `roles[2].connectors.byConnector.jira`, odd names quoted (`byConnector["a.b"]`), long ones cut (`["kkk…"]`). */
  readonly pathText: string;
  /** The expected form, e.g. `one of "always", "approval", "blocked"`. */
  readonly expected: string;
  /** What was found, e.g. `"allow"`, `42`, `an array`, `nothing`; a long string cut, e.g. `"xx…xx"… (10000 characters)`. */
  readonly received: string;
  /** The whole message, lowercase, saying what to do. */
  readonly message: string;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Writes a JSON path as text: property names joined by dots, array indexes in brackets, and names
 * that are not identifiers quoted in brackets.
 *
 * @example
 * ```ts
 * formatPath(["roles", 2, "connectors", "byConnector", "a.b"]) // => 'roles[2].connectors.byConnector["a.b"]'
 * formatPath([]) // => ""
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  let text = "";
  for (const key of path) {
    // An index is no identifier (it starts with a digit), so it lands in brackets too: JSON.stringify(2) is `2`.
    if (IDENTIFIER.test(String(key))) text += text === "" ? key : `.${key}`;
    else text += `[${JSON.stringify(key)}]`;
  }
  return text;
}

/**
 * Writes validation issues for a person to act on, one line each: the message, then the path of the
 * value (`→ at roles[2].connectors.all`); a problem of the whole document has no path. At most
 * `MAX_VALIDATION_ISSUES` (100) lines are written; a last line counts the issues left out.
 *
 * Rules: IN-1.
 *
 * @param issues - the issues of an `OrgValidationError`
 * @param total - how many issues were found, `issues.length` or more (an error's `issueCount`)
 * @returns one line per issue, joined by newlines, then `… and 19900 more issues` when some are left out
 *
 * @example
 * ```ts
 * formatValidationIssues(safeParseOrg(orgWithAllowLevel).error.issues)
 * // => '✖ expected one of "always", "approval", "blocked", received "allow" → at roles[2].connectors.all'
 * const { error } = safeParseOrg(orgWith250BadRoles);
 * formatValidationIssues(error.issues, error.issueCount).split("\n").at(-1) // => "… and 150 more issues"
 * formatValidationIssues([]) // => ""
 * ```
 */
export function formatValidationIssues(issues: readonly ValidationIssue[], total: number = issues.length): string {
  const lines = issues
    .slice(0, MAX_VALIDATION_ISSUES)
    .map((issue) => (issue.pathText === "" ? `✖ ${issue.message}` : `✖ ${issue.message} → at ${issue.pathText}`));
  const more = total - lines.length;
  if (more > 0) lines.push(`… and ${more} more ${more === 1 ? "issue" : "issues"}`);
  return lines.join("\n");
}
