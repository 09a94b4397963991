// DIF-1's mirror: `diffAccess(b, a)` is `diffAccess(a, b)` with sides, gains and losses swapped. A plan
// (PLN-3) needs both directions of the same pair of states; the mirror shares every explanation and
// value of the diff it turns round, so the second direction costs a small object per difference.
import type { AccessDiff, AccessDifference, DiffEffect, DiffExplanations, MemberAccessDiff } from "./diffTypes.js";

const OPPOSITE: Readonly<Record<DiffEffect, DiffEffect>> = { gain: "loss", loss: "gain", change: "change" };

function mirrorExplanation(explanation: DiffExplanations): DiffExplanations {
  return Object.freeze({ before: explanation.after, after: explanation.before });
}

function mirrorDifference(difference: AccessDifference): AccessDifference {
  // Spread first, so that every field keeps its place (the JSON of a mirror reads as a diff's).
  const turned = {
    ...difference,
    effect: OPPOSITE[difference.effect],
    before: difference.after,
    after: difference.before,
  };
  if ("explanation" in difference) Object.assign(turned, { explanation: mirrorExplanation(difference.explanation) });
  return Object.freeze(turned) as AccessDifference;
}

function mirrorMember(member: MemberAccessDiff): MemberAccessDiff {
  const presence = member.presence === "added" ? "removed" : member.presence === "removed" ? "added" : "kept";
  return Object.freeze({
    ...member,
    presence,
    gains: member.losses,
    losses: member.gains,
    differences: Object.freeze(member.differences.map(mirrorDifference)),
  });
}

/**
 * The diff of the same two orgs taken the other way round: `mirrorDiff(diffAccess(a, b))` is
 * `diffAccess(b, a)` (DIF-1), built in time linear in the diff and sharing its explanations.
 */
export function mirrorDiff(diff: AccessDiff): AccessDiff {
  return Object.freeze({
    ...diff,
    beforeOrgId: diff.afterOrgId,
    afterOrgId: diff.beforeOrgId,
    members: Object.freeze(diff.members.map(mirrorMember)),
    gains: diff.losses,
    losses: diff.gains,
  });
}
