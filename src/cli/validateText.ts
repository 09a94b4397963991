import { formatValidationIssues, type Org, type OrgValidationError } from "../index.js";

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/**
 * The line `validate` prints for a valid org file.
 *
 * @param org - the parsed org
 *
 * @example
 * ```ts
 * formatValid(org) // => "✔ valid org acme-eu: 15 members, 8 roles, 10 groups, 4 connectors"
 * ```
 */
export function formatValid(org: Org): string {
  const counts = [
    count(org.members.length, "member"),
    count(org.roles.length, "role"),
    count(org.groups.length, "group"),
    count(org.connectors.length, "connector"),
  ];
  return `✔ valid org ${org.id}: ${counts.join(", ")}`;
}

/**
 * The lines printed for an org file that is not a valid org (IN-1): a title with the count of every
 * issue, then the issues the error holds (the first `MAX_VALIDATION_ISSUES`, 100) with their JSON
 * path and the expected form, and how many more there are, as `formatValidationIssues` writes them;
 * each line cut at 400 characters, so the text stays short whatever the file.
 *
 * @param path - the file's path
 * @param error - the error of `safeParseOrg`
 *
 * @example
 * ```ts
 * formatInvalid("bad.json", safeParseOrg(orgWithAllowLevel).error)
 * // => ['✖ `bad.json` is not a valid org (1 issue)', '✖ expected one of "always", "approval", "blocked", received "allow" → at roles[0].connectors.all']
 * ```
 */
export function formatInvalid(path: string, error: OrgValidationError): string[] {
  // The parser bounds each issue (keys and received values cut, IN-1), so each line is bounded too.
  // One issue a line, whatever its message holds; then how many more the error counted.
  // INVARIANT: the error keeps at most MAX_VALIDATION_ISSUES issues, the first ones.
  const more = error.issueCount - error.issues.length;
  return [
    `✖ \`${path}\` is not a valid org (${count(error.issueCount, "issue")})`,
    ...error.issues.map((issue) => formatValidationIssues([issue])),
    ...(more > 0 ? [formatValidationIssues([], more)] : []),
  ];
}
