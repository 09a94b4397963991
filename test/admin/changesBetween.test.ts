import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { applyChanges } from "../../src/admin/applyChanges.js";
import { MigrationError, changesBetween } from "../../src/admin/changesBetween.js";
import { isDeeplyFrozen } from "../freeze.js";
import { GUIDE_JSON, guide, withRole } from "./diffFixtures.js";
import { arbMigration, withDefaults } from "./planFixtures.js";

describe("changesBetween (PLN-1)", () => {
  test("PLN-1: no change between an org and itself", () => {
    expect(changesBetween(guide(), guide())).toEqual([]);
  });

  test("PLN-1: the changes of a role update and a capability switched on, in the guide's order", () => {
    const after = guide({ ...withRole("mkt", { capabilities: ["chat", "cowork"] }), capabilities: { ...GUIDE_JSON.capabilities, memory: true } });
    const changes = changesBetween(guide(), after);
    expect(changes).toEqual([
      { kind: "updateRole", roleId: "mkt", capabilities: ["chat", "cowork"] },
      { kind: "setOrgCapability", capability: "memory", enabled: true },
    ]);
    expect(isDeeplyFrozen(changes)).toBe(true);
  });

  test("PLN-1: a group whose name differs is removed and added again, with its assignment and limit", () => {
    const groups = GUIDE_JSON.groups.map((g) => (g.id === "g-eng" ? { ...g, name: "Engineers" } : g));
    const after = guide({ groups });
    const changes = changesBetween(guide(), after);
    expect(changes.map((c) => c.kind)).toEqual(["removeGroup", "addGroup", "assignRole", "setGroupSpendLimit"]);
    expect(withDefaults(applyChanges(guide(), changes))).toEqual(withDefaults(after));
  });

  test("PLN-1: items out of place are removed and inserted again at the right index", () => {
    const after = guide({ members: [...GUIDE_JSON.members].reverse(), roles: [...GUIDE_JSON.roles].reverse() });
    expect(withDefaults(applyChanges(guide(), changesBetween(guide(), after)))).toEqual(withDefaults(after));
  });

  test("PLN-1: a target that differs where no change reaches fails naming the field", () => {
    expect(() => changesBetween(guide(), guide({ billing: "seat" }))).toThrow(MigrationError);
    expect(() => changesBetween(guide(), guide({ billing: "seat" }))).toThrow(
      "cannot plan a change of `billing` from `usage` to `seat`: no change sets it, so the target must keep it (PLN-1)",
    );
    try {
      changesBetween(guide(), guide({ parentId: "acme-parent" }));
    } catch (error) {
      expect((error as MigrationError).field).toBe("parentId");
    }
  });

  test("PLN-1 property: the changes turn before into after, up to defaults", () => {
    fc.assert(
      fc.property(arbMigration(), ([before, after]) => {
        expect(withDefaults(applyChanges(before, changesBetween(before, after)))).toEqual(withDefaults(after));
      }),
      { numRuns: 200 },
    );
  });
});

describe("changesBetween on lists (PLN-1, CHG-4)", () => {
  test("PLN-1: a group's member list: ids gone or out of place are removed, runs of new ids added in one change each", () => {
    // Step 4: "Add members to the appropriate groups."
    const groups = (members: string[]) => ({ groups: [{ id: "g-eng", name: "Engineering", source: "manual", members }, GUIDE_JSON.groups[1]] });
    const before = guide(groups(["a", "b", "c", "x"]));
    const after = guide(groups(["d", "e", "a", "x", "c", "f", "g"]));
    const changes = changesBetween(before, after);
    expect(changes).toEqual([
      { kind: "removeGroupMembers", groupId: "g-eng", memberIds: ["b", "c"] },
      { kind: "addGroupMembers", groupId: "g-eng", memberIds: ["d", "e"], at: 0 },
      { kind: "addGroupMembers", groupId: "g-eng", memberIds: ["c", "f", "g"] },
    ]);
    expect(withDefaults(applyChanges(before, changes))).toEqual(withDefaults(after));
  });
});
