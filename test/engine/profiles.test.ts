// The profile table (src/engine/profiles.ts): members share a profile exactly when their built-in
// role, seat and roles are the same, even when two different profiles land in the same bucket of the
// hash table. Random orgs rarely make two profiles collide, so these tests also intern with hashes
// that collide: every profile in one bucket, or one bucket per number of roles.
import { test } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashOf, internProfiles, kindOf as kindNumber, type RoleHash } from "../../src/engine/profiles.js";
import type { CompiledRole } from "../../src/engine/roles.js";
import type { BuiltInRole, Seat } from "../../src/org.js";
import { flatLists } from "./fixtures.js";

// Only `order` is read when profiles are interned.
const ROLES = Array.from({ length: 64 }, (_, order) => ({ order }) as CompiledRole);

interface Spec {
  readonly builtInRole: BuiltInRole;
  readonly seat: Seat | null;
  readonly roles: readonly number[];
}

const kindOf = (spec: Spec) => kindNumber(spec.builtInRole, spec.seat);
const oneBucket: RoleHash = () => 0;
const byCount: RoleHash = (_, count) => count;

/** The profiles of members described by `specs`, in order: member `i` in group `i`, which gives its roles. */
function intern(specs: readonly Spec[], hash: RoleHash) {
  return internProfiles(
    ROLES,
    {
      kinds: Uint8Array.from(specs, kindOf),
      groupsOf: flatLists(specs.map((_, i) => [i])),
      rolesOf: flatLists(specs.map((spec) => spec.roles)),
    },
    hash,
  );
}

describe("profiles in one bucket of the table", () => {
  it("GRP-1, GRP-3: the same roles with another built-in role or seat is another profile", () => {
    const x: Spec = { builtInRole: "custom", seat: null, roles: [3] };
    const y: Spec = { builtInRole: "user", seat: "chat", roles: [3] };
    const z: Spec = { builtInRole: "user", seat: "chat-code", roles: [3] };
    const { ofMember, table } = intern([x, y, z, x, y, z], oneBucket);
    expect(ofMember).toEqual(Int32Array.from([0, 1, 2, 0, 1, 2]));
    expect([1, 2].map((p) => [table.builtInRole(p), table.seat(p)])).toEqual([
      ["user", "chat"],
      ["user", "chat-code"],
    ]);
  });

  it("GRP-1: the same built-in role and seat with one role more is another profile, and the same profile twice is one", () => {
    // `a` holds role 0, `c` role 7, `b` roles 0 and 7: laid out flat, a's roles and c's read as b's.
    const a: Spec = { builtInRole: "custom", seat: null, roles: [0] };
    const b: Spec = { builtInRole: "custom", seat: null, roles: [0, 7] };
    const c: Spec = { builtInRole: "custom", seat: null, roles: [7] };
    const { ofMember, table } = intern([a, c, b], oneBucket);
    expect(ofMember).toEqual(Int32Array.from([0, 1, 2]));
    expect(table.roleCount(2)).toBe(2);
    // The roles held as a prefix of another profile's are another profile.
    expect(intern([b, a], oneBucket).ofMember).toEqual(Int32Array.from([0, 1]));
    // Profiles after the first are compared from their own start: equal ones are found again.
    expect(intern([a, c, b, c, b, a], oneBucket).ofMember).toEqual(Int32Array.from([0, 1, 2, 1, 2, 0]));
    // Where the role before a profile's differs from its second, a comparison that walked backwards would miss it.
    const d: Spec = { builtInRole: "custom", seat: null, roles: [1] };
    expect(intern([a, d, b, b], oneBucket).ofMember).toEqual(Int32Array.from([0, 1, 2, 2]));
  });

  it("GRP-1: profiles hashed to other buckets are found in their own", () => {
    const specs = [[], [4], [2, 4], [4, 9], [1, 2, 3]].map((roles): Spec => ({
      builtInRole: "custom",
      seat: null,
      roles,
    }));
    const { ofMember } = intern([...specs, ...[...specs].reverse()], byCount);
    expect(ofMember).toEqual(Int32Array.from([0, 1, 2, 3, 4, 4, 3, 2, 1, 0]));
  });
});

describe("hashOf", () => {
  it("gives a whole number below 2^31, the same for the same roles, reads only the first `count`, and tells apart every set of up to two of 64 roles", () => {
    const sets = [[], ...ROLES.flatMap((_, r) => [[r], ...ROLES.slice(r + 1).map((__, k) => [r, r + 1 + k])])];
    const hashes = sets.map((roles) => hashOf(Int32Array.from(roles), roles.length));
    expect(hashes.every((hash) => Number.isInteger(hash) && hash >= 0 && hash < 2 ** 31)).toBe(true);
    expect(new Set(hashes).size).toBe(sets.length);
    expect(hashOf(Int32Array.from([4, 9]), 2)).toBe(hashes[sets.findIndex((roles) => `${roles}` === "4,9")]);
    expect(hashOf(Int32Array.from([1, 2, 9]), 2)).toBe(hashOf(Int32Array.from([1, 2, 7]), 2));
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
    fc.constantFrom(hashOf, oneBucket, byCount),
  ])(
    "members share a profile exactly when their kind and the roles of their groups are the same, whatever the hash (GRP-1)",
    (groupRoles, specs, hash) => {
      const members = specs.map(({ kind, groups }) => ({
        kind,
        groups: groups.filter((g) => g < groupRoles.length),
      }));
      const { ofMember, table } = internProfiles(
        ROLES,
        {
          kinds: Uint8Array.from(members, (m) => m.kind),
          groupsOf: flatLists(members.map((m) => m.groups)),
          rolesOf: flatLists(groupRoles),
        },
        hash,
      );
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
