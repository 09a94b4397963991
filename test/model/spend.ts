// Reference model of SPEC §6 (spend limits).
import type { GroupSpendLimit, Org } from "../../src/org.js";
import { modelFindMember, modelGroupsListing } from "./members.js";

/** A spend-limit answer, as plain data. */
export interface ModelSpendLimit {
  readonly status: "limited" | "unlimited" | "not-applicable" | "unknown-member";
  readonly limit: number | null;
  readonly source: "individual" | "group" | "org" | null;
  readonly groupId: string | null;
}

/**
 * SPD-3 + SPD-5: the group limit that applies to a member: among this org's group limits of the
 * groups listing the member (any source, GRP-2 Decision), the lowest or highest as
 * `spend.multiGroup` says (default lowest); on a tie the first in `groupLimits` order.
 */
export function modelGroupLimit(org: Org, memberId: string): GroupSpendLimit | undefined {
  const groups = modelGroupsListing(org, memberId);
  const candidates = (org.spend?.groupLimits ?? []).filter((gl) => groups.some((g) => g.id === gl.groupId));
  const highest = org.spend?.multiGroup === "highest";
  let chosen: GroupSpendLimit | undefined;
  for (const candidate of candidates) {
    if (chosen === undefined) chosen = candidate;
    else if (highest ? candidate.limit > chosen.limit : candidate.limit < chosen.limit) chosen = candidate;
  }
  return chosen;
}

/** SPD-1..5 (and CON-7 for an unknown member): a member's monthly spend limit and its source. */
export function modelSpendLimit(org: Org, memberId: string): ModelSpendLimit {
  const member = modelFindMember(org, memberId);
  if (member === undefined) return { status: "unknown-member", limit: null, source: null, groupId: null }; // CON-7
  if (org.billing !== "usage") return { status: "not-applicable", limit: null, source: null, groupId: null }; // SPD-1
  const group = modelGroupLimit(org, memberId);
  // SPD-2: an individual limit overrides group limits, higher or lower.
  const own =
    member.spendLimit !== undefined
      ? { limit: member.spendLimit, source: "individual" as const, groupId: null }
      : group !== undefined
        ? { limit: group.limit, source: "group" as const, groupId: group.groupId }
        : undefined;
  const orgLimit = org.spend?.orgLimit;
  // SPD-4: the org limit is the hard ceiling; on a tie the individual or group source is named.
  if (orgLimit === undefined) {
    return own === undefined
      ? { status: "unlimited", limit: null, source: null, groupId: null }
      : { status: "limited", ...own };
  }
  if (own === undefined || orgLimit < own.limit)
    return { status: "limited", limit: orgLimit, source: "org", groupId: null };
  return { status: "limited", ...own };
}
