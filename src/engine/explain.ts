import type { Explained, Reason } from "./decision.js";
import type { RuleId } from "../rules.js";

/** A reason under construction: the rule and its words, plus the entries involved. */
export type ReasonInput = Reason;

/**
 * Freezes a reason. Reasons are small, so they are frozen one by one as they are made.
 */
export function reason(input: ReasonInput): Reason {
  return Object.freeze(input);
}

/**
 * Joins clauses as people write them: "a", "a and b", "a, b and c".
 */
export function joinClauses(clauses: readonly string[]): string {
  const last = clauses.at(-1) ?? "";
  return clauses.length <= 1 ? last : `${clauses.slice(0, -1).join(", ")} and ${last}`;
}

/**
 * Quotes an id or a name for a sentence: in backticks, as the style of our messages wants user input.
 */
export function q(text: string): string {
  return `\`${text}\``;
}

/**
 * The explanation of a decision (EXP-1): its rules, in order and each once, its reasons, and one
 * sentence "<subject> <verdict> because <reason> (<RULE>), ... and <reason> (<RULE>)".
 */
export function explain(subject: string, verdict: string, reasons: readonly Reason[]): Explained {
  const rules: RuleId[] = [];
  for (const { rule } of reasons) if (!rules.includes(rule)) rules.push(rule);
  // INVARIANT: every decision has at least one reason.
  const because = joinClauses(reasons.map((r) => `${r.says} (${r.rule})`));
  return {
    rules: Object.freeze(rules),
    reasons: Object.freeze([...reasons]),
    summary: `${subject} ${verdict} because ${because}`,
  };
}

/**
 * Freezes a value and everything reachable from it. Used on composite results (a whole member's
 * access). INVARIANT: results never hold objects of the caller's org (grants are copied), so this
 * never freezes the caller's input.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
