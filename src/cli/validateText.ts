import { formatValidationIssues, type Org, type ValidationIssue } from "../index.js";

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
 * The text printed for an org file that is not a valid org (IN-1): a title, then every issue with
 * its JSON path and the expected form, as `formatValidationIssues` writes them.
 *
 * @param path - the file's path
 * @param issues - the issues of the `OrgValidationError`, never empty
 */
export function formatInvalid(path: string, issues: readonly ValidationIssue[]): string {
  return `✖ \`${path}\` is not a valid org (${count(issues.length, "issue")})\n${formatValidationIssues(issues)}`;
}
