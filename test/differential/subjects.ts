// The orgs the differential properties ask about, and how many.
import fc from "fast-check";
import type { Org } from "../../src/index.js";
import { arbOrg } from "../arbitraries.js";
import type { ArbOrgOptions } from "../arbitraries.js";
import { deepCopy, deepFreeze } from "../hostile/freeze.js";

/** Random orgs per differential property: ten properties × 300 = 3,000 orgs in the default test command. */
export const DIFFERENTIAL_RUNS = 300;

/**
 * The generator's orgs, half of them deeply frozen as parseOrg returns them (the engine may answer
 * those from its per-org index) and half plain objects as a caller may build them.
 */
export function arbSubjectOrg(options: ArbOrgOptions = {}): fc.Arbitrary<Org> {
  return fc.tuple(arbOrg(options), fc.boolean()).map(([org, frozen]) => (frozen ? deepFreeze(deepCopy(org)) : org));
}

/**
 * The org made dense in spend-limit ties: usage billing, every amount folded onto 0, 1000 or 2000,
 * individual limits on every other member only, and member i added to the j-th limited group when
 * i + j is even. Random orgs rarely put a member in two limited groups; these often do.
 */
export function tieHeavy(org: Org): Org {
  const fold = (amount: number): number => (amount % 3) * 1000;
  const spend = org.spend ?? {};
  const limited = (spend.groupLimits ?? []).map((l) => l.groupId);
  return {
    ...org,
    billing: "usage",
    members: org.members.map(({ spendLimit, ...m }, i) => (spendLimit === undefined || i % 2 === 1 ? m : { ...m, spendLimit: fold(spendLimit) })),
    groups: org.groups.map((g) => {
      const j = limited.indexOf(g.id);
      return j < 0 ? g : { ...g, members: [...g.members, ...org.members.filter((_, i) => (i + j) % 2 === 0).map((m) => m.id)] };
    }),
    spend: {
      ...spend,
      ...(spend.orgLimit === undefined ? {} : { orgLimit: fold(spend.orgLimit) }),
      groupLimits: (spend.groupLimits ?? []).map((l) => ({ ...l, limit: fold(l.limit) })),
    },
  };
}
