import { describe, expect, test } from "vitest";
import type { SpendLimitDecision } from "../../src/index.js";
import { SOLO } from "./orgs.js";
import { cli, EXAMPLE, json, PARENT } from "./io.js";

describe("org-rbac spend", () => {
  test("SPD-2, SPD-3, SPD-4: every member's limit and where it came from", async () => {
    expect((await cli(["spend", EXAMPLE])).stdout).toMatchInlineSnapshot(`
      "spend limits in org acme-eu (usage billing, org limit 500.00, in several groups the highest group limit applies)
        u-ana    100.00 from group All Users (g-all)          SPD-3 SPD-4
        u-ben    100.00 from group All Users (g-all)          SPD-3 SPD-4
        u-carla  100.00 from group All Users (g-all)          SPD-3 SPD-4
        u-dev    25.00 from the member's own limit            SPD-2 SPD-4
        u-eli    500.00 from the org limit, the hard ceiling  SPD-2 SPD-4
        u-fay    300.00 from group Engineering (g-eng)        SPD-3 SPD-4
        u-gus    200.00 from group Research (g-research)      SPD-3 SPD-4
        u-hana   200.00 from group Research (g-research)      SPD-3 SPD-4
        u-ivan   300.00 from group Engineering (g-eng)        SPD-3 SPD-4
        u-jo     100.00 from group All Users (g-all)          SPD-3 SPD-4
        u-kai    100.00 from group All Users (g-all)          SPD-3 SPD-4
        u-lea    500.00 from the org limit, the hard ceiling  SPD-4
        u-max    500.00 from the org limit, the hard ceiling  SPD-4
        u-nia    500.00 from the org limit, the hard ceiling  SPD-4
        u-oto    500.00 from the org limit, the hard ceiling  SPD-4
      "
    `);
  });

  test("SPD-4: one member, with the explanation", async () => {
    expect((await cli(["spend", EXAMPLE, "u-eli"])).stdout).toMatchInlineSnapshot(`
      "spend limits in org acme-eu (usage billing, org limit 500.00, in several groups the highest group limit applies)
        u-eli  500.00 from the org limit, the hard ceiling  SPD-2 SPD-4
        why: member \`u-eli\` is limited to 50000 because the member's own limit is 80000, which overrides group limits (SPD-2) and the org limit 50000 is the hard ceiling (SPD-4)
      "
    `);
  });

  test("SPD-1: a seat-billed org has no spend limits; a usage org without limits is unlimited", async () => {
    expect((await cli(["spend", PARENT])).stdout).toMatchInlineSnapshot(`
      "spend limits in org acme (seat billing, spend limits apply to usage billing only)
        u-ana    not applicable: the org is not billed by usage  SPD-1
        u-pat    not applicable: the org is not billed by usage  SPD-1
        u-quinn  not applicable: the org is not billed by usage  SPD-1
        u-ben    not applicable: the org is not billed by usage  SPD-1
      "
    `);
    expect((await cli(["spend", "solo.json"], { "solo.json": SOLO })).stdout).toMatchInlineSnapshot(`
      "spend limits in org solo (usage billing, org limit none, in several groups the lowest group limit applies)
        m  unlimited: no limit for the member, their groups or the org  SPD-4
        why: member \`m\` has no spend limit because no limit is set for the member, their groups or the org (SPD-4)
      "
    `);
  });

  test("an unknown member exits 1", async () => {
    expect((await cli(["spend", EXAMPLE, "u-pat"])).code).toBe(1);
  });

  test("--json prints the library's decisions: one object for a member, an array for all", async () => {
    expect(json(await cli(["spend", EXAMPLE, "u-dev", "--json"]))).toMatchObject({
      status: "limited",
      limit: 2500,
      source: "individual",
    });
    const all = json(await cli(["spend", EXAMPLE, "--json"])) as SpendLimitDecision[];
    expect(all.map((decision) => decision.limit)).toEqual([
      10000, 10000, 10000, 2500, 50000, 30000, 20000, 20000, 30000, 10000, 10000, 50000, 50000, 50000, 50000,
    ]);
  });
});
