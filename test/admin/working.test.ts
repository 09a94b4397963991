// The working copy a list of changes is applied on (src/admin/working.ts, issue 9) against a plain
// array: whatever the edits, in whatever order, a KeyedList holds and finds what the array does, and
// never touches the list it started from.
import fc from "fast-check";
import { describe, expect, it, test } from "vitest";
import { KeyedList } from "../../src/admin/keyedList.js";
import { OrderTree } from "../../src/admin/orderTree.js";
import { KeyedRecord } from "../../src/admin/working.js";

interface Item {
  readonly id: string;
  readonly n: number;
}

// A few keys, `__proto__` among them, so that look-ups meet, miss and repeat.
const arbKey = fc.constantFrom("a", "b", "c", "d", "e", "__proto__", "toString", "");

type Op =
  | { op: "insert"; at: number; key: string }
  | { op: "insertAll"; at: number; keys: string[] }
  | { op: "removeKey"; at: number }
  | { op: "replace"; at: number }
  | { op: "removeAll"; keys: string[] }
  | { op: "look"; key: string };

const arbOp: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant("insert" as const), at: fc.nat(), key: arbKey }),
  fc.record({ op: fc.constant("insertAll" as const), at: fc.nat(), keys: fc.array(arbKey, { maxLength: 4 }) }),
  fc.record({ op: fc.constant("removeKey" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("removeKey" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("replace" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("removeAll" as const), keys: fc.array(arbKey, { maxLength: 3 }) }),
  // Look-ups weigh most, so that slots get indexed and holes counted, then dropped by later edits.
  fc.record({ op: fc.constant("look" as const), key: arbKey }),
  fc.record({ op: fc.constant("look" as const), key: arbKey }),
  fc.record({ op: fc.constant("look" as const), key: arbKey }),
);

const byId = (item: Item) => item.id;

/** The array's answer: the first element with the key. */
const firstIndex = (model: readonly Item[], key: string) => model.findIndex((item) => item.id === key);

describe("OrderTree, the order of a list's elements once edited (issue 9)", () => {
  test("an OrderTree keeps the order a plain array does, whatever the insertions and removals, and finds each position", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 300 }),
        fc.array(fc.tuple(fc.boolean(), fc.nat()), { maxLength: 300 }),
        (count, ops) => {
          const tree = new OrderTree(count);
          const model = Array.from({ length: count }, (_, i) => i);
          let next = count;
          for (const [insert, n] of ops) {
            if (insert || model.length === 0) {
              const at = n % (model.length + 1);
              tree.insert(at, next);
              model.splice(at, 0, next++);
            } else {
              const [node] = model.splice(n % model.length, 1) as [number];
              tree.remove(node);
            }
            expect(tree.size).toBe(model.length);
          }
          expect(tree.nodes()).toEqual(model);
          model.forEach((node, at) => expect(tree.positionOf(node)).toBe(at));
        },
      ),
      { numRuns: 200 },
    );
  });

  test("an OrderTree stays shallow: 100,000 insertions at the end, 100,000 at the front, then every removal, never run out of stack", () => {
    // A tree that leaned one way would be a chain as long as the list, and its recursive split or
    // join would exceed the stack; the order is checked as well.
    const tree = new OrderTree(0);
    const n = 100_000;
    for (let i = 0; i < n; i++) tree.insert(i, i);
    for (let i = 0; i < n; i++) tree.insert(0, n + i);
    expect(tree.size).toBe(2 * n);
    expect(tree.positionOf(n)).toBe(n - 1);
    expect(tree.positionOf(0)).toBe(n);
    for (let i = 0; i < 2 * n; i++) tree.remove(i);
    expect(tree.size).toBe(0);
    expect(tree.nodes()).toEqual([]);
  });
});

