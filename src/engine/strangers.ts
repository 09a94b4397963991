// Decisions about ids that are not members of the org (CON-7), kept so that the same id asking
// again costs a lookup and allocates nothing: a deleted account retried in a loop, a probe. They
// are the only decisions the engine keeps, so they are bounded across every org of the process, in
// decisions and in the characters of the ids they hold; when either bound is reached, all are
// dropped at once (a dropped decision is made afresh, the same). Ids never asked again cost one
// decision each, as any answer naming them must.
import type { CompiledOrg } from "./compile.js";

/** At most this many decisions about unknown ids are kept, over all orgs. */
export const MAX_KEPT_DECISIONS = 1024;
/** At most this many characters of ids are held by the decisions kept, over all orgs. */
export const MAX_KEPT_ID_CHARACTERS = 1 << 20;

/** What a kept decision answers: a tool (`a` the connector, `b` the tool) or a capability (`a` empty). */
export type Question = "tool" | "capability";

type Store = WeakMap<CompiledOrg, Map<string, Map<string, Map<string, object>>>>;

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
  return kept[question].get(compiled)?.get(memberId)?.get(a)?.get(b);
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
  let byMember = store.get(compiled);
  if (byMember === undefined) store.set(compiled, (byMember = new Map()));
  let byA = byMember.get(memberId);
  if (byA === undefined) byMember.set(memberId, (byA = new Map()));
  let byB = byA.get(a);
  if (byB === undefined) byA.set(a, (byB = new Map()));
  byB.set(b, decision);
  return decision;
}
