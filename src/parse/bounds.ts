// The bounds that keep a validation error small whatever the document (issue 9): a document with a
// million mistakes, or a key of ten megabytes, still gets an error of a few kilobytes, built in time
// linear in the document.

/**
 * The most issues an {@link OrgValidationError} keeps and prints: the first ones found, in document
 * order. Those found beyond are counted (`issueCount`), not kept, and the message ends with
 * `… and 19900 more issues`.
 *
 * Rules: IN-1.
 *
 * @example
 * ```ts
 * const members = Array.from({ length: 250 }, (_, i) => ({ id: `u${i}`, role: "superuser" }));
 * const { error } = safeParseOrg({ ...org, members });
 * error.issues.length // => 100 (MAX_VALIDATION_ISSUES)
 * error.issueCount // => 250
 * safeParseOrg(org).ok // => true (no issue at all)
 * ```
 */
export const MAX_VALIDATION_ISSUES = 100;

/**
 * The most characters of a string from the document that an issue shows: a longer property name is
 * cut there and ends with `…` (in the issue's `path` and `pathText`), a longer received string is
 * cut there and followed by its length, e.g. `"xx…xx"… (10000 characters)`.
 *
 * Rules: IN-1.
 *
 * @example
 * ```ts
 * const key = "k".repeat(10_000);
 * safeParseOrg({ ...org, [key]: 1 }).error.issues[0].pathText // => `["kkk…"]`: 60 k, then …
 * safeParseOrg({ ...org, spendLimt: 1 }).error.issues[0].pathText // => "spendLimt" (short keys are shown whole)
 * ```
 */
export const MAX_SHOWN_LENGTH = 60;

// A high surrogate as the last character: the first half of a pair that the cut split.
const SPLIT_PAIR = /[\uD800-\uDBFF]$/;

/** The first {@link MAX_SHOWN_LENGTH} characters of `text`, without the half of a pair the cut would leave. */
export function head(text: string): string {
  return text.slice(0, MAX_SHOWN_LENGTH).replace(SPLIT_PAIR, "");
}

/** `text` itself when it is short enough to show whole, else its {@link head} and `…`. */
export function shortened(text: string): string {
  return text.length <= MAX_SHOWN_LENGTH ? text : `${head(text)}…`;
}
