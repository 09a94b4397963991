// The building blocks of every sentence org-rbac says: quoting, lists and their bounds, the summary.
// Words live under src/words/, one module per family of decisions, so that a bundle that asks only
// about tools carries only the words of tools (STYLE.md "Words live in one module", split by family).

/** The longest id or name quoted whole in a sentence; a longer one is cut with an ellipsis. */
export const QUOTE_BOUND = 100;

/** How many items of a list a sentence names before it says "and N more". */
export const LIST_BOUND = 5;

/**
 * Quotes an id or a name for a sentence: in backticks, as the style of our messages wants user input,
 * cut to {@link QUOTE_BOUND} characters so that a sentence has a bounded size.
 *
 * @example
 * ```ts
 * q("jira") // => "`jira`"
 * ```
 */
export function q(text: string): string {
  const whole = String(text);
  return `\`${whole.length > QUOTE_BOUND ? `${whole.slice(0, QUOTE_BOUND - 1)}…` : whole}\``;
}

/**
 * Joins clauses as people write them: "a", "a and b", "a, b and c"; past {@link LIST_BOUND} clauses,
 * "a, b, c, d, e and 7 more".
 */
export function joinClauses(clauses: readonly string[]): string {
  if (clauses.length > LIST_BOUND)
    return `${clauses.slice(0, LIST_BOUND).join(", ")} and ${clauses.length - LIST_BOUND} more`;
  const last = clauses.at(-1) ?? "";
  return clauses.length <= 1 ? last : `${clauses.slice(0, -1).join(", ")} and ${last}`;
}

/** A list of items separated by commas, "a, b, c, d, e and 7 more" past {@link LIST_BOUND}. */
export function listText(items: readonly string[]): string {
  const shown = items.slice(0, LIST_BOUND).join(", ");
  return items.length > LIST_BOUND ? `${shown} and ${items.length - LIST_BOUND} more` : shown;
}

/** "1 role", "2 roles". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The summary of a decision (EXP-1): "<subject and verdict> because <reason> (<RULE>), ... and
 * <reason> (<RULE>)", naming at most {@link LIST_BOUND} reasons.
 */
export function summaryOf(
  subject: string,
  reasons: readonly { readonly rule: string; readonly message: string }[],
): string {
  return `${subject} because ${joinClauses(reasons.map((reason) => `${reason.message} (${reason.rule})`))}`;
}

/** "role `Engineering` (via group `Engineering`)": how a member holds a role. */
export function heldRoleText(roleName: string, groupNames: readonly string[]): string {
  return `role ${q(roleName)} (via group ${listText(groupNames.map(q))})`;
}
