// The one door through which untrusted JSON becomes an Org (IN-1, IN-3).
import type { Org } from "../org.js";
import { ROOT, newContext } from "./context.js";
import { OrgValidationError } from "./error.js";
import { readOrg } from "./org.js";
import { markProduced } from "./produced.js";

/**
 * The result of {@link safeParseOrg}: `{ ok: true, org }` with the org, deeply frozen, or
 * `{ ok: false, error }` with the error counting every problem and naming the first 100. Nothing of
 * an invalid document is accepted.
 *
 * Rules: IN-1.
 *
 * @example
 * ```ts
 * const result = safeParseOrg(json);
 * if (result.ok) result.org.id // => "acme-eu"
 * else formatValidationIssues(result.error.issues) // => '✖ expected one of "seat", "usage", received "monthly" → at billing'
 * ```
 */
export type ParseResult =
  | {
      /** The document is a valid org. */
      readonly ok: true;
      /** The org, deeply frozen. */
      readonly org: Org;
    }
  | {
      /** The document is not a valid org. */
      readonly ok: false;
      /** Every problem found, with its JSON path. */
      readonly error: OrgValidationError;
    };

/**
 * Validates untrusted JSON as an org and returns a fresh, deeply frozen copy of it, or a result
 * counting every problem and naming the first 100 with their JSON path and the expected form.
 * Never throws, whatever the input (class instances, cycles, getters, Proxies, any depth of nesting,
 * any size included), and never changes it; the error's size is bounded whatever the input. Dangling references
 * are accepted, and absent optional fields stay absent: defaults are the engine's to apply.
 *
 * Rules: IN-1, IN-2, IN-3.
 *
 * @param json - anything, typically the result of `JSON.parse`
 * @returns `{ ok: true, org }`, or `{ ok: false, error }` with the first 100 issues and the count of all
 *
 * @example
 * ```ts
 * const json = JSON.parse(fs.readFileSync("acme-eu.json", "utf8"));
 * safeParseOrg(json) // => { ok: true, org: { id: "acme-eu", ... } } (deeply frozen)
 * safeParseOrg({ ...json, members: [{ id: "u1", role: "custom", spendLimit: -5 }] }).error.issues
 * // => [{ code: "invalid_money", pathText: "members[0].spendLimit",
 * //       message: "expected a whole number of minor units (cents), 0 or more, received -5", ... }]
 * ```
 */
export function safeParseOrg(json: unknown): ParseResult {
  const ctx = newContext();
  const org = readOrg(ctx, json, ROOT);
  // INVARIANT: readOrg returns an org exactly when it reported no issue.
  if (org === undefined) return Object.freeze({ ok: false, error: new OrgValidationError(ctx.issues, ctx.found) });
  return Object.freeze({ ok: true, org: markProduced(org) });
}

/**
 * Validates untrusted JSON as an org and returns a fresh, deeply frozen copy of it; throws an
 * {@link OrgValidationError} counting every problem and naming the first 100 with their JSON path
 * and the expected form. No other error is ever thrown, and the input is never changed. Dangling
 * references are accepted, and absent optional fields stay absent: defaults are the engine's to
 * apply.
 *
 * Rules: IN-1, IN-2, IN-3.
 *
 * @param json - anything, typically the result of `JSON.parse`
 * @returns the org, deeply frozen, never the input object
 * @throws {@link OrgValidationError} when the document is not a valid org
 *
 * @example
 * ```ts
 * const org = parseOrg(JSON.parse(fs.readFileSync("acme-eu.json", "utf8")));
 * org.id // => "acme-eu"
 * Object.isFrozen(org.members[0]) // => true
 * parseOrg({ ...org, roles: [{ id: "eng", name: "Eng", capabilities: [], connectors: { all: "allow" } }] })
 * // => throws OrgValidationError:
 * //    invalid org: 1 issue
 * //    ✖ expected one of "always", "approval", "blocked", received "allow" → at roles[0].connectors.all
 * ```
 */
export function parseOrg(json: unknown): Org {
  const result = safeParseOrg(json);
  if (!result.ok) throw result.error;
  return result.org;
}
