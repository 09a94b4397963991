// The orgs the differential properties ask about, and how many.
import fc from "fast-check";
import type { Org } from "../../src/index.js";
import { arbOrg } from "../arbitraries.js";
import type { ArbOrgOptions } from "../arbitraries.js";
import { deepCopy, deepFreeze } from "../freeze.js";
import { runs } from "../runs.js";

/** Random orgs per differential property: ten properties × 300 = 3,000 orgs in the default test command. */
export const DIFFERENTIAL_RUNS = runs(300);

/**
 * The generator's orgs: half of them made dense in custom roles ({@link denseRoles}); half of them
 * deeply frozen as parseOrg returns them (the engine may answer those from its per-org index), half
 * plain objects as a caller may build them. Both choices shrink towards the generator's own org.
 */
export function arbSubjectOrg(options: ArbOrgOptions = {}): fc.Arbitrary<Org> {
  return fc.tuple(arbOrg(options), fc.boolean(), fc.boolean()).map(([generated, dense, frozen]) => {
    const org = dense ? denseRoles(generated) : generated;
    return frozen ? deepFreeze(deepCopy(org)) : org;
  });
}

/**
 * The org made dense in custom-role holdings, which random orgs rarely reach (a Custom-roles member
 * in a group that holds a role granting an org-enabled capability): connector permissions on, every
 * even-indexed member set to Custom roles, member i added to group j unless i + j is a multiple of 3,
 * group j assigned roles j and j + 1 (mod the role count), and every capability a role names switched
 * on unless the org switches it off. Provisioning, group sources and seats stay as drawn.
 */
export function denseRoles(org: Org): Org {
  const assigned = org.groups.flatMap((g, j) =>
    org.roles.length === 0
      ? []
      : [j, j + 1].map((k) => ({ groupId: g.id, roleId: org.roles[k % org.roles.length]?.id ?? "" })),
  );
  const roleAssignments = [...org.roleAssignments, ...assigned].filter(
    (a, i, all) => all.findIndex((b) => b.groupId === a.groupId && b.roleId === a.roleId) === i,
  );
  const named = org.roles.flatMap((r) => r.capabilities).filter((c) => !Object.hasOwn(org.capabilities, c));
  return {
    ...org,
    connectorPermissionsEnabled: true,
    capabilities: { ...org.capabilities, ...Object.fromEntries(named.map((c) => [c, true])) },
    members: org.members.map((m, i) => (i % 2 === 0 ? { ...m, role: "custom" as const } : m)),
    groups: org.groups.map((g, j) => ({
      ...g,
      members: [...g.members, ...org.members.filter((_, i) => (i + j) % 3 !== 0).map((m) => m.id)],
    })),
    roleAssignments,
  };
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
    members: org.members.map(({ spendLimit, ...m }, i) =>
      spendLimit === undefined || i % 2 === 1 ? m : { ...m, spendLimit: fold(spendLimit) },
    ),
    groups: org.groups.map((g) => {
      const j = limited.indexOf(g.id);
      return j < 0
        ? g
        : { ...g, members: [...g.members, ...org.members.filter((_, i) => (i + j) % 2 === 0).map((m) => m.id)] };
    }),
    spend: {
      ...spend,
      ...(spend.orgLimit === undefined ? {} : { orgLimit: fold(spend.orgLimit) }),
      groupLimits: (spend.groupLimits ?? []).map((l) => ({ ...l, limit: fold(l.limit) })),
    },
  };
}
