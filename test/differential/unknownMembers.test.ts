// CON-7 and GRP-1, stated without the model: an id that is not a member of this org (a sibling-org
// member listed by a group, a hostile id) has no access at all.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveCapability, resolveAccess, resolveSpendLimit, resolveToolLevel } from "../../src/index.js";
import type { Org } from "../../src/index.js";
import { HOSTILE_IDS } from "../hostile/rename.js";
import { askedCapabilities, askedTools } from "./agreement.js";
import { DIFFERENTIAL_RUNS, arbSubjectOrg } from "./subjects.js";

function strangers(org: Org): readonly string[] {
  const listed = org.groups.flatMap((g) => g.members);
  return [...new Set([...listed, ...HOSTILE_IDS, "not-a-member"])].filter(
    (id) => !org.members.some((m) => m.id === id),
  );
}

describe("differential: ids that are not members of the org", () => {
  it("CON-7, GRP-1: an id not in the org (sibling-org or hostile) has no capability, every tool blocked, the settings page, an empty menu and an unknown-member spend answer", () => {
    let orgs = 0;
    let siblings = 0;
    fc.assert(
      fc.property(arbSubjectOrg(), (org) => {
        const tools = askedTools(org);
        for (const id of strangers(org)) {
          if (org.groups.some((g) => g.members.includes(id))) siblings++;
          for (const capability of askedCapabilities(org))
            expect(resolveCapability(org, id, capability).granted).toBe(false);
          for (const { connectorId, tool } of tools)
            expect(resolveToolLevel(org, id, connectorId, tool).level).toBe("blocked");
          const access = resolveAccess(org, id);
          expect([
            access.known,
            access.landingPage.page,
            access.menu,
            access.capabilities.some((c) => c.granted),
          ]).toEqual([false, "settings", [], false]);
          expect(access.connectors.flatMap((c) => c.tools).every((t) => t.level === "blocked")).toBe(true);
          const spend = resolveSpendLimit(org, id);
          expect([spend.status, spend.limit, spend.source, spend.groupId]).toEqual([
            "unknown-member",
            null,
            null,
            null,
          ]);
        }
        orgs++;
      }),
      { numRuns: DIFFERENTIAL_RUNS },
    );
    expect(orgs).toBe(DIFFERENTIAL_RUNS);
    expect(siblings).toBeGreaterThan(0); // the generator does put sibling-org ids in groups
  });
});
