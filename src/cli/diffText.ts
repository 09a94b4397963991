import type { AccessDiff, AccessDifference } from "../admin/diffTypes.js";
import { accessDiffHeading, differenceLine, memberDiffHeading } from "../words/diff.js";

function differenceLines(difference: AccessDifference): string[] {
  const line = `  ${differenceLine(difference)}`;
  if (!("explanation" in difference)) return [line];
  return [
    line,
    `      before: ${difference.explanation.before.summary}`,
    `      after:  ${difference.explanation.after.summary}`,
  ];
}

/**
 * The lines of `org-rbac diff`: a heading, then each member whose access differs (after a blank
 * line) with every difference and, for capabilities, tools and spend limits, both explanations (EXP-1).
 *
 * @param diff - an access diff (see `diffAccess`)
 *
 * @example
 * ```ts
 * diffLines(diffAccess(org, org)) // => ["no member's access differs between `acme` and `acme` (DIF-1)"]
 * ```
 */
export function diffLines(diff: AccessDiff): string[] {
  return [
    accessDiffHeading(diff),
    ...diff.members.flatMap((member) => [
      "",
      memberDiffHeading(member),
      ...member.differences.flatMap(differenceLines),
    ]),
  ];
}

/**
 * The text of `org-rbac diff` (see `diffLines`), its lines joined, for a report that prints it whole
 * (examples/migration). Not escaped: the CLI prints `diffLines` one escaped line at a time.
 *
 * @param diff - an access diff (see `diffAccess`)
 *
 * @example
 * ```ts
 * formatDiff(diffAccess(org, org)) // => "no member's access differs between `acme` and `acme` (DIF-1)"
 * ```
 */
export function formatDiff(diff: AccessDiff): string {
  return diffLines(diff).join("\n");
}
