// The profile table (src/engine/profiles.ts): members share a profile exactly when their built-in
// role, seat and roles are the same, even when two different profiles land in the same slot of the
// hash table. Random orgs rarely make two profiles collide, so these tests look for colliding pairs.
import { test } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashOf, internProfiles, kindOf as kindNumber } from "../../src/engine/profiles.js";
import type { CompiledRole } from "../../src/engine/roles.js";
import type { BuiltInRole, Seat } from "../../src/org.js";
import { flatLists } from "./fixtures.js";

const BUILT_IN: readonly BuiltInRole[] = ["primary-owner", "owner", "admin", "user", "custom"];
const SEATS: readonly (Seat | null)[] = [null, "chat", "chat-code"];
// Only `order` is read when profiles are interned.
const ROLES = Array.from({ length: 64 }, (_, order) => ({ order }) as CompiledRole);

interface Spec {
  readonly builtInRole: BuiltInRole;
  readonly seat: Seat | null;
  readonly roles: readonly number[];
}

const kindOf = (spec: Spec) => kindNumber(spec.builtInRole, spec.seat);
// Two members: the table has 16 slots.
const slotOf = (spec: Spec) => hashOf(kindOf(spec), Int32Array.from(spec.roles), spec.roles.length) & 15;

/** The profiles of members described by `specs`, in order: member `i` in group `i`, which gives its roles. */
function intern(specs: readonly Spec[]) {
  return internProfiles(ROLES, {
    kinds: Uint8Array.from(specs, kindOf),
    groupsOf: flatLists(specs.map((_, i) => [i])),
    rolesOf: flatLists(specs.map((spec) => spec.roles)),
  });
}

/** The first three specs of the candidates that fit, or an error when none do. */
function pick(candidates: readonly Spec[], fits: (x: Spec, y: Spec, z: Spec) => boolean): [Spec, Spec, Spec] {
  for (const x of candidates)
    for (const y of candidates) for (const z of candidates) if (fits(x, y, z)) return [x, y, z];
  throw new Error("no candidates fit");
}

describe("profiles in one slot of the table", () => {
  it("GRP-1, GRP-3: the same roles with another built-in role or seat is another profile, when the probe for one meets the other", () => {
    // The same roles with another kind never share a home slot (the hash is a bijection of the kind
    // there), so a third profile takes `y`'s home and `y` is probed on to the next slot, `x`'s.
    const candidates = BUILT_IN.flatMap((builtInRole) =>
      SEATS.flatMap((seat) => [3, 5].map((r) => ({ builtInRole, seat, roles: [r] }))),
    );
    const [z, x, y] = pick(
      candidates,
      (z, x, y) =>
        x.roles[0] === 3 &&
        y.roles[0] === 3 &&
        z.roles[0] === 5 &&
        kindOf(x) !== kindOf(y) &&
        slotOf(z) === slotOf(y) &&
        slotOf(x) === (slotOf(y) + 1) % 16,
    );
    const { ofMember, table } = intern([z, x, y]);
    expect(new Set(ofMember).size).toBe(3);
    expect([table.builtInRole(ofMember[2] as number), table.seat(ofMember[2] as number)]).toEqual([
      y.builtInRole,
      y.seat,
    ]);
  });

  it("GRP-1: the same built-in role and seat with one role more is another profile, and the same profile twice is one", () => {
    // `a` holds role 0, `c` role r, `b` roles 0 and r: laid out flat, a's roles and c's read as b's.
    const candidates = ROLES.flatMap((_, r) =>
      r === 0 ? [] : [{ builtInRole: "custom" as const, seat: null, roles: [0, r] }],
    );
    const a: Spec = { builtInRole: "custom", seat: null, roles: [0] };
    const b = candidates.find((spec) => slotOf(spec) === slotOf(a));
    if (b === undefined) throw new Error("no candidate collides");
    const c: Spec = { builtInRole: "custom", seat: null, roles: [b.roles[1] as number] };
    const { ofMember, table } = intern([a, c, b]);
    expect(new Set(ofMember).size).toBe(3);
    expect(table.roleCount(ofMember[2] as number)).toBe(2);
    // Profiles after the first are compared from their own start: equal ones are found again.
    expect(intern([a, c, b, c, b, a]).ofMember).toEqual(Int32Array.from([0, 1, 2, 1, 2, 0]));
    // Where the role before a profile's differs from its second, a comparison that walked backwards would miss it.
    const d: Spec = { builtInRole: "custom", seat: null, roles: [b.roles[1] === 1 ? 2 : 1] };
    expect(intern([a, d, b, b]).ofMember).toEqual(Int32Array.from([0, 1, 2, 2]));
  });
});

describe("interning profiles", () => {
  it("GRP-1: a member holds the roles of all their groups, each once, in org role order; the same roles through other groups are the same profile", () => {
    const custom = kindNumber("custom", null);
    const { ofMember, table } = internProfiles(ROLES, {
      kinds: Uint8Array.from([custom, custom, custom, kindNumber("user", null)]),
      groupsOf: flatLists([[0, 1], [2], [], [2]]),
      rolesOf: flatLists([
        [5, 3],
        [3, 1],
        [1, 3, 5, 1],
      ]),
    });
    const orders = (p: number) => Array.from({ length: table.roleCount(p) }, (_, k) => table.role(p, k).order);
    expect(ofMember).toEqual(Int32Array.from([0, 0, 1, 2]));
    expect(table.size).toBe(3);
    expect([orders(0), orders(1), orders(2)]).toEqual([[1, 3, 5], [], [1, 3, 5]]);
    expect([table.builtInRole(2), table.seat(2)]).toEqual(["user", null]);
  });

  test.prop([
    fc.array(fc.uniqueArray(fc.nat(63), { maxLength: 6 }), { minLength: 1, maxLength: 12 }),
    fc.array(fc.record({ kind: fc.nat(14), groups: fc.array(fc.nat(11), { maxLength: 4 }) }), { maxLength: 60 }),
  ])(
    "members share a profile exactly when their kind and the roles of their groups are the same (GRP-1)",
    (groupRoles, specs) => {
      const members = specs.map(({ kind, groups }) => ({
        kind,
        groups: groups.filter((g) => g < groupRoles.length),
      }));
      const { ofMember, table } = internProfiles(ROLES, {
        kinds: Uint8Array.from(members, (m) => m.kind),
        groupsOf: flatLists(members.map((m) => m.groups)),
        rolesOf: flatLists(groupRoles),
      });
      // The model: a member's profile is its kind and the sorted set of its groups' roles.
      const modelOf = (m: (typeof members)[number]) =>
        JSON.stringify([
          m.kind,
          [...new Set(m.groups.flatMap((g) => groupRoles[g] as number[]))].sort((x, y) => x - y),
        ]);
      const tableOf = (p: number) =>
        JSON.stringify([
          kindNumber(table.builtInRole(p), table.seat(p)),
          Array.from({ length: table.roleCount(p) }, (_, k) => table.role(p, k).order),
        ]);
      expect(Array.from(ofMember, tableOf)).toEqual(members.map(modelOf));
      expect(table.size).toBe(new Set(members.map(modelOf)).size);
    },
  );
});
