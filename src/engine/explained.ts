import { deepFreeze } from "../freeze.js";
import type { RuleId } from "../rules.js";
import { summaryOf } from "../words/quote.js";
import type { Explained } from "./decision.js";
import { rulesOf, type Reason, type ReasonData } from "./reason.js";

/** What a decision's explanation is made of: what was decided (worded), and why. */
export interface Why {
  /** The decision in words, e.g. "tool `jira/x` for member `u1` is `approval`". */
  readonly subject: string;
  readonly reasons: readonly Reason[];
}

/** Words each reason with its family's words (src/words/), as the `message` of a frozen reason. */
export function worded<R extends ReasonData>(reasons: readonly R[], word: (reason: R) => string): Reason[] {
  return reasons.map((data) => deepFreeze({ ...data, message: word(data) }) as Reason);
}

/** The explanation once read: built on the first read of any of its parts, then kept. */
interface Explanation {
  readonly rules: readonly RuleId[];
  readonly reasons: readonly Reason[];
  readonly summary: string;
}

function explanationOf({ subject, reasons }: Why): Explanation {
  return Object.freeze({
    rules: rulesOf(reasons),
    reasons: Object.freeze([...reasons]),
    summary: summaryOf(subject, reasons),
  });
}

// Explanations once read, by decision. A decision keeps no field for its explanation: a private
// field (or method) declared in a base class makes every subclass's construction several times slower in V8,
// and decisions are made on the hot path; explanations are read far more rarely.
const explanations = new WeakMap<LazyExplained, Explanation>();
// The rule ids of decisions whose `rules` alone were read: cheaper than the whole explanation.
const ruleIds = new WeakMap<LazyExplained, readonly RuleId[]>();

/**
 * A decision whose explanation (EXP-1) is built only when it is read: a backend that reads `level`
 * or `granted` on its hot path pays for no words. `rules`, `reasons` and `summary` are computed on
 * their first read and kept; `toJSON` includes them, so a decision serializes whole.
 *
 * INVARIANT: subclasses set their own fields, then freeze the instance.
 */
export abstract class LazyExplained implements Explained {
  /** What the explanation is made of, computed again from the decision's facts when first read. */
  protected abstract explain(): Why;

  // Static, so that instances carry no private brand either (it costs like a private field).
  static #read(decision: LazyExplained): Explanation {
    let explanation = explanations.get(decision);
    if (explanation === undefined) {
      explanation = explanationOf(decision.explain());
      explanations.set(decision, explanation);
    }
    return explanation;
  }

  /**
   * The rule ids alone, for a decision that can find them for less than its whole explanation (no
   * words, no list of groups); without it, `rules` reads the whole explanation.
   */
  protected ruleIds?(): readonly RuleId[];

  /** The ids of the rules that decided, in the order they were applied, each once. */
  get rules(): readonly RuleId[] {
    const read = explanations.get(this)?.rules ?? ruleIds.get(this);
    if (read !== undefined) return read;
    const cheap = this.ruleIds?.();
    if (cheap === undefined) return LazyExplained.#read(this).rules;
    ruleIds.set(this, cheap);
    return cheap;
  }

  /** The reasons, in the order they were applied, as data with their words. */
  get reasons(): readonly Reason[] {
    return LazyExplained.#read(this).reasons;
  }

  /** The decision and its reasons in one plain sentence. */
  get summary(): string {
    return LazyExplained.#read(this).summary;
  }

  /** The decision as plain JSON, its explanation included. */
  toJSON(): Record<string, unknown> {
    const { rules, reasons, summary } = LazyExplained.#read(this);
    return { ...(this as object), rules, reasons, summary };
  }
}

/** A decision explained by a function given when it is made (for decisions off the hot path). */
export abstract class ExplainedBy extends LazyExplained {
  readonly #why: () => Why;

  protected constructor(why: () => Why) {
    super();
    this.#why = why;
  }

  protected explain(): Why {
    return this.#why();
  }
}
