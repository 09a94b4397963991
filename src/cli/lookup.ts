import type { Group, Member, Org } from "../index.js";

/** An org with its members and groups by id, so that text for every member costs O(1) per lookup. */
export interface OrgLookup {
  readonly org: Org;
  readonly members: ReadonlyMap<string, Member>;
  readonly groups: ReadonlyMap<string, Group>;
}

/**
 * Indexes an org's members and groups by id (the first of a duplicate id wins, as in the org's order;
 * a valid org has none).
 *
 * @param org - a parsed org
 *
 * @example
 * ```ts
 * lookupOf(org).members.get("u-ana")?.email // => "ana@acme.test"
 * lookupOf(org).groups.get("g-gone") // => undefined
 * ```
 */
export function lookupOf(org: Org): OrgLookup {
  return {
    org,
    members: new Map(org.members.map((member) => [member.id, member])),
    groups: new Map(org.groups.map((group) => [group.id, group])),
  };
}
