// IN-3: no function mutates its input; everything returned is deeply frozen.
import { describe, expect, it } from "vitest";
import { askAll } from "./ask.js";
import { ordinaryOrg } from "./fixtures.js";
import { deepCopy, deepFreeze, unfrozenPaths } from "../freeze.js";
import { IDENTITY, ID_KINDS, hostileName, renameOrg, renamingFor } from "./rename.js";

const plain = ordinaryOrg();
const hostile = renameOrg(plain, renamingFor(plain, ID_KINDS, hostileName));
const subjects = [
  ["ordinary ids", plain, IDENTITY],
  ["hostile ids", hostile, renamingFor(plain, ID_KINDS, hostileName)],
] as const;

describe("IN-3: no function mutates its input", () => {
  for (const [label, org, r] of subjects) {
    it(`every engine function answers a deeply frozen org (${label}) without writing to it`, () => {
      const input = deepFreeze(deepCopy(org));
      // Strict-mode ESM: any write to the frozen input throws here.
      expect(askAll(plain, input, r)).toEqual(askAll(plain, org, r));
      expect(input).toEqual(org);
    });

    it(`every engine function leaves an unfrozen org (${label}) exactly as it was, unfrozen`, () => {
      const input = deepCopy(org);
      askAll(plain, input, r);
      expect(input).toEqual(org);
      expect(unfrozenPaths(input)).toEqual(unfrozenPaths(deepCopy(org)));
    });
  }
});

describe("IN-3: everything returned is deeply frozen", () => {
  for (const [label, org, r] of subjects) {
    for (const state of ["frozen", "unfrozen"] as const) {
      it(`every result of every engine function is deeply frozen (${label}, ${state} input)`, () => {
        const input = state === "frozen" ? deepFreeze(deepCopy(org)) : deepCopy(org);
        const unfrozen: string[] = [];
        let results = 0;
        askAll(plain, input, r, (result) => {
          results++;
          unfrozen.push(...unfrozenPaths(result));
        });
        expect(results).toBeGreaterThan(300);
        expect(unfrozen).toEqual([]);
      });
    }
  }
});

describe("the immutability checks themselves", () => {
  it("unfrozenPaths finds an unfrozen object however deep, and deepFreeze leaves none", () => {
    const value = { a: [{ b: 1 }], ["__proto__"]: { c: [] } };
    expect(unfrozenPaths(value)).toEqual(["$", '$["a"]', '$["a"]["0"]', '$["__proto__"]', '$["__proto__"]["c"]']);
    expect(unfrozenPaths(deepFreeze(value))).toEqual([]);
    expect(Object.hasOwn(deepCopy(value), "__proto__")).toBe(true);
  });
});
