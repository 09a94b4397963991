// The members' one-pass reader (src/parse/plainMembers.ts) against the reporting reader it stands in
// for (IN-1): on any list it gives either nothing, and the reporting reader reads the list, or exactly
// that reader's list, field for field and in its order; and it gives the list whenever every member is
// plain and valid, so a large org is read in one pass.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OrgValidationError, parseOrg } from "../../src/index.js";
import type { Member } from "../../src/org.js";
import { ROOT, newContext } from "../../src/parse/context.js";
import { reportMembers } from "../../src/parse/people.js";
import { plainMembers } from "../../src/parse/plainMembers.js";
import { NOT_PLAIN, plainKeys, plainValue } from "../../src/parse/read.js";
import { positionsOf } from "../../src/parse/produced.js";
import { HOSTILE_IDS, arbMember } from "../arbitraries.js";
import { expectStandsIn, listsWithOddLengths, minimalOrg, throwingList } from "./fixtures.js";

/** What the reporting reader makes of a list: the members, or undefined after reporting. */
function reported(value: unknown): readonly Member[] | undefined {
  return reportMembers(newContext(), value, ROOT);
}

/** The one-pass reader's list, or undefined. */
function plain(value: unknown): readonly Member[] | undefined {
  return plainMembers(newContext(), value)?.members;
}

/** A member with its properties in the order given by `order` (JSON from outside has any order). */
function reordered(member: Member, order: readonly number[]): Record<string, unknown> {
  const entries = Object.entries(member);
  return Object.fromEntries(order.filter((i) => i < entries.length).map((i) => entries[i] as [string, unknown]));
}

/** Members with distinct ids, each with its properties in some order. */
const arbMembers = fc
  .uniqueArray(arbMember(), { selector: (m) => m.id, maxLength: 8 })
  .chain((members) =>
    fc.tuple(
      fc.constant(members),
      fc.array(fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5 }), {
        minLength: members.length,
        maxLength: members.length,
      }),
    ),
  )
  .map(([members, orders]) => members.map((m, i) => reordered(m, orders[i] as number[])));

/** One way to spoil a member (IN-1): each is an issue the reporting reader reports. */
const arbSpoil: fc.Arbitrary<(m: Record<string, unknown>) => unknown> = fc.oneof(
  fc.constantFrom(
    (m: Record<string, unknown>) => ({ ...m, id: "" }),
    (m: Record<string, unknown>) => ({ ...m, id: 7 }),
    (m: Record<string, unknown>) => ({ ...m, role: "Custom" }),
    (m: Record<string, unknown>) => ({ ...m, seat: "Chat" }),
    (m: Record<string, unknown>) => ({ ...m, seat: null }),
    (m: Record<string, unknown>) => ({ ...m, email: 42 }),
    (m: Record<string, unknown>) => ({ ...m, spendLimit: -5 }),
    (m: Record<string, unknown>) => ({ ...m, spendLimit: 1.5 }),
    (m: Record<string, unknown>) => ({ ...m, spendLimt: 100 }),
    (m: Record<string, unknown>) => Object.fromEntries(Object.entries(m).filter(([k]) => k !== "role")),
    (m: Record<string, unknown>) => Object.fromEntries(Object.entries(m).filter(([k]) => k !== "id")),
    (m: Record<string, unknown>) => [m],
    (m: Record<string, unknown>) => JSON.stringify(m),
  ),
  fc.anything().map((v) => (m: Record<string, unknown>) => ({ ...m, role: v })),
  fc.anything().map(() => () => null),
);

