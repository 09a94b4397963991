import type { Org, SpendLimitDecision } from "../index.js";
import { groupLabel } from "./orgText.js";
import { alignColumns, ruleIds } from "./table.js";

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
 * @param org - the org, to name the group a limit comes from
 * @param decision - a decision of `resolveSpendLimit`
 *
 * @example
 * ```ts
 * spendLimitText(org, resolveSpendLimit(org, "u-fay")) // => "300.00 from group Engineering (g-eng)"
 * spendLimitText(acme, resolveSpendLimit(acme, "u-ana")) // => "not applicable: the org is not billed by usage"
 * ```
 */
export function spendLimitText(org: Org, decision: SpendLimitDecision): string {
  // Stryker disable next-line LogicalOperator,ConditionalExpression: equivalent, status is `limited` exactly when limit is not null; both tests are for the compiler
  if (decision.status !== "limited" || decision.limit === null) {
    return {
      // Stryker disable next-line StringLiteral: never read: a limited decision is written below
      limited: "",
      unlimited: "unlimited: no limit for the member, their groups or the org",
      "not-applicable": "not applicable: the org is not billed by usage",
      // Stryker disable next-line StringLiteral: never read: the CLI stops at an id the org does not have, before asking for its limit
      "unknown-member": "not a member of the org",
    }[decision.status];
  }
  // A group limit names its group; the other sources have none (SPD-4).
  const source =
    decision.groupId !== null
      ? `group ${groupLabel(org, decision.groupId)}`
      : decision.source === "individual"
        ? "the member's own limit"
        : "the org limit, the hard ceiling";
  return `${formatMoney(decision.limit)} from ${source}`;
}

/**
 * The spend limits of some members, one aligned line each with the rules that decided it; for a
 * single member, the explanation follows.
 *
 * @param org - the org
 * @param decisions - decisions of `resolveSpendLimit`, one per member
 * @returns the text to print
 */
export function formatSpend(org: Org, decisions: readonly SpendLimitDecision[]): string {
  const spend = org.spend;
  const settings =
    org.billing === "usage"
      ? [
          `org limit ${spend?.orgLimit === undefined ? "none" : formatMoney(spend.orgLimit)}`,
          `in several groups the ${spend?.multiGroup ?? "lowest"} group limit applies`,
        ]
      : ["spend limits apply to usage billing only"];
  const lines = [
    `spend limits in org ${org.id} (${[`${org.billing} billing`, ...settings].join(", ")})`,
    ...alignColumns(
      decisions.map((decision) => [decision.memberId, spendLimitText(org, decision), ruleIds(decision)]),
      "  ",
    ),
  ];
  const [only] = decisions;
  // Stryker disable next-line ConditionalExpression: equivalent, `only` is defined when there is one decision; the test is for the compiler
  if (decisions.length === 1 && only !== undefined) lines.push(`  why: ${only.summary}`);
  return lines.join("\n");
}
