// Golden explanations (EXP-1): every answer about the example orgs, and variants of them that flip
// the org-level switches, written out with its summary, its rules and its reasons' data. The texts
// are what auditors and users read, so any change to a word, a cited rule or an entry named shows up
// here as a diff to review; `npx vitest run test/golden -u` rewrites the files after a deliberate change.
import { describe, expect, test } from "vitest";
import type { Org } from "../../src/index.js";
import { guideOrg } from "../engine/fixtures.js";
import { explanationBook, membershipBook, rulebook, spendBook } from "./book.js";
import { acmeEuCapped, acmeEuFlipped, acmeEuRemapped, example } from "./orgs.js";

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

  test("every membership in acme-eu with two mappings to one role and a role via two groups (GRP-3)", async () => {
    await expect(membershipBook(acmeEuRemapped())).toMatchFileSnapshot("./__golden__/acme-eu-remapped.txt");
  });

  test("every spend limit in acme-eu under a low org limit (SPD-4)", async () => {
    await expect(spendBook(acmeEuCapped())).toMatchFileSnapshot("./__golden__/acme-eu-capped.txt");
  });
});
