// Which orgs the library itself produced (IN-3): only those are compiled and answered, so an org that
// skipped validation, or a copy edited after it, is never answered from a stale or a wrong index.
import type { Member, Org } from "../org.js";

const produced = new WeakSet<Org>();

/** Records that the library produced `org` (deeply frozen and valid by section 1); returns it. */
export function markProduced(org: Org): Org {
  produced.add(org);
  return org;
}

/** Whether `org` is an org that `parseOrg` (or another function of the library) returned. */
export function isProduced(org: unknown): org is Org {
  // A WeakSet holds no primitive, and says so for any value (it never throws).
  return produced.has(org as Org);
}

/** Why the browser entry refuses an org the library did not produce (IN-3): it carries no parser to validate it. */
export const NOT_PRODUCED =
  "org-rbac/browser answers only orgs that parseOrg or applyChanges returned: pass the org through parseOrg once and ask the result";

// The position of each member id, recorded by the parser, which builds it to check that ids are
// unique (IN-1), for the compiler, which needs the same index: keyed by the frozen list of members,
// so an org that keeps its list (an applyChanges result) keeps its index, and any other has none.
const positions = /* @__PURE__ */ new WeakMap<readonly Member[], ReadonlyMap<string, number>>();

/** Records the position of each member id in `members`, a list the library produced; returns the list. */
export function recordPositions(members: readonly Member[], index: ReadonlyMap<string, number>): readonly Member[] {
  positions.set(members, index);
  return members;
}

/** The position of each member id in `members`, when the parser recorded it. */
export function positionsOf(members: readonly Member[]): ReadonlyMap<string, number> | undefined {
  return positions.get(members);
}
