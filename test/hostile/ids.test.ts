// SPEC §1: "__proto__", "constructor", "toString" and Unicode names are ids like any other and must
// behave exactly as any other id. The same org under hostile names gets the same answers.
import { describe, expect, it } from "vitest";
import { resolveCapability, resolveSpendLimit, resolveToolLevel } from "../../src/index.js";
import { checkEverything, newTally } from "../differential/agreement.js";
import { askAll } from "./ask.js";
import { ordinaryOrg } from "./fixtures.js";
import { HOSTILE_POOL, IDENTITY, ID_KINDS, hostileName, renameOrg, renamingFor } from "./rename.js";

describe("SPEC §1: hostile ids behave exactly as ordinary ids", () => {
  const plain = ordinaryOrg();
  // Asked inside each test, never while the file loads: mutation testing attributes what runs at
  // load time to no test, and then reruns every test for each mutant of the engine.
  const expected = () => askAll(plain, plain, IDENTITY);

  for (const kind of ID_KINDS) {
    it(`hostile ${kind} ids give the same answers as ordinary ones, for every engine function`, () => {
      const r = renamingFor(plain, [kind], hostileName);
      const hostile = renameOrg(plain, r);
      expect(askAll(plain, hostile, r)).toEqual(expected());
    });
  }

  it("hostile ids of every kind at once give the same answers as ordinary ones", () => {
    const r = renamingFor(plain, ID_KINDS, hostileName);
    const hostile = renameOrg(plain, r);
    // A test that could pass with nothing renamed would be a defect: the org really is hostile.
    expect(hostile.members.map((m) => m.id)).toEqual(expect.arrayContaining(HOSTILE_POOL.slice(0, 8)));
    expect(Object.hasOwn(hostile.toolPolicy ?? {}, "__proto__")).toBe(true);
    expect(askAll(plain, hostile, r)).toEqual(expected());
  });

  it("the fixture exercises every kind of answer, so equal summaries say something", () => {
    expect(new Set(plain.members.map((m) => resolveSpendLimit(plain, m.id).source))).toEqual(
      new Set(["individual", "group", "org"]),
    );
    const levels = plain.members.flatMap((m) =>
      ["search", "create", "comment"].map((t) => resolveToolLevel(plain, m.id, "jira", t).level),
    );
    expect(new Set(levels)).toEqual(new Set(["always", "approval", "blocked"]));
    expect(new Set(plain.members.map((m) => resolveCapability(plain, m.id, "claude_code").granted))).toEqual(
      new Set([true, false]),
    );
  });

  it("engine and model agree on the fixture, under ordinary and under hostile names", () => {
    const tally = newTally();
    checkEverything(plain, tally);
    checkEverything(renameOrg(plain, renamingFor(plain, ID_KINDS, hostileName)), tally);
    expect(tally.member).toBeGreaterThan(1000);
  });
});
