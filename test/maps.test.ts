import { describe, expect, test } from "vitest";
import { getOrInsertComputed } from "../src/maps.js";

describe("getOrInsertComputed, the one memo and index helper", () => {
  test("makes and adds a value once per key, and returns the kept one after", () => {
    const map = new Map<string, string[]>();
    let made = 0;
    const make = (key: string) => {
      made++;
      return [key];
    };
    const first = getOrInsertComputed(map, "__proto__", make);
    expect(first).toEqual(["__proto__"]);
    getOrInsertComputed(map, "__proto__", make).push("again");
    expect(getOrInsertComputed(map, "__proto__", make)).toBe(first);
    expect(first).toEqual(["__proto__", "again"]);
    expect(made).toBe(1);
    expect([...map]).toEqual([["__proto__", ["__proto__", "again"]]]);
  });

  test('a kept `false`, `0` or `""` is a value, not a miss', () => {
    const map = new Map<number, unknown>();
    for (const [key, value] of [
      [0, false],
      [1, 0],
      [2, ""],
    ] as const) {
      getOrInsertComputed(map, key, () => value);
      expect(getOrInsertComputed(map, key, () => "made again")).toBe(value);
    }
  });

  test("works on a WeakMap", () => {
    const map = new WeakMap<object, number>();
    const key = {};
    expect(getOrInsertComputed(map, key, () => 1)).toBe(1);
    expect(getOrInsertComputed(map, key, () => 2)).toBe(1);
  });
});
