// The one error that parsing throws: every issue of the document at once (IN-1).
import { MAX_VALIDATION_ISSUES } from "./bounds.js";
import { formatValidationIssues, type ValidationIssue } from "./issues.js";

function summary(count: number): string {
  return `invalid org: ${count} ${count === 1 ? "issue" : "issues"}`;
}

/**
 * The error `parseOrg` throws for a document that is not a valid org: it holds the first
 * `MAX_VALIDATION_ISSUES` (100) issues found and the count of all, and its message gives the count
 * and lists the issues held, one line each, as `formatValidationIssues` writes them, then
 * `… and 19900 more issues` if some were left out. Its size is bounded whatever the document.
 * Nothing of the document is accepted.
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
 *   error.issueCount // => 1
 *   error.message
 *   // => 'invalid org: 1 issue\n✖ expected one of "primary-owner", "owner", "admin", "user", "custom", received "superuser" → at members[0].role'
 * }
 * parseOrg(org) // => the org, deeply frozen (no error)
 * ```
 */
export class OrgValidationError extends Error {
  /** The first problems of the document, in the order found: at most `MAX_VALIDATION_ISSUES` (100); never empty. */
  readonly issues: readonly ValidationIssue[];
  /** How many problems the document has: `issues.length`, or more when some were left out. */
  readonly issueCount: number;

  /**
   * @param issues - the first problems of the document (only the first `MAX_VALIDATION_ISSUES` (100) are kept)
   * @param issueCount - how many problems the document has, `issues.length` or more
   */
  constructor(issues: readonly ValidationIssue[], issueCount: number = issues.length) {
    const kept = Object.freeze(issues.slice(0, MAX_VALIDATION_ISSUES));
    super(`${summary(issueCount)}\n${formatValidationIssues(kept, issueCount)}`);
    this.name = "OrgValidationError";
    this.issues = kept;
    this.issueCount = issueCount;
  }
}