describe("KeyedList, the working copy of one list of an org (issue 9)", () => {
  test("a KeyedList holds and finds what a plain array does, whatever the edits, and never changes its start", () => {
    fc.assert(
      // Keys start unique here, as ids are (the lists with repeats, assignments and a group's members,
      // are edited only by insert, insertAll and remove: the test below).
      fc.property(fc.uniqueArray(arbKey, { maxLength: 8 }), fc.array(arbOp, { maxLength: 60 }), (keys, ops) => {
        let n = 0;
        const start = Object.freeze(keys.map((id) => Object.freeze({ id, n: n++ })));
        const list = new KeyedList<Item>(start, byId);
        const model: Item[] = [...start];
        // Edits keep the working copy's INVARIANT: never a key that the list holds already.
        const fresh = (key: string) => firstIndex(model, key) < 0;
        for (const step of ops) {
          if (step.op === "insert" && fresh(step.key)) {
            const at = step.at % (model.length + 1);
            const item = { id: step.key, n: n++ };
            list.insert(at, item);
            model.splice(at, 0, item);
          } else if (step.op === "insertAll") {
            const added = [...new Set(step.keys)].filter(fresh).map((id) => ({ id, n: n++ }));
            const at = step.at % (model.length + 1);
            list.insertAll(at, added);
            model.splice(at, 0, ...added);
          } else if (step.op === "removeKey" && model.length > 0) {
            const at = step.at % model.length;
            list.removeKey((model[at] as Item).id);
            model.splice(at, 1);
          } else if (step.op === "replace" && model.length > 0) {
            const at = step.at % model.length;
            const item = { id: (model[at] as Item).id, n: n++ };
            list.replace(item);
            model[at] = item;
          } else if (step.op === "removeAll") {
            for (const key of step.keys) list.removeAll(key);
            model.splice(0, model.length, ...model.filter((item) => !step.keys.includes(item.id)));
          } else if (step.op === "look") {
            expect(list.indexOf(step.key)).toBe(firstIndex(model, step.key));
            const held = model.filter((item) => item.id === step.key || item.id === "a");
            expect(list.positions([step.key, "a", step.key])).toEqual(
              held.map((item) => ({ item, at: model.indexOf(item) })),
            );
            expect(list.has(step.key)).toBe(firstIndex(model, step.key) >= 0);
            expect(list.get(step.key)).toBe(model[firstIndex(model, step.key)]);
          }
          expect(list.length).toBe(model.length);
        }
        expect(list.items).toEqual(model);
        const final = list.finish();
        expect(final).toEqual(model);
        expect(Object.isFrozen(final)).toBe(true);
        expect(final.every((item) => Object.isFrozen(item))).toBe(true);
        expect(list.changed).toBe(final !== start);
        // The list it started from is untouched.
        expect(start.map(byId)).toEqual(keys);
      }),
      { numRuns: 300 },
    );
  });

  test("a KeyedList whose keys repeat removes every element of a key, and finds the first of the rest, as a plain array does", () => {
    fc.assert(
      fc.property(fc.array(arbKey, { maxLength: 12 }), fc.array(arbOp, { maxLength: 40 }), (keys, ops) => {
        const start: readonly string[] = Object.freeze([...keys]);
        const list = new KeyedList<string>(start, (id) => id);
        const model: string[] = [...start];
        for (const step of ops) {
          if (step.op === "insert" && !model.includes(step.key)) {
            const at = step.at % (model.length + 1);
            list.insert(at, step.key);
            model.splice(at, 0, step.key);
          } else if (step.op === "removeAll" || step.op === "removeKey") {
            const removed = step.op === "removeAll" ? step.keys : model.slice(step.at % 3, (step.at % 3) + 1);
            for (const key of removed) list.removeAll(key);
            model.splice(0, model.length, ...model.filter((id) => !removed.includes(id)));
          } else if (step.op === "look") {
            expect(list.indexOf(step.key)).toBe(model.indexOf(step.key));
            expect(list.get(step.key)).toBe(model.find((id) => id === step.key));
          }
          expect(list.length).toBe(model.length);
        }
        expect(list.finish()).toEqual(model);
        // Positions by look-up only while no key repeats: else undefined, and the undo makes a pass.
        const repeats = new Set(keys).size < keys.length;
        expect(list.positions(model) === undefined).toBe(repeats);
        expect(start).toEqual(keys);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the first of repeated keys once it has built positions, and misses what it lacks", () => {
    const list = new KeyedList<string>(["x", "y", "x", "z", "y"], (id) => id);
    // Look-ups that index the slots.
    for (let i = 0; i < 10; i++) expect(list.indexOf("y")).toBe(1);
    expect(list.indexOf("x")).toBe(0);
    expect(list.indexOf("w")).toBe(-1);
    expect(list.changed).toBe(false);
    list.removeAll("x");
    expect(list.has("x")).toBe(false);
    expect(list.indexOf("x")).toBe(-1);
    expect(list.indexOf("y")).toBe(0);
    expect(list.finish()).toEqual(["y", "z", "y"]);
  });

  it("counts positions right after removals, whatever is appended after them", () => {
    const start = Array.from({ length: 20 }, (_, i) => ({ id: `m${i}`, n: i }));
    const list = new KeyedList<Item>(start, byId);
    const model = [...start];
    for (const i of [3, 7, 11]) {
      list.removeKey(`m${i}`);
      model.splice(
        model.findIndex((item) => item.id === `m${i}`),
        1,
      );
    }
    // Positions are now counted past the holes; then far more is appended than the count has room for.
    expect(list.indexOf("m12")).toBe(firstIndex(model, "m12"));
    for (let i = 20; i < 120; i++) {
      const item = { id: `m${i}`, n: i };
      list.insert(list.length, item);
      model.push(item);
      expect(list.indexOf(`m${i}`)).toBe(model.length - 1);
    }
    list.removeKey("m100");
    model.splice(firstIndex(model, "m100"), 1);
    for (const key of ["m0", "m12", "m99", "m101", "m119"]) expect(list.indexOf(key)).toBe(firstIndex(model, key));
    expect(list.finish()).toEqual(model);
  });
});

describe("KeyedRecord, the working copy of a record of an org", () => {
  it("keeps each key in its place, puts a new one last, reads own entries only (`__proto__` included)", () => {
    const base = Object.freeze(JSON.parse('{"a": 1, "__proto__": 2, "b": 3}') as Record<string, number>);
    const record = new KeyedRecord(base, () => undefined);
    expect(record.get("__proto__")).toBe(2);
    expect(record.get("toString")).toBeUndefined();
    record.set("a", 10);
    record.set("c", 4);
    record.set("b", undefined);
    expect(record.get("toString")).toBeUndefined();
    const out = record.finish();
    expect(Object.entries(out)).toEqual([
      ["a", 10],
      ["__proto__", 2],
      ["c", 4],
    ]);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.isFrozen(out)).toBe(true);
    expect(Object.entries(base)).toEqual([
      ["a", 1],
      ["__proto__", 2],
      ["b", 3],
    ]);
  });
});
