// SPD-1..4: spend-limit precedence. The individual limit overrides group limits, several group
// limits give the lowest or the highest, the org limit is the hard ceiling, and nothing applies
// outside usage billing.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { resolveSpendLimit, type Member, type Org, type SpendSettings } from "../../../src/index.js";
import { arbOrg } from "../../arbitraries.js";
import { deepFreeze, runs } from "./questions.js";

const RUNS = 150;

// Small amounts often, so that limits tie (SPD-4 names the individual or group limit on a tie).
const arbMoney = fc.oneof(fc.nat({ max: 4 }), fc.nat({ max: 100_000 }));

/** Spend settings with group limits on some of the org's groups (and some dangling), drawn for an org. */
function arbSpendFor(org: Org): fc.Arbitrary<SpendSettings> {
  const groupIds = [...new Set([...org.groups.map((g) => g.id), "no-such-group"])];
  return fc.record(
    {
      orgLimit: arbMoney,
      multiGroup: fc.constantFrom("lowest" as const, "highest" as const),
      groupLimits: fc
        .uniqueArray(fc.constantFrom(...groupIds), { maxLength: groupIds.length })
        .chain((ids) => fc.tuple(...ids.map((groupId) => arbMoney.map((limit) => ({ groupId, limit }))))),
    },
    { requiredKeys: [] },
  );
}

/** A usage-billed org with drawn spend settings and members' own limits. */
const arbUsageOrg = (): fc.Arbitrary<Org> =>
  arbOrg().chain((org) =>
    fc
      .tuple(
        arbSpendFor(org),
        fc.array(fc.option(arbMoney, { nil: undefined }), {
          minLength: org.members.length,
          maxLength: org.members.length,
        }),
      )
      .map(([spend, own]): Org => {
        const members = org.members.map((member, i): Member => {
          const copy: { -readonly [K in keyof Member]: Member[K] } = { ...member };
          const limit = own[i];
          if (limit === undefined) delete copy.spendLimit;
          else copy.spendLimit = limit;
          return copy;
        });
        return deepFreeze({ ...org, billing: "usage", spend, members });
      }),
  );

/** SPD-3 and SPD-5: the limits of the groups of this org's group-limit list that list the member. */
function groupLimitsOf(org: Org, memberId: string): number[] {
  return (org.spend?.groupLimits ?? [])
    .filter(({ groupId }) => org.groups.some((group) => group.id === groupId && group.members.includes(memberId)))
    .map(({ limit }) => limit);
}

describe("spend limits (SPD-1..4)", () => {
  test("the limit never exceeds the org limit, and no limit anywhere means unlimited (SPD-4)", () => {
    fc.assert(
      fc.property(arbUsageOrg(), (org) => {
        for (const member of org.members) {
          const decision = resolveSpendLimit(org, member.id);
          const orgLimit = org.spend?.orgLimit;
          if (orgLimit !== undefined) {
            expect(decision.status).toBe("limited");
            expect(decision.limit ?? Infinity).toBeLessThanOrEqual(orgLimit);
          }
          const anywhere =
            orgLimit !== undefined || member.spendLimit !== undefined || groupLimitsOf(org, member.id).length > 0;
          expect(decision.status, member.id).toBe(anywhere ? "limited" : "unlimited");
          expect(decision.limit === null).toBe(!anywhere);
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("a member's own limit overrides group limits, higher or lower: changing group limits changes nothing for them (SPD-2, SPD-4)", () => {
    fc.assert(
      fc.property(
        arbUsageOrg().chain((org) => fc.tuple(fc.constant(org), arbSpendFor(org))),
        ([org, other]) => {
          const orgLimit = org.spend?.orgLimit;
          const spend: SpendSettings = {
            groupLimits: other.groupLimits ?? [],
            multiGroup: other.multiGroup ?? "highest",
            ...(orgLimit === undefined ? {} : { orgLimit }),
          };
          const changed = deepFreeze({ ...org, spend });
          for (const member of org.members) {
            const own = member.spendLimit;
            if (own === undefined) continue;
            const decision = resolveSpendLimit(org, member.id);
            const expected =
              orgLimit !== undefined && orgLimit < own
                ? { limit: orgLimit, source: "org" }
                : { limit: own, source: "individual" };
            expect({ limit: decision.limit, source: decision.source }, member.id).toEqual(expected);
            const again = resolveSpendLimit(changed, member.id);
            expect({ limit: again.limit, source: again.source }, member.id).toEqual(expected);
          }
        },
      ),
      { numRuns: runs(RUNS) },
    );
  });

  test("a member without an own limit in several groups with limits gets the lowest or the highest of them, capped by the org limit; lowest never exceeds highest (SPD-3, SPD-4, SPD-5)", () => {
    fc.assert(
      fc.property(arbUsageOrg(), (org) => {
        const lowest = deepFreeze({ ...org, spend: { ...org.spend, multiGroup: "lowest" as const } });
        const highest = deepFreeze({ ...org, spend: { ...org.spend, multiGroup: "highest" as const } });
        for (const member of org.members) {
          if (member.spendLimit !== undefined) continue;
          const limits = groupLimitsOf(org, member.id);
          const low = resolveSpendLimit(lowest, member.id);
          const high = resolveSpendLimit(highest, member.id);
          expect(low.limit ?? Infinity).toBeLessThanOrEqual(high.limit ?? Infinity);
          const orgLimit = org.spend?.orgLimit ?? Infinity;
          for (const [decision, pickLimit] of [
            [low, Math.min],
            [high, Math.max],
          ] as const) {
            const group = limits.length === 0 ? Infinity : pickLimit(...limits);
            const expected = Math.min(orgLimit, group);
            expect(decision.limit ?? Infinity, member.id).toBe(expected);
            const source = expected === Infinity ? null : group <= orgLimit ? "group" : "org";
            expect(decision.source, member.id).toBe(source);
          }
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("spend limits do not apply outside usage billing: every member's answer is not-applicable (SPD-1)", () => {
    fc.assert(
      fc.property(arbUsageOrg(), (org) => {
        const seat = deepFreeze({ ...org, billing: "seat" as const });
        for (const member of seat.members) {
          const decision = resolveSpendLimit(seat, member.id);
          expect(decision).toMatchObject({ status: "not-applicable", limit: null, source: null, groupId: null });
          expect(decision.rules).toContain("SPD-1");
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });
});
