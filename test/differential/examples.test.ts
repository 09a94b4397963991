// The shipped example orgs (examples/orgs), parsed as a user would, checked question by question
// against the reference model: under their own ids and renamed to hostile ones.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseOrg } from "../../src/index.js";
import { ID_KINDS, hostileName, renameOrg, renamingFor } from "../hostile/rename.js";
import { checkEverything, newTally } from "./agreement.js";

const dir = new URL("../../examples/orgs/", import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

describe("differential: the example orgs", () => {
  it("there are example orgs to check", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(`engine and model agree on every question about ${file}, under its ids and under hostile ones`, () => {
      const org = parseOrg(JSON.parse(readFileSync(new URL(file, dir), "utf8")));
      const tally = newTally();
      checkEverything(org, tally);
      checkEverything(renameOrg(org, renamingFor(org, ID_KINDS, hostileName)), tally);
      expect(tally.member).toBeGreaterThan(0);
    });
  }
});
