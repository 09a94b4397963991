// Every sentence org-rbac says, in one module (STYLE.md "Words live in one module"): rule code returns
// typed data (reasons, changes, findings) and this module words it when the words are read.

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

// ---- Audit findings (AUD-1) ----------------------------------------------------------------------