describe("the members' one-pass reader stands in for the reporting reader (IN-1)", () => {
  it("reads every list of plain, valid members, as the reporting reader does, field for field and in its order", () => {
    fc.assert(
      fc.property(arbMembers, (members) => {
        const fast = plain(members);
        expect(fast).toBeDefined();
        expect(fast).toStrictEqual(reported(members));
        // The same order of properties as the reporting reader's, whatever the input's order.
        expect(fast?.map((m) => Object.keys(m))).toStrictEqual(reported(members)?.map((m) => Object.keys(m)));
        expect(fast?.every((m) => Object.isFrozen(m))).toBe(true);
        expect(Object.isFrozen(fast)).toBe(true);
      }),
    );
  });

  it("never gives a list the reporting reader refuses, nor one it reads otherwise", () => {
    const arbList = arbMembers.chain((members) =>
      fc.array(fc.tuple(fc.nat(Math.max(0, members.length - 1)), arbSpoil), { maxLength: 2 }).map((spoils) => {
        const list: unknown[] = [...members];
        for (const [at, spoil] of spoils) if (at < list.length) list[at] = spoil(list[at] as Record<string, unknown>);
        return list;
      }),
    );
    fc.assert(fc.property(arbList, (list) => expectStandsIn(plain, reported, list)));
  });

  it("gives every position of the ids it read, and no two members share an id", () => {
    const members = [
      { id: "u1", role: "user" },
      { id: "__proto__", role: "custom" },
      { id: "u3", role: "admin" },
    ];
    expect([...(plainMembers(newContext(), members)?.positions ?? [])]).toStrictEqual([
      ["u1", 0],
      ["__proto__", 1],
      ["u3", 2],
    ]);
    expect(plain([...members, { id: "u1", role: "owner" }])).toBeUndefined();
    expect(plain(HOSTILE_IDS.map((id) => ({ id, role: "user" })))?.map((m) => m.id)).toStrictEqual(HOSTILE_IDS);
  });

  it("reads -0 as a limit of 0, as readMoney does, and keeps every optional property that is present", () => {
    const [member] = plain([{ spendLimit: -0, seat: "chat-code", role: "custom", email: "", id: "u1" }]) ?? [];
    expect(Object.is(member?.spendLimit, 0)).toBe(true);
    expect(member).toStrictEqual({ id: "u1", email: "", role: "custom", seat: "chat-code", spendLimit: 0 });
    expect(Object.keys(member ?? {})).toStrictEqual(["id", "email", "role", "seat", "spendLimit"]);
    expect(plain([{ id: "u2", role: "user", spendLimit: 0 }])).toStrictEqual([
      { id: "u2", role: "user", spendLimit: 0 },
    ]);
    expect(plain([])).toStrictEqual([]);
  });

  it.each([
    ["a value that is not an array", { 0: { id: "u1", role: "user" }, length: 1 }],
    [
      "an array with a hole",
      Object.assign(new Array<unknown>(3), { 0: { id: "u1", role: "user" }, 2: { id: "u3", role: "user" } }),
    ],
    ["members that are primitives", ["id", 5, true, null, undefined]],
    ["a member that is an array with an id and a role", [Object.assign([], { id: "u1", role: "user" })]],
    [
      "a member that is a class instance",
      [
        new (class {
          id = "u1";
          role = "user";
        })(),
      ],
    ],
    ["a member with a getter", [Object.defineProperty({ id: "u1" }, "role", { get: () => "user", enumerable: true })]],
    ["a member without a role", [{ id: "u1" }]],
    ["a member with an empty id", [{ id: "", role: "user" }]],
    ["a member with an unknown property", [{ id: "u1", role: "user", name: "Ana" }]],
    ["a seat outside the format's words", [{ id: "u1", role: "user", seat: "code" }]],
    ["an email that is not a string", [{ id: "u1", role: "user", email: null }]],
    ["a limit that is not a whole number of cents", [{ id: "u1", role: "user", spendLimit: 2 ** 53 }]],
  ])("gives nothing for %s: the reporting reader reports it", (_, value) => {
    expect(plain(value)).toBeUndefined();
  });

  it("runs no getter, and gives nothing, without throwing, when a Proxy's trap throws", () => {
    let ran = false;
    const getter = Object.defineProperty({ id: "u1" }, "role", {
      get: () => {
        ran = true;
        return "user";
      },
      enumerable: true,
    });
    expect(plain([getter])).toBeUndefined();
    expect(ran).toBe(false);
    const throwing = throwingList([{ id: "u1", role: "user" }]);
    expect(() => plain(throwing)).not.toThrow();
    expect(plain(throwing)).toBeUndefined();
    for (const odd of listsWithOddLengths()) expect(plain(odd)).toBeUndefined();
  });

  it("gives nothing for a list that is being read already (a cycle): the reporting reader refuses it", () => {
    const ctx = newContext();
    const list: unknown[] = [];
    ctx.open.push(list);
    expect(plainMembers(ctx, list)).toBeUndefined();
    const member = { id: "u1", role: "user" };
    ctx.open.push(member);
    expect(plainMembers(ctx, [member])).toBeUndefined();
  });
});

describe("plainValue and plainKeys: the reads of the common case, which report nothing and never throw", () => {
  const throwing = new Proxy(
    {},
    {
      getOwnPropertyDescriptor: () => {
        throw new Error("trap");
      },
      ownKeys: () => {
        throw new Error("trap");
      },
    },
  );

  it("gives a data property's value, and NOT_PLAIN for an absent property, a getter or a throwing read", () => {
    expect(plainValue({ a: 1, b: undefined }, "a")).toBe(1);
    expect(plainValue({ a: 1, b: undefined }, "b")).toBeUndefined();
    expect(plainValue(["x"], 0)).toBe("x");
    expect(plainValue(["x"], "length")).toBe(1);
    expect(plainValue({}, "a")).toBe(NOT_PLAIN);
    expect(plainValue(Object.create({ a: 1 }) as object, "a")).toBe(NOT_PLAIN);
    expect(plainValue(Object.defineProperty({}, "a", { get: () => 1 }), "a")).toBe(NOT_PLAIN);
    expect(plainValue(throwing, "a")).toBe(NOT_PLAIN);
  });

  it("lists the own enumerable keys, and gives NOT_PLAIN when listing throws", () => {
    expect(plainKeys({ b: 1, a: 2 })).toStrictEqual(["b", "a"]);
    expect(plainKeys(throwing)).toBe(NOT_PLAIN);
    expect(plainKeys("ab")).toStrictEqual(["0", "1"]);
    expect(plainKeys(5)).toStrictEqual([]);
    expect(plainKeys(null)).toBe(NOT_PLAIN);
    expect(plainKeys(undefined)).toBe(NOT_PLAIN);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(plainKeys(proxy)).toBe(NOT_PLAIN);
    expect(plainValue(proxy, "a")).toBe(NOT_PLAIN);
  });

  it("a member whose reading throws leaves the list to the reporting reader, which reports it", () => {
    const { proxy, revoke } = Proxy.revocable({ id: "u1", role: "user" }, {});
    revoke();
    for (const member of [throwing, proxy]) {
      expect(plain([member])).toBeUndefined();
      expect(() => parseOrg({ ...minimalOrg(), members: [member] })).toThrow(OrgValidationError);
    }
  });
});

describe("the parser hands the members' positions to the compiler", () => {
  it("records the position of each member id of a parsed org, keyed by its list of members", () => {
    const org = parseOrg({
      ...minimalOrg(),
      members: [
        { id: "u1", role: "primary-owner" },
        { id: "u2", role: "user" },
      ],
    });
    expect([...(positionsOf(org.members) ?? [])]).toStrictEqual([
      ["u1", 0],
      ["u2", 1],
    ]);
    expect(positionsOf([...org.members])).toBeUndefined();
  });
});
