// The words of spend-limit decisions (EXP-1, SPD-1..SPD-4).
import type { ReasonData, SpendReason } from "../engine/reason.js";
import { wordCommonReason } from "./common.js";
import { q } from "./quote.js";

/** "member `u1` is limited to 2000", "member `u1` has no spend limit". */
export function spendSubject(
  memberId: string,
  status: "limited" | "unlimited" | "not-applicable" | "unknown-member",
  limit: number | null,
): string {
  if (status === "limited") return `member ${q(memberId)} is limited to ${limit}`;
  return `member ${q(memberId)} ${status === "unknown-member" ? "has no spend limit here" : "has no spend limit"}`;
}

function groupLimitText(reason: Extract<ReasonData, { kind: "group-limit" }>): string {
  if (reason.groupsWithLimits === 1) return `group ${q(reason.groupId)} has a limit of ${reason.limit}`;
  return `group ${q(reason.groupId)} has the ${reason.multiGroup} limit of the member's ${reason.groupsWithLimits} groups with limits, ${reason.limit}`;
}

/** A reason of a spend-limit decision in words, as its `message`. One case per kind. */
export function wordSpendReason(reason: SpendReason): string {
  switch (reason.kind) {
    case "not-usage-billed":
      return `org ${q(reason.orgId)} is not billed by usage, so spend limits do not apply`;
    case "own-limit":
      return `the member's own limit is ${reason.limit}, which overrides group limits`;
    case "group-limit":
      return groupLimitText(reason);
    case "org-limit":
      return reason.effect === "caps"
        ? `the org limit ${reason.limit} is the hard ceiling`
        : `the org limit ${reason.limit} does not lower it`;
    case "no-limit":
      return "no limit is set for the member, their groups or the org";
    default:
      return wordCommonReason(reason);
  }
}
