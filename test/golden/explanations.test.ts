// Golden explanations (EXP-1): every answer about the example orgs, and variants of them that flip
// the org-level switches, written out with its summary, its rules and its reasons' data. The texts
// are what auditors and users read, so any change to a word, a cited rule or an entry named shows up
// here as a diff to review; `npx vitest run test/golden -u` rewrites the files after a deliberate change.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parseOrg } from "../../src/index.js";
import type { Org } from "../../src/index.js";
import { guideOrg } from "../engine/fixtures.js";
import { explanationBook, rulebook, spendBook } from "./book.js";

function example(name: string): Org {
  return parseOrg(JSON.parse(readFileSync(new URL(`../../examples/orgs/${name}.json`, import.meta.url), "utf8")));
}

/**
 * acme-eu with every org-level switch it has turned the other way: connector permissions off (CON-6),
 * JIT provisioning (GRP-2: SCIM groups stop counting for roles), the lowest group limit and no org
 * limit (SPD-3, SPD-4), standard seats (CAP-7), group mappings off (GRP-3).
 */
function acmeEuFlipped(): Org {
  const acmeEu = example("acme-eu");
  return parseOrg({
    ...acmeEu,
    id: "acme-eu-flipped",
    connectorPermissionsEnabled: false,
    provisioning: "jit",
    seatPlan: "standard",
    members: acmeEu.members.map(({ seat, ...member }) => member),
    groupMappings: { enabled: false, mappings: acmeEu.groupMappings?.mappings ?? [] },
    spend: { multiGroup: "lowest", groupLimits: acmeEu.spend?.groupLimits ?? [] },
  });
}

/** acme-eu with a low org limit that lowers some members' limits and not others' (SPD-4). */
function acmeEuCapped(): Org {
  const acmeEu = example("acme-eu");
  return parseOrg({
    ...acmeEu,
    id: "acme-eu-capped",
    spend: { orgLimit: 7500, multiGroup: "highest", groupLimits: acmeEu.spend?.groupLimits ?? [] },
  });
}

// Built inside the tests, never while the file loads: mutation testing attributes what runs at load
// time to no test, and then reruns every test for each mutant of the parser.
const books: [string, () => Org][] = [
  ["acme", () => example("acme")],
  ["acme-eu", () => example("acme-eu")],
  ["acme-eu-flipped", acmeEuFlipped],
  ["guide", () => guideOrg()],
];

describe("golden explanations (EXP-1)", () => {
  test("the rulebook: every rule id with the title the library gives it", async () => {
    await expect(rulebook()).toMatchFileSnapshot("./__golden__/rulebook.txt");
  });

  test.each(books)("every answer about %s, word for word, with its rules and reasons", async (name, org) => {
    await expect(explanationBook(org())).toMatchFileSnapshot(`./__golden__/${name}.txt`);
  });

  test("every spend limit in acme-eu under a low org limit (SPD-4)", async () => {
    await expect(spendBook(acmeEuCapped())).toMatchFileSnapshot("./__golden__/acme-eu-capped.txt");
  });
});
