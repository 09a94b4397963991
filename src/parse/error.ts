// The one error that parsing throws: every issue of the document at once (IN-1).
import { formatValidationIssues, type ValidationIssue } from "./issues.js";

function summary(count: number): string {
  return `invalid org: ${count} ${count === 1 ? "issue" : "issues"}`;
}

/**
 * The error `parseOrg` throws for a document that is not a valid org: it holds every issue found,
 * and its message lists them all, one line each, as `formatValidationIssues` writes them. Nothing of
 * the document is accepted.
 *
 * Rules: IN-1.
 *
 * @example
 * ```ts
 * try {
 *   parseOrg({ ...org, members: [{ id: "u1", role: "superuser" }] });
 * } catch (error) {
 *   error instanceof OrgValidationError // => true
 *   error.issues.map((issue) => issue.code) // => ["unknown_built_in_role"]
 *   error.message
 *   // => 'invalid org: 1 issue\n✖ expected one of "primary-owner", "owner", "admin", "user", "custom", received "superuser" → at members[0].role'
 * }
 * parseOrg(org) // => the org, deeply frozen (no error)
 * ```
 */
export class OrgValidationError extends Error {
  /** Every problem of the document, in the order found; never empty. */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param issues - the problems of the document
   */
  constructor(issues: readonly ValidationIssue[]) {
    super(`${summary(issues.length)}\n${formatValidationIssues(issues)}`);
    this.name = "OrgValidationError";
    this.issues = Object.freeze([...issues]);
  }
}
