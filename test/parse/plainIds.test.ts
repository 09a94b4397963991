// The one-pass reader of id lists (src/parse/plainIds.ts) against the reporting reader it stands in
// for (IN-1): on any value it gives either nothing, and the reporting reader reads it, or exactly that
// reader's list; and it gives the list whenever every element is an id.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParseOrg } from "../../src/index.js";
import { readArray } from "../../src/parse/containers.js";
import { ROOT, newContext } from "../../src/parse/context.js";
import { plainIds } from "../../src/parse/plainIds.js";
import { idOf } from "../../src/parse/scalars.js";
import { HOSTILE_IDS } from "../arbitraries.js";
import { expectStandsIn, listsWithOddLengths, minimalOrg, throwingList } from "./fixtures.js";

const readId = idOf("member id");

/** What the reporting reader makes of a list: the ids, or undefined after reporting. */
function reported(value: unknown): readonly string[] | undefined {
  return readArray(newContext(), value, ROOT, readId);
}

function plain(value: unknown): readonly string[] | undefined {
  return plainIds(newContext(), value);
}

const arbIds = fc.array(fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom(...HOSTILE_IDS)), { maxLength: 10 });

describe("the id lists' one-pass reader stands in for the reporting reader (IN-1)", () => {
  it("reads every list of ids, repeats included, as the reporting reader does", () => {
    fc.assert(
      fc.property(arbIds, (ids) => {
        const fast = plain(ids);
        expect(fast).toStrictEqual(ids);
        expect(fast).toStrictEqual(reported(ids));
        expect(Object.isFrozen(fast)).toBe(true);
      }),
    );
    expect(plain([])).toStrictEqual([]);
    expect(plain(["u1", "u1"])).toStrictEqual(["u1", "u1"]);
  });

  it("never gives a list the reporting reader refuses, nor one it reads otherwise", () => {
    const arbList = fc
      .tuple(arbIds, fc.array(fc.tuple(fc.nat(10), fc.anything()), { maxLength: 2 }))
      .map(([ids, spoils]) => {
        const list: unknown[] = [...ids];
        for (const [at, value] of spoils) list[Math.min(at, list.length)] = value;
        return list;
      });
    fc.assert(fc.property(arbList, (list) => expectStandsIn(plain, reported, list)));
  });

  it.each([
    ["a value that is not an array", { 0: "u1", length: 1 }],
    ["an array with a hole", Object.assign(new Array<unknown>(3), { 0: "u1", 2: "u3" })],
    ["an empty id", ["u1", ""]],
    ["an element that is not a string", ["u1", 7]],
    ["an array of another class", [new (class extends Array<string> {})()]],
    ["an element with a getter", Object.defineProperty(["u1", "u2"], 1, { get: () => "u2", enumerable: true })],
  ])("gives nothing for %s: the reporting reader reports it", (_, value) => {
    expect(plain(value)).toBeUndefined();
    expect(reported(value)).toBeUndefined();
  });

  it("runs no getter, and gives nothing, without throwing, when a Proxy's trap throws or lies about the length", () => {
    let ran = false;
    const getter = Object.defineProperty(["u1"], 0, {
      get: () => {
        ran = true;
        return "u1";
      },
    });
    expect(plain(getter)).toBeUndefined();
    expect(ran).toBe(false);
    const throwing = throwingList(["u1"]);
    expect(() => plain(throwing)).not.toThrow();
    expect(plain(throwing)).toBeUndefined();
    for (const odd of listsWithOddLengths()) expect(plain(odd)).toBeUndefined();
  });

  it("gives nothing for a list that is being read already (a cycle): the reporting reader refuses it", () => {
    const ctx = newContext();
    const list: unknown[] = ["u1"];
    ctx.open.push(list);
    expect(plainIds(ctx, list)).toBeUndefined();
    expect(plainIds(newContext(), list)).toStrictEqual(["u1"]);
  });

  it("leaves a group's spoilt member list to the reporting reader, which names the element at fault", () => {
    const org = { ...minimalOrg(), groups: [{ id: "g1", name: "G", source: "manual", members: ["u1", "", 3] }] };
    const result = safeParseOrg(org);
    expect(result.ok ? [] : result.error.issues.map((issue) => issue.pathText)).toStrictEqual([
      "groups[0].members[1]",
      "groups[0].members[2]",
    ]);
  });
});
