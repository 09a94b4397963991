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
 * The text of `org-rbac diff`: a heading, then each member whose access differs with every
 * difference and, for capabilities, tools and spend limits, both explanations (EXP-1).
 *
 * @param diff - an access diff (see `diffAccess`)
 *
 * @example
 * ```ts
 * formatDiff(diffAccess(org, org)) // => "no member's access differs between `acme` and `acme` (DIF-1)"
 * ```
 */
export function formatDiff(diff: AccessDiff): string {
  const members = diff.members.map((member) =>
    [memberDiffHeading(member), ...member.differences.flatMap(differenceLines)].join("\n"),
  );
  return [accessDiffHeading(diff), ...members].join("\n\n");
}
