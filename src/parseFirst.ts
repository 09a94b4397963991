// The main entry validates orgs the library did not produce before answering them (IN-3, fail closed):
// a caller who skipped parseOrg gets parseOrg's answer or its error, never a grant from a typo. A
// deeply frozen org is validated once (it cannot change); one that can still change is validated on
// every question, never answered from a stale index, and the library says once that this is slow.
import { answerUnparsedOrgsWith } from "./engine/compile.js";
import type { Org } from "./org.js";
import { parseOrg } from "./parse/parseOrg.js";

/** Whether a value, and everything reachable from it, is frozen (so it can never change). */
function isDeeplyFrozen(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value !== "object" || value === null || seen.has(value)) return true;
  if (!Object.isFrozen(value)) return false;
  seen.add(value);
  return Object.values(value).every((inner) => isDeeplyFrozen(inner, seen));
}

let warned = false;

/** Says once per process that an org that can still change is parsed afresh on every question. */
function warnOnce(): void {
  if (warned) return;
  warned = true;
  console.warn(
    "org-rbac: an org that can still change was asked about, so it is validated and compiled afresh on every question; pass it through parseOrg once and ask the result",
  );
}

answerUnparsedOrgsWith((org: Org) => {
  const parsed = parseOrg(org);
  const keep = isDeeplyFrozen(org);
  if (!keep) warnOnce();
  return { org: parsed, keep };
});
