import type { Org } from "../org.js";
import { compiledOf, type CompiledOrg } from "./compile.js";
import type { SpendLimitDecision } from "./decision.js";
import { ExplainedBy, worded, type Why } from "./explained.js";
import type { MemberEntry } from "./membership.js";
import type { SpendReason } from "./reason.js";
import { spendSubject, wordSpendReason } from "../words/spend.js";
import { unknownMemberReason } from "./who.js";

/** The outcome of SPD-1..SPD-4, before it is explained. */
type Outcome = Pick<SpendLimitDecision, "status" | "limit" | "source" | "groupId">;

/** A limit that applies, before the org limit caps it (SPD-2, SPD-3). */
interface Limited {
  readonly status: "limited";
  readonly limit: number;
  readonly source: "individual" | "group" | "org";
  readonly groupId: string | null;
}

/** A spend-limit decision; its explanation is built when read. */
class SpendLimit extends ExplainedBy {
  readonly memberId: string;
  readonly status: Outcome["status"];
  readonly limit: number | null;
  readonly source: Outcome["source"];
  readonly groupId: string | null;

  constructor(memberId: string, outcome: Outcome, why: () => Why) {
    super(why);
    this.memberId = memberId;
    this.status = outcome.status;
    this.limit = outcome.limit;
    this.source = outcome.source;
    this.groupId = outcome.groupId;
    Object.freeze(this);
  }
}

const NONE = { limit: null, source: null, groupId: null } as const;

/**
 * SPD-3, SPD-5: the group limit that applies to a member, from this org's limits of the groups that
 * list them now: the lowest or the highest, ties going to the first in the org's group-limit list.
 */
function groupLimit(
  org: Org,
  entry: MemberEntry,
): { limit: number; groupId: string; groupsWithLimits: number; multiGroup: "lowest" | "highest" } | undefined {
  const { spend } = org;
  if (spend?.groupLimits === undefined) return undefined;
  const limits = spend.groupLimits;
  const mine = new Set(entry.groups.map((group) => group.id));
  const multiGroup = spend.multiGroup ?? "lowest";
  const highest = multiGroup === "highest";
  let chosen: (typeof limits)[number] | undefined;
  let groupsWithLimits = 0;
  for (const candidate of limits) {
    if (!mine.has(candidate.groupId)) continue;
    groupsWithLimits++;
    if (chosen === undefined || (highest ? candidate.limit > chosen.limit : candidate.limit < chosen.limit))
      chosen = candidate;
  }
  return chosen === undefined
    ? undefined
    : { limit: chosen.limit, groupId: chosen.groupId, groupsWithLimits, multiGroup };
}

/** SPD-1..SPD-4 for one id, pushing the reasons onto `why`: one code path decides and explains. */
function spendOutcome(
  compiled: CompiledOrg,
  entry: MemberEntry | undefined,
  memberId: string,
  why: SpendReason[],
): Outcome {
  const { org } = compiled;
  if (entry === undefined) {
    why.push(unknownMemberReason(compiled, memberId));
    return { status: "unknown-member", ...NONE };
  }
  if (org.billing !== "usage") {
    why.push({ kind: "not-usage-billed", rule: "SPD-1", orgId: org.id });
    return { status: "not-applicable", ...NONE };
  }
  let base: Limited | undefined;
  const own = entry.member.spendLimit;
  if (own !== undefined) {
    base = { status: "limited", limit: own, source: "individual", groupId: null };
    why.push({ kind: "own-limit", rule: "SPD-2", limit: own });
  } else {
    const group = groupLimit(org, entry);
    if (group !== undefined) {
      base = { status: "limited", limit: group.limit, source: "group", groupId: group.groupId };
      why.push({ kind: "group-limit", rule: "SPD-3", ...group });
    }
  }
  return withOrgLimit(org.spend?.orgLimit, base, why);
}

/** SPD-4: the org limit is the hard ceiling; no limit anywhere means unlimited. */
function withOrgLimit(orgLimit: number | undefined, base: Limited | undefined, why: SpendReason[]): Outcome {
  if (orgLimit !== undefined && (base === undefined || orgLimit < base.limit)) {
    why.push({ kind: "org-limit", rule: "SPD-4", limit: orgLimit, effect: "caps" });
    return { status: "limited", limit: orgLimit, source: "org", groupId: null };
  }
  if (base === undefined) {
    why.push({ kind: "no-limit", rule: "SPD-4" });
    return { status: "unlimited", ...NONE };
  }
  if (orgLimit !== undefined) why.push({ kind: "org-limit", rule: "SPD-4", limit: orgLimit, effect: "does-not-lower" });
  return base;
}

/**
 * A member's monthly spend limit and where it came from. Test `status` to narrow: `limit` is a
 * number exactly when it is `"limited"`. Costs O(the member's groups + the org's group limits).
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
 * @param org - an org that `parseOrg` returned
 * @param memberId - the member's id
 * @returns the limit in minor units (or `null`), its source and its explanation (EXP-1)
 * @throws {@link OrgValidationError} when the org did not come from `parseOrg` and is not valid (IN-3)
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
  const compiled = compiledOf(org);
  const entry = compiled.membership.members.get(memberId);
  const reasons: SpendReason[] = [];
  const outcome = spendOutcome(compiled, entry, memberId, reasons);
  return new SpendLimit(memberId, outcome, () => ({
    subject: spendSubject(memberId, outcome.status, outcome.limit),
    reasons: worded(reasons, wordSpendReason),
  })) as unknown as SpendLimitDecision;
}
