// Orgs for the admin examples: SPEC §1's example with a second item in every list, parsed.
import { parseOrg, type Org } from "../../src/index.js";
import { safeApplyChanges } from "../../src/admin/applyChanges.js";
import { richExample } from "../parse/fixtures.js";

/** SPEC §1's example org with a second connector, role, group, assignment and member, parsed. */
export function acme(): Org {
  return parseOrg(richExample());
}

/** The message of the error that the changes give on `org`, or "applied" when they apply. */
export function failure(org: Org, changes: unknown): string {
  const result = safeApplyChanges(org, changes);
  return result.ok ? "applied" : result.error.message;
}

/** The code of the error that the changes give on `org`, or "applied" when they apply. */
export function code(org: Org, changes: unknown): string {
  const result = safeApplyChanges(org, changes);
  return result.ok ? "applied" : result.error.code;
}
