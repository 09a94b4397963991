// What the reader takes for a JSON container (IN-1, IN-3): `kindOf` is the one place that decides,
// for the parser and for lists of changes alike. Only arrays and objects whose prototype is
// `Object.prototype` (of any realm) or `null` are containers; everything else is "other", and a
// value whose prototype cannot be read is "unreadable". Callers compare with the container kinds,
// so "other" is pinned here, beside the cases that must get it; and the state a validation run
// starts from.
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { newContext } from "../../src/parse/context.js";
import { kindOf } from "../../src/parse/read.js";

class Box {
  readonly id = "x";
}
class List extends Array<unknown> {}

describe("kindOf: what the reader takes for a JSON container (IN-1)", () => {
  it.each([
    ["an array", [], "array"],
    ["an array of another realm", runInNewContext("[1, 2]"), "array"],
    ["a plain object", { a: 1 }, "object"],
    ["an object of another realm", runInNewContext("({ a: 1 })"), "object"],
    ["an object without a prototype", Object.create(null), "object"],
  ] as const)("%s is a container", (_, value, kind) => {
    expect(kindOf(value)).toBe(kind);
  });

  it.each([
    ["null", null],
    ["a string", "[]"],
    ["a number", 1],
    ["undefined", undefined],
    ["a function", () => ({})],
    ["a class instance", new Box()],
    ["a subclass of Array", List.from([1])],
    ["a Map", new Map()],
    ["a Date", new Date(0)],
    ["a boxed string", Object("s")],
    ["an object whose prototype is a plain object", Object.create({})],
  ])("%s is other", (_, value) => {
    expect(kindOf(value)).toBe("other");
  });

  it("a Proxy whose getPrototypeOf trap throws is unreadable, and so is its array form", () => {
    const trap = {
      getPrototypeOf() {
        throw new Error("no");
      },
    };
    expect(kindOf(new Proxy({}, trap))).toBe("unreadable");
    expect(kindOf(new Proxy([], trap))).toBe("unreadable");
  });
});

describe("a validation run", () => {
  it("starts with no issue, nothing counted and no container open", () => {
    expect(newContext()).toEqual({ issues: [], found: 0, open: [] });
  });
});
