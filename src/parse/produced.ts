// Which orgs the library itself produced (IN-3): only those are compiled and answered, so an org that
// skipped validation, or a copy edited after it, is never answered from a stale or a wrong index.
import type { Org } from "../org.js";

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
