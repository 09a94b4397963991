import { formatValidationIssues, type Org, type ValidationIssue } from "../index.js";
import { cliWords } from "../words/cli.js";

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

/** The most issues `formatInvalid` prints, each line cut at `SHOWN_LINE` characters: `--json` has them all. */
export const SHOWN_ISSUES = 50;
const SHOWN_LINE = 400;

/**
 * The text printed for an org file that is not a valid org (IN-1): a title, then the first
 * `SHOWN_ISSUES` issues with their JSON path and the expected form, as `formatValidationIssues`
 * writes them, and how many more there are: the text stays short whatever the file.
 *
 * @param path - the file's path
 * @param issues - the issues of the `OrgValidationError`, never empty
 */
export function formatInvalid(path: string, issues: readonly ValidationIssue[]): string {
  const lines = formatValidationIssues(issues.slice(0, SHOWN_ISSUES))
    .split("\n")
    .map((line) => (line.length > SHOWN_LINE ? `${line.slice(0, SHOWN_LINE)}… (${line.length} characters)` : line));
  if (issues.length > SHOWN_ISSUES) lines.push(`✖ ${cliWords.andMore(issues.length - SHOWN_ISSUES)} (--json lists them all)`);
  return `✖ \`${path}\` is not a valid org (${count(issues.length, "issue")})\n${lines.join("\n")}`;
}
