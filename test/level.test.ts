import { describe, expect, test } from "vitest";
import { LEVELS, compareLevels, isLevel, leastPermissive, levelLabel, mostPermissive } from "../src/index.js";

describe("levels (CON-1)", () => {
  test("CON-1: levels are ordered blocked < approval < always", () => {
    expect(LEVELS).toEqual(["blocked", "approval", "always"]);
    expect([...LEVELS].reverse().sort(compareLevels)).toEqual(["blocked", "approval", "always"]);
    for (const [i, a] of LEVELS.entries()) {
      for (const [j, b] of LEVELS.entries()) {
        expect(Math.sign(compareLevels(a, b))).toBe(Math.sign(i - j));
        expect(mostPermissive(a, b)).toBe(LEVELS[Math.max(i, j)]);
        expect(leastPermissive(a, b)).toBe(LEVELS[Math.min(i, j)]);
      }
    }
  });

  test("isLevel accepts exactly the three levels", () => {
    for (const level of LEVELS) expect(isLevel(level)).toBe(true);
    for (const value of ["allow", "Always", "", null, undefined, 1, {}, "__proto__"])
      expect(isLevel(value)).toBe(false);
  });

  test("levelLabel gives the product's words", () => {
    expect(LEVELS.map(levelLabel)).toEqual(["Blocked", "Needs approval", "Always allow"]);
  });

  test("LEVELS is frozen", () => {
    expect(Object.isFrozen(LEVELS)).toBe(true);
  });
});
