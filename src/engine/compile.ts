import { KNOWN_CAPABILITIES, type CustomRole, type Org } from "../org.js";
import { NOT_PRODUCED, isProduced } from "../parse/produced.js";
import { compileCatalog, type CompiledConnector } from "./catalog.js";
import { compileMembership, type Membership } from "./membership.js";
import { compileRole, type CompiledRole } from "./roles.js";

/**
 * An org compiled for questions, split by concern: membership (who holds what, GRP-1..GRP-3), the
 * roles (CON-2), the catalog and its policy (CON-4, CON-7) and the capability switches (CAP-1).
 */
export interface CompiledOrg {
  readonly org: Org;
  readonly membership: Membership;
  readonly roles: ReadonlyMap<string, CompiledRole>;
  readonly connectors: ReadonlyMap<string, CompiledConnector>;
  /** The capabilities switched on at org level (CAP-1). */
  readonly enabledCapabilities: ReadonlySet<string>;
  /** Every capability id known, switched at org level or named by a role, in that order. */
  readonly capabilityIds: readonly string[];
}

/**
 * An org compiled for questions. The list of capability ids is built when first asked (resolveAccess,
 * the diff), as no decision about one capability needs it; the getter is the class's, so that every
 * compiled org has the same shape on the hot path (an object literal with a getter read slower in V8).
 */
class OrgTables implements CompiledOrg {
  readonly org: Org;
  readonly membership: Membership;
  readonly roles: ReadonlyMap<string, CompiledRole>;
  readonly connectors: ReadonlyMap<string, CompiledConnector>;
  readonly enabledCapabilities: ReadonlySet<string>;
  #capabilityIds: readonly string[] | undefined;

  constructor(org: Org) {
    const roles = new Map<string, CompiledRole>();
    // INVARIANT: ids are unique in an org that parseOrg or applyChanges produced (IN-1).
    for (let order = 0; order < org.roles.length; order++) {
      const role = org.roles[order] as CustomRole;
      roles.set(role.id, compileRole(role, order));
    }
    const enabledCapabilities = new Set<string>();
    for (const [id, on] of Object.entries(org.capabilities)) {
      // CAP-1: only a switch that is exactly `true` is on; absent or anything else is off.
      if (on === true) enabledCapabilities.add(id);
    }
    this.org = org;
    this.membership = compileMembership(org, roles);
    this.roles = roles;
    this.connectors = compileCatalog(org, [...roles.values()]);
    this.enabledCapabilities = enabledCapabilities;
    Object.freeze(this);
  }

  /** Every capability id known, switched at org level or named by a role, in that order. */
  get capabilityIds(): readonly string[] {
    const { org } = this;
    return (this.#capabilityIds ??= Object.freeze([
      ...new Set([
        ...KNOWN_CAPABILITIES,
        ...Object.keys(org.capabilities),
        ...org.roles.flatMap((r) => r.capabilities),
      ]),
    ]));
  }
}

// The one cache of the engine: a compiled org per org object. Keys are orgs the library produced, or
// deeply frozen orgs it parsed once: neither can change, so an entry is never stale.
const compiled = new WeakMap<object, CompiledOrg>();

/**
 * How an org the library did not produce is answered: set by the main entry (src/parseFirst.ts) to
 * validate it with parseOrg first; the result is the org to answer from, and whether it may be
 * kept for the given org (it cannot change). The browser entry (src/browser.ts) leaves it unset, so
 * that a frontend bundle carries no parser it does not import, and such an org is refused there.
 */
export type UnparsedOrgs = (org: Org) => { readonly org: Org; readonly keep: boolean };

let unparsed: UnparsedOrgs | undefined;

/** Makes the engine answer an org it did not produce through `answer` (the main entry: parseOrg first). */
export function answerUnparsedOrgsWith(answer: UnparsedOrgs): void {
  unparsed = answer;
}

/**
 * The compiled org every question is answered from (IN-3, fail closed). An org that `parseOrg` or
 * `applyChanges` returned is compiled once. Any other org is validated by `parseOrg` first, so a
 * typo is an error, never a grant: a deeply frozen one once (it cannot change), one that can still
 * change on every question (never answered from a stale index; slow, so the library warns once).
 *
 * @throws {@link OrgValidationError} when an org that did not come from `parseOrg` is not valid
 */
export function compiledOf(org: Org): CompiledOrg {
  const known = compiled.get(org);
  if (known !== undefined) return known;
  if (isProduced(org)) {
    const fresh = new OrgTables(org);
    compiled.set(org, fresh);
    return fresh;
  }
  if (unparsed === undefined) {
    throw new TypeError(NOT_PRODUCED);
  }
  const answer = unparsed(org);
  const parsed = compiledOf(answer.org);
  if (answer.keep) compiled.set(org, parsed);
  return parsed;
}

/**
 * Compiles an org for questions now rather than on the first question: a service calls it when it
 * loads an org, so that no request pays for it. Asking questions compiles the org anyway; calling
 * this twice, or after a question, costs nothing more. Memory: under the size of the parsed org,
 * whatever is asked afterwards (members are packed in flat arrays, and members with the same roles,
 * built-in role and seat share one profile). No decision about a member is remembered; decisions
 * about ids that are not members are, a bounded number over the whole process.
 *
 * Rules: IN-3 (fail closed: an org that did not come from `parseOrg` or `applyChanges` is validated
 * first; one that can still change is never compiled for later questions).
 *
 * @param org - an org that `parseOrg` returned
 * @returns the same org, so that `const org = compileOrg(parseOrg(json))` reads naturally
 * @throws {@link OrgValidationError} when the org did not come from `parseOrg` and is not valid
 *
 * @example
 * ```ts
 * const org = compileOrg(parseOrg(json));
 * resolveToolLevel(org, "u1", "jira", "search_issues").level // => "approval"
 * compileOrg({ ...org, billing: "monthly" }) // => throws OrgValidationError
 * ```
 */
export function compileOrg(org: Org): Org {
  compiledOf(org);
  return org;
}
