// The audit's memberships (GRP-1..GRP-3), computed once for the whole org, agree with the engine's
// answer for every member: the built-in role after mappings, the groups that count, whether a role is held.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { membershipOf } from "../../src/admin/auditMembership.js";
import { parseOrg, resolveAccess, type Org } from "../../src/index.js";
import { arbOrg } from "../arbitraries.js";
import { runs } from "../runs.js";
import { orgOf } from "./auditFixtures.js";

function agreesWithEngine(org: Org): void {
  for (const audited of membershipOf(org).members) {
    const access = resolveAccess(org, audited.member.id);
    expect(audited.builtInRole).toBe(access.builtInRole);
    expect(audited.mappedVia).toEqual(access.mappedVia);
    expect(audited.countingGroups.map((group) => group.id)).toEqual(
      access.groups.filter((group) => group.countsForRoles).map((group) => group.groupId),
    );
    expect(audited.holdsRole).toBe(access.roles.length > 0);
  }
}

describe("the audit's memberships agree with the engine (GRP-1, GRP-2, GRP-3)", () => {
  test("GRP-3: two groups mapped to the same role are both named; a group mapped twice is named once", () => {
    const org = orgOf({
      groups: [
        { id: "g-a", name: "A", source: "scim", members: ["u1", "u1"] },
        { id: "g-b", name: "B", source: "scim", members: ["u1"] },
      ],
      groupMappings: {
        enabled: true,
        mappings: [
          { groupId: "g-a", role: "user" },
          { groupId: "g-a", role: "admin" },
          { groupId: "g-a", role: "admin" },
          { groupId: "g-b", role: "admin" },
        ],
      },
      members: [{ id: "u1", role: "custom" }],
    });
    const [audited] = membershipOf(org).members;
    expect(audited).toMatchObject({ builtInRole: "admin", mappedVia: ["g-a", "g-b"] });
    agreesWithEngine(org);
  });

  test("GRP-3: mappings turned on without rows (absent `mappings` is [], SPEC §1) leave every stored role", () => {
    const org = orgOf({
      groups: [{ id: "g-a", name: "A", source: "scim", members: ["u1"] }],
      groupMappings: { enabled: true },
      members: [{ id: "u1", role: "admin" }],
    });
    const [audited] = membershipOf(org).members;
    expect(audited).toMatchObject({ builtInRole: "admin", mappedVia: [] });
    agreesWithEngine(org);
  });

  test("GRP-1..GRP-3: for every member of random orgs, the same built-in role, counting groups and held roles as resolveAccess", () => {
    fc.assert(
      fc.property(arbOrg(), (generated) => agreesWithEngine(parseOrg(generated))),
      { numRuns: runs(150) },
    );
  });
});
