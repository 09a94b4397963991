import type { Org } from "../org.js";
import type { Reason, SpendLimitDecision } from "./decision.js";
import { indexOf } from "./compile.js";
import { explain, q, reason } from "./explain.js";
import { unknownMemberReason } from "./member.js";

type Outcome = Pick<SpendLimitDecision, "status" | "limit" | "source" | "groupId">;

/**
 * A member's monthly spend limit and where it came from.
 *
 * Rules:
 * - SPD-1: spend limits apply to usage-billed orgs only; elsewhere the answer is `"not-applicable"`.
 * - SPD-2: the member's own limit overrides group limits, higher or lower.
 * - SPD-3: in several groups with limits, the lowest or the highest applies, as `spend.multiGroup`
 *   says (default `"lowest"`); when groups tie, the first in the org's group-limit list is named.
 * - SPD-4: the org limit is the hard ceiling: limit = min(orgLimit, individual ?? group). No limit
 *   anywhere means `"unlimited"`. When the org limit equals the other, the other is named the source.
 * - SPD-5: only this org's group limits count, and membership is read as it is now.
 * - GRP-2 (Decision): every group listing the member counts for spend limits, SCIM groups included,
 *   whatever the provisioning mode.
 * - CON-7: an id that is not a member of this org gets `"unknown-member"`.
 *
 * @param org - a parsed org (see `parseOrg`)
 * @param memberId - the member's id
 * @returns the limit in minor units (or `null`), its source and its explanation (EXP-1)
 *
 * @example
 * ```ts
 * // Usage billing, org limit 100000, u1 in g-eng (limit 2000) and g-all (limit 5000), lowest wins.
 * resolveSpendLimit(org, "u1") // => { status: "limited", limit: 2000, source: "group", groupId: "g-eng", ... }
 * // On seat billing:
 * resolveSpendLimit(seatOrg, "u1").status // => "not-applicable"
 * ```
 */
export function resolveSpendLimit(org: Org, memberId: string): SpendLimitDecision {
  const index = indexOf(org);
  const decide = (outcome: Outcome, verdict: string, reasons: Reason[]): SpendLimitDecision =>
    Object.freeze({ memberId, ...outcome, ...explain(`member ${q(memberId)}`, verdict, reasons) });
  const none = { limit: null, source: null, groupId: null } as const;

  const context = index.member(memberId);
  if (context === undefined) {
    return decide({ status: "unknown-member", ...none }, "has no spend limit here", [unknownMemberReason(index, memberId)]);
  }
  if (org.billing !== "usage") {
    return decide({ status: "not-applicable", ...none }, "has no spend limit", [
      reason({ rule: "SPD-1", says: `org ${q(org.id)} is not billed by usage, so spend limits do not apply` }),
    ]);
  }

  const reasons: Reason[] = [];
  let base: { limit: number; source: "individual" | "group"; groupId: string | null } | undefined;
  const own = context.member.spendLimit;
  if (own !== undefined) {
    base = { limit: own, source: "individual", groupId: null };
    reasons.push(reason({ rule: "SPD-2", says: `the member's own limit is ${own}, which overrides group limits`, limit: own }));
  } else {
    const highest = org.spend?.multiGroup === "highest";
    // SPD-5: only this org's limits, for groups that list the member now; ties go to the first.
    // Stryker disable next-line ArrayDeclaration: equivalent, a made-up entry names no group of the member
    const limited = (org.spend?.groupLimits ?? []).filter(({ groupId }) => context.groups.some((group) => group.id === groupId));
    const chosen = limited.reduce<(typeof limited)[number] | undefined>(
      (best, next) => (best === undefined || (highest ? next.limit > best.limit : next.limit < best.limit) ? next : best),
      undefined,
    );
    if (chosen !== undefined) {
      base = { limit: chosen.limit, source: "group", groupId: chosen.groupId };
      reasons.push(
        reason({
          rule: "SPD-3",
          says:
            limited.length > 1
              ? `group ${q(chosen.groupId)} has the ${highest ? "highest" : "lowest"} limit of the member's ${limited.length} groups with limits, ${chosen.limit}`
              : `group ${q(chosen.groupId)} has a limit of ${chosen.limit}`,
          via: chosen.groupId,
          limit: chosen.limit,
        }),
      );
    }
  }

  const orgLimit = org.spend?.orgLimit;
  if (orgLimit !== undefined && (base === undefined || orgLimit < base.limit)) {
    reasons.push(reason({ rule: "SPD-4", says: `the org limit ${orgLimit} is the hard ceiling`, limit: orgLimit }));
    return decide({ status: "limited", limit: orgLimit, source: "org", groupId: null }, `is limited to ${orgLimit}`, reasons);
  }
  if (base === undefined) {
    reasons.push(reason({ rule: "SPD-4", says: "no limit is set for the member, their groups or the org" }));
    return decide({ status: "unlimited", ...none }, "has no spend limit", reasons);
  }
  if (orgLimit !== undefined) {
    reasons.push(reason({ rule: "SPD-4", says: `the org limit ${orgLimit} does not lower it`, limit: orgLimit }));
  }
  return decide({ status: "limited", ...base }, `is limited to ${base.limit}`, reasons);
}
