// The working objects of the parser and the compiler have the hidden class of an object kept for the
// life of the module (src/shapes.ts): that is what keeps V8's optimized code for them across full
// garbage collections. A hidden class is V8's, so the test asks V8 (`%HaveSameMap`, natives syntax).
import { setFlagsFromString } from "node:v8";
import type { Member } from "../src/org.js";
import { describe, expect, it } from "vitest";
import { KeyedList } from "../src/admin/keyedList.js";
import { OrderTree } from "../src/admin/orderTree.js";
import { WorkingOrg } from "../src/admin/working.js";
import { newPairs } from "../src/engine/membership.js";
import { flatLists, hashOf, newFound, profileSource } from "../src/engine/profiles.js";
import { newContext } from "../src/parse/context.js";
import { parseOrg } from "../src/index.js";
import { guideOrg } from "./engine/fixtures.js";
import { keepShape, keptShapes } from "../src/shapes.js";

setFlagsFromString("--allow-natives-syntax");
const haveSameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: object, b: object) => boolean;

/** Whether an object kept for the module's life has the hidden class of `working`. */
function kept(working: object): boolean {
  return [...keptShapes()].some((shape) => haveSameMap(shape, working));
}

describe("working shapes kept for the life of the module (src/shapes.ts)", () => {
  it("tells hidden classes apart: the same fields in another order, or one more, are another shape", () => {
    const context = newContext();
    expect(haveSameMap(context, newContext())).toBe(true);
    expect(haveSameMap(context, { open: [], found: 0, issues: [] })).toBe(false);
    expect(kept({ ...context, extra: 1 })).toBe(false);
  });

  it("keeps a parse context, as a run leaves it", () => {
    const context = newContext();
    context.found += 3;
    context.open.push({});
    context.open.pop();
    expect(kept(context)).toBe(true);
    // A whole parse, valid and not, makes no context of another shape.
    parseOrg(JSON.parse(JSON.stringify(guideOrg())));
    expect(() => parseOrg({ id: 1 })).toThrow();
    expect(kept(newContext())).toBe(true);
  });

  it("keeps the interning's state, its source and its flat lists, as compiling leaves them", () => {
    const found = newFound(hashOf, 4, 3);
    found.kind.push(2);
    found.from.push(1);
    found.roleOf.push(0);
    const lists = flatLists(Int32Array.from([0, 1, 1]), Int32Array.from([0]));
    expect(kept(found)).toBe(true);
    expect(kept(newFound((_held, count) => count, 1, 1))).toBe(true);
    expect(kept(lists)).toBe(true);
    expect(kept(profileSource(new Uint8Array(2), lists, lists))).toBe(true);
  });

  it("keeps the member-group pairing's state, as compiling leaves it", () => {
    const pairs = newPairs(5, 9);
    pairs.count = 4;
    expect(kept(pairs)).toBe(true);
  });

  it("keeps the admin working copy's lists and their order trees, as applying changes leaves them", () => {
    const org = parseOrg(JSON.parse(JSON.stringify(guideOrg())));
    const working = new WorkingOrg(org);
    working.members.removeKey((org.members[0] as Member).id);
    working.groups.insert(0, { id: "g-new", name: "New", source: "manual", members: [] });
    expect(kept(working.members)).toBe(true);
    expect(kept(working.groups)).toBe(true);
    const tree = new OrderTree(40);
    tree.insert(3, 40);
    tree.remove(7);
    expect(kept(tree)).toBe(true);
    // A list never edited has the kept list's class too: its first edit changes no class.
    expect(kept(new KeyedList(["a", "b"], (id: string) => id))).toBe(true);
  });

  it("keeps what it is given, and gives it back", () => {
    const value = { anything: true };
    expect(keepShape(value)).toBe(value);
    expect(keptShapes().has(value)).toBe(true);
  });
});
