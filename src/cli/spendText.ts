import type { Org, SpendLimitDecision } from "../index.js";
import type { OrgLookup } from "./lookup.js";
import { groupLabel } from "./orgText.js";
import { ruleIds } from "./table.js";

/**
 * Money in integer minor units (cents) as people read it, with two decimals.
 *
 * @param minor - an amount in minor units, a non-negative integer
 *
 * @example
 * ```ts
 * formatMoney(50000) // => "500.00"
 * formatMoney(2505) // => "25.05"
 * ```
 */
export function formatMoney(minor: number): string {
  return `${Math.trunc(minor / 100)}.${String(minor % 100).padStart(2, "0")}`;
}

/**
 * A spend-limit decision in a few words: the limit and where it came from (SPD-1..5).
 *
 * @param lookup - the org, to name the group a limit comes from
 * @param decision - a decision of `resolveSpendLimit`
 *
 * @example
 * ```ts
 * spendLimitText(lookupOf(org), resolveSpendLimit(org, "u-fay")) // => "300.00 from group Engineering (g-eng)"
 * spendLimitText(lookupOf(acme), resolveSpendLimit(acme, "u-ana")) // => "not applicable: the org is not billed by usage"
 * ```
 */
export function spendLimitText(lookup: OrgLookup, decision: SpendLimitDecision): string {
  if (decision.status !== "limited") {
    return {
      unlimited: "unlimited: no limit for the member, their groups or the org",
      "not-applicable": "not applicable: the org is not billed by usage",
      // The CLI stops at an id the org does not have before it asks for the limit; said all the same.
      "unknown-member": "not a member of the org",
    }[decision.status];
  }
  // A group limit names its group; the other sources have none (SPD-4).
  const source =
    decision.source === "group"
      ? `group ${groupLabel(lookup, decision.groupId)}`
      : decision.source === "individual"
        ? "the member's own limit"
        : "the org limit, the hard ceiling";
  return `${formatMoney(decision.limit)} from ${source}`;
}

/**
 * The title line of `org-rbac spend`: the org and its spend settings (SPD-1, SPD-3, SPD-4).
 *
 * @param org - the org
 *
 * @example
 * ```ts
 * spendTitle(acme) // => "spend limits in org acme (seat billing, spend limits apply to usage billing only)"
 * ```
 */
export function spendTitle(org: Org): string {
  const spend = org.spend;
  const settings =
    org.billing === "usage"
      ? [
          `org limit ${spend?.orgLimit === undefined ? "none" : formatMoney(spend.orgLimit)}`,
          `in several groups the ${spend?.multiGroup ?? "lowest"} group limit applies`,
        ]
      : ["spend limits apply to usage billing only"];
  return `spend limits in org ${org.id} (${[`${org.billing} billing`, ...settings].join(", ")})`;
}

/**
 * The cells of one member's line in `org-rbac spend`: the member, the limit and where it came from,
 * the rules.
 *
 * @param lookup - the org
 * @param decision - a decision of `resolveSpendLimit`
 */
export function spendCells(lookup: OrgLookup, decision: SpendLimitDecision): readonly string[] {
  return [decision.memberId, spendLimitText(lookup, decision), ruleIds(decision)];
}

/** The columns of `org-rbac spend --format csv`, one record per member. */
export const SPEND_CSV_COLUMNS = ["member", "status", "limit", "source", "group", "rules"] as const;

/**
 * One member's spend limit as a CSV record (columns `SPEND_CSV_COLUMNS`): the limit in minor units,
 * empty with its source and group where there is none.
 *
 * @param decision - a decision of `resolveSpendLimit`
 *
 * @example
 * ```ts
 * spendCsv(resolveSpendLimit(org, "u-fay")) // => ["u-fay", "limited", "30000", "group", "g-eng", "SPD-3 SPD-4"]
 * ```
 */
export function spendCsv(decision: SpendLimitDecision): string[] {
  return [
    decision.memberId,
    decision.status,
    decision.limit === null ? "" : String(decision.limit),
    decision.source ?? "",
    decision.groupId ?? "",
    ruleIds(decision),
  ];
}
