// Decisions about ids that are not members of the org (CON-7), kept so that the same id asking the
// same question again costs a lookup and allocates nothing: a deleted account retried in a loop, a
// probe. Each id keeps its last decision of each kind. They are the only decisions the engine keeps,
// so they are bounded across every org of the process, in decisions and in the characters of the ids
// they hold; when either bound is reached, all are dropped at once (a dropped decision is made
// afresh, the same). An id or a question never asked before costs one decision, as any answer
// naming them must, plus one map entry.
import type { CompiledOrg } from "./compile.js";
import { getOrInsertComputed } from "../maps.js";

/** At most this many decisions about unknown ids are kept, over all orgs. */
export const MAX_KEPT_DECISIONS = 1024;
/** At most this many characters of ids are held by the decisions kept, over all orgs. */
export const MAX_KEPT_ID_CHARACTERS = 1 << 20;

/** What a kept decision answers: a tool (`a` the connector, `b` the tool) or a capability (`a` empty). */
export type Question = "tool" | "capability";

/** A kept decision and the question it answers. */
type Kept = readonly [a: string, b: string, decision: object];
type Store = WeakMap<CompiledOrg, Map<string, Kept>>;

const fresh = (): Record<Question, Store> => ({ tool: new WeakMap(), capability: new WeakMap() });
let kept = fresh();
let decisions = 0;
let characters = 0;

/** The decision kept about `(memberId, a, b)` for an id that is not a member of the org, if any. */
export function keptDecision(
  question: Question,
  compiled: CompiledOrg,
  memberId: string,
  a: string,
  b: string,
): object | undefined {
  const last = kept[question].get(compiled)?.get(memberId);
  return last !== undefined && last[0] === a && last[1] === b ? last[2] : undefined;
}

/** Keeps a decision about an id that is not a member of the org, within the bounds; returns it. */
export function keep<T extends object>(
  question: Question,
  compiled: CompiledOrg,
  memberId: string,
  a: string,
  b: string,
  decision: T,
): T {
  const size = memberId.length + a.length + b.length;
  if (decisions === MAX_KEPT_DECISIONS || characters + size > MAX_KEPT_ID_CHARACTERS) {
    kept = fresh();
    decisions = 0;
    characters = 0;
  }
  decisions++;
  characters += size;
  const store = kept[question];
  getOrInsertComputed(store, compiled, () => new Map()).set(memberId, [a, b, decision]);
  return decision;
}
