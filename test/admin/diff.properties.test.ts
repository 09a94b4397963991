import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { diffAccess } from "../../src/admin/diff.js";
import type { AccessDiff, AccessDifference, DiffEffect, MemberAccessDiff } from "../../src/admin/diffTypes.js";
import { enableConnectorPermissions, parseOrg, resolveAccess } from "../../src/index.js";
import { arbOrg } from "../arbitraries.js";
import { modelDiffAccess } from "../model/diff.js";
import { arbOrgPair } from "./diffFixtures.js";
import { applyChanges } from "../../src/admin/applyChanges.js";
import { CHANGE_KINDS } from "../../src/admin/change.js";
import { arbSeed, changesFor } from "./arbChanges.js";
import { everyKindJson } from "./auditFixtures.js";

const RUNS = 150;

const swapEffect = (effect: DiffEffect): DiffEffect =>
  effect === "gain" ? "loss" : effect === "loss" ? "gain" : effect;

function mirrorDifference(difference: AccessDifference): AccessDifference {
  const swapped = {
    ...difference,
    effect: swapEffect(difference.effect),
    before: difference.after,
    after: difference.before,
  };
  if (!("explanation" in difference)) return swapped as AccessDifference;
  return {
    ...swapped,
    explanation: { before: difference.explanation.after, after: difference.explanation.before },
  } as AccessDifference;
}

function mirrorMember(member: MemberAccessDiff): MemberAccessDiff {
  const presence = member.presence === "added" ? "removed" : member.presence === "removed" ? "added" : "kept";
  return {
    ...member,
    presence,
    gains: member.losses,
    losses: member.gains,
    differences: member.differences.map(mirrorDifference),
  };
}

/** A diff read the other way: sides, added/removed and gains/losses swapped. */
function mirror(diff: AccessDiff): AccessDiff {
  return {
    beforeOrgId: diff.afterOrgId,
    afterOrgId: diff.beforeOrgId,
    members: diff.members.map(mirrorMember),
    gains: diff.losses,
    losses: diff.gains,
    changes: diff.changes,
  };
}

describe("diffAccess properties (DIF-1)", () => {
  test("DIF-1 property: the diff of an org with itself is empty", () => {
    fc.assert(
      fc.property(arbOrg(), (raw) => {
        const org = parseOrg(raw);
        expect(diffAccess(org, org).members).toEqual([]);
        expect(diffAccess(org, parseOrg(JSON.parse(JSON.stringify(raw)))).members).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  test("DIF-1 property: diffAccess(b, a) mirrors diffAccess(a, b), gains and losses swapped", () => {
    fc.assert(
      fc.property(arbOrgPair(), ([before, after]) => {
        expect(diffAccess(after, before)).toEqual(mirror(diffAccess(before, after)));
      }),
      { numRuns: RUNS },
    );
  });

  test.each(CHANGE_KINDS)(
    "DIF-1: after one %s on an org with a finding of every kind, the diff is the model's, both ways",
    (kind) => {
      const org = parseOrg(everyKindJson());
      // Seeded, so that every kind of change meets the diff's scopes the same way in every run; the
      // changed parts are parsed again, so that no part is shared by identity (CHG-2) either.
      for (const seed of fc.sample(arbSeed([kind]), { seed: 8, numRuns: 12 })) {
        const after = applyChanges(org, changesFor(org, [seed]));
        for (const [a, b] of [
          [org, after],
          [after, org],
          [org, parseOrg(JSON.parse(JSON.stringify(after)))],
        ] as const)
          expect(diffAccess(a, b)).toEqual(modelDiffAccess(a, b));
      }
    },
  );

  test("DIF-1 property: the diff agrees with the naive member-by-member diff of the model", () => {
    fc.assert(
      fc.property(arbOrgPair(), ([before, after]) => {
        expect(diffAccess(before, after)).toEqual(modelDiffAccess(before, after));
      }),
      { numRuns: RUNS * 2 },
    );
  });

  test("CON-8 property: enabling connector permissions diffs exactly the Custom-roles members without a role", () => {
    fc.assert(
      fc.property(arbOrg(), (raw) => {
        const org = parseOrg({ ...raw, connectorPermissionsEnabled: false });
        const diff = diffAccess(org, enableConnectorPermissions(org));
        const expected = org.members
          .map((member) => resolveAccess(org, member.id))
          .filter((access) => access.governedByCustomRoles && access.roles.length === 0)
          .filter((access) =>
            access.connectors.some((connector) => connector.tools.some((tool) => tool.level !== "blocked")),
          )
          .map((access) => access.memberId);
        expect(diff.members.map((member) => member.memberId)).toEqual(
          [...new Set(expected)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
        );
        for (const member of diff.members)
          expect(
            member.differences.every((d) => (d.kind === "tool" || d.kind === "connector-menu") && d.effect === "loss"),
          ).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
