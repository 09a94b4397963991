// SPEC §1 and IN-3 over random orgs: the generator's orgs (hostile ids already) renamed to ordinary
// ids, then to hostile ones, kind by kind, get the same answers; no answer writes to a frozen input
// and every answer is deeply frozen.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbOrg } from "../arbitraries.js";
import { askAll } from "./ask.js";
import { deepCopy, deepFreeze, unfrozenPaths } from "../freeze.js";
import { IDENTITY, ID_KINDS, hostileName, ordinaryName, renameOrg, renamingFor } from "./rename.js";
import { runs } from "../runs.js";

const RUNS = 60;

describe("SPEC §1, IN-3 over random orgs", () => {
  it("hostile ids of each kind, and of every kind at once, give the same answers as ordinary ids", () => {
    fc.assert(
      fc.property(arbOrg(), (generated) => {
        const plain = renameOrg(generated, renamingFor(generated, ID_KINDS, ordinaryName));
        // Frozen copies are asked, so that each is validated and compiled once (IN-3).
        const expected = askAll(plain, deepFreeze(deepCopy(plain)), IDENTITY);
        for (const kinds of [...ID_KINDS.map((k) => [k]), ID_KINDS]) {
          const r = renamingFor(plain, kinds, hostileName);
          expect(askAll(plain, deepFreeze(renameOrg(plain, r)), r)).toEqual(expected);
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });

  it("no engine function writes to a deeply frozen org, and every result is deeply frozen", () => {
    fc.assert(
      fc.property(arbOrg(), (generated) => {
        const input = deepFreeze(deepCopy(generated));
        const unfrozen: string[] = [];
        askAll(generated, input, IDENTITY, (result) => unfrozen.push(...unfrozenPaths(result)));
        expect(unfrozen).toEqual([]);
        expect(input).toEqual(generated);
      }),
      { numRuns: runs(RUNS) },
    );
  });
});
