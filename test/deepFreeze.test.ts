import { describe, expect, test } from "vitest";
import { deepFreeze } from "../src/freeze.js";
import { isDeeplyFrozen } from "./freeze.js";

describe("deepFreeze, the library's one deep freeze (IN-3)", () => {
  test("freezes a value and everything reachable from it, and returns the value itself", () => {
    const value = { list: [{ id: "a", tags: ["x"] }, [1, [2]]], nested: { deeper: { level: "always" } }, n: 1 };
    expect(deepFreeze(value)).toBe(value);
    expect(isDeeplyFrozen(value)).toBe(true);
  });

  test("an own `__proto__` key is a key like any other: its value is frozen too", () => {
    const value = JSON.parse('{"__proto__": {"inner": []}}') as Record<string, unknown>;
    deepFreeze(value);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(isDeeplyFrozen(value)).toBe(true);
  });

  test("a frozen value is taken as deeply frozen: what it holds is not walked", () => {
    const inner = { mutable: true };
    const shared = Object.freeze({ inner });
    const value = { shared, fresh: { inner } };
    deepFreeze(value);
    expect(Object.isFrozen(value.fresh)).toBe(true);
    // Reached through the new object, it is frozen; reached only through a frozen one, it would not be.
    expect(Object.isFrozen(inner)).toBe(true);
    const alone = { mutable: true };
    deepFreeze(Object.freeze({ alone }));
    expect(Object.isFrozen(alone)).toBe(false);
  });

  test("primitives are returned as they are", () => {
    for (const value of ["text", 0, -1, true, null, undefined, 10n]) expect(deepFreeze(value)).toBe(value);
  });
});
