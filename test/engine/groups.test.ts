import { describe, expect, test } from "vitest";
import { resolveCapability, resolveAccess, resolveToolLevel, type Org } from "../../src/index.js";
import { baseOrg, frozen } from "./fixtures.js";

const role = { id: "r", name: "Cowork", capabilities: ["chat", "cowork"], connectors: { all: "always" as const } };

function org(over: Partial<Org>): Org {
  return baseOrg({ capabilities: { chat: true, cowork: true }, roles: [role], ...over });
}

describe("groups, orgs and built-in roles", () => {
  test("GRP-1: a group member who is not a member of this org gets nothing here", () => {
    const o = org({
      groups: [{ id: "g", name: "G", source: "manual", members: ["u1", "sibling"] }],
      roleAssignments: [{ groupId: "g", roleId: "r" }],
      members: [{ id: "u1", role: "custom" }],
    });
    expect(resolveCapability(o, "u1", "cowork").granted).toBe(true);
    expect(resolveCapability(o, "sibling", "cowork").granted).toBe(false);
    expect(resolveAccess(o, "sibling").known).toBe(false);
  });

  test("GRP-1, IN-2: a group that lists a member twice counts once for them", () => {
    const o = org({
      groups: [
        { id: "g", name: "G", source: "manual", members: ["u1", "u1", "ghost", "u1"] },
        { id: "h", name: "H", source: "manual", members: ["u1"] },
      ],
      roleAssignments: [{ groupId: "g", roleId: "r" }],
      members: [{ id: "u1", email: "u1@acme.test", role: "custom" }],
    });
    const access = resolveAccess(o, "u1");
    expect(access.groups.map((g) => g.groupId)).toEqual(["g", "h"]);
    expect(access.roles).toMatchObject([{ roleId: "r", via: ["g"] }]);
    expect(resolveCapability(o, "u1", "cowork").reasons).toMatchObject([
      { kind: "role-grants-capability", groups: ["g"] },
    ]);
  });

  test("GRP-1: roles held are in org role order, whatever the order of the groups that give them (a few, or many)", () => {
    for (const count of [5, 40]) {
      const ids = Array.from({ length: count }, (_, k) => `r${String(k).padStart(2, "0")}`);
      const roles = ids.map((id) => ({ ...role, id, name: id }));
      // Group k gives role count-1-k and role k: the member meets the roles in reverse org order first.
      const groups = ids.map((_, k) => ({ id: `g${k}`, name: `G${k}`, source: "manual" as const, members: ["u1"] }));
      const roleAssignments = ids.flatMap((_, k) => [
        { groupId: `g${k}`, roleId: ids[count - 1 - k] as string },
        { groupId: `g${k}`, roleId: ids[k] as string },
      ]);
      const o = org({ roles, groups, roleAssignments, members: [{ id: "u1", role: "custom" }] });
      expect(resolveAccess(o, "u1").roles.map((r) => r.roleId)).toEqual(ids);
    }
  });

  test("GRP-1: role assignments are per org: a child org that does not assign the role grants nothing", () => {
    const groups = [{ id: "g", name: "G", source: "scim" as const, members: ["u1"] }];
    const parent = org({
      groups,
      roleAssignments: [{ groupId: "g", roleId: "r" }],
      members: [{ id: "u1", role: "custom" }],
    });
    const child = org({
      id: "acme-eu",
      parentId: "acme",
      groups,
      roleAssignments: [],
      members: [{ id: "u1", role: "custom" }],
    });
    expect(resolveCapability(parent, "u1", "cowork").granted).toBe(true);
    expect(resolveCapability(child, "u1", "cowork").granted).toBe(false);
  });

  describe("GRP-2: SCIM groups count for custom roles only in SCIM orgs", () => {
    const shape = (provisioning: Org["provisioning"]) =>
      org({
        provisioning,
        groups: [
          { id: "g-scim", name: "IdP", source: "scim", members: ["u1"] },
          { id: "g-manual", name: "Manual", source: "manual", members: ["u2"] },
        ],
        roleAssignments: [
          { groupId: "g-scim", roleId: "r" },
          { groupId: "g-manual", roleId: "r" },
        ],
        members: [
          { id: "u1", role: "custom" },
          { id: "u2", role: "custom" },
        ],
      });

    test.each(["invite-only", "jit"] as const)(
      "in a %s org SCIM groups are ignored for RBAC, manual ones count",
      (mode) => {
        const o = shape(mode);
        expect(resolveCapability(o, "u1", "cowork").granted).toBe(false);
        expect(resolveCapability(o, "u2", "cowork").granted).toBe(true);
        expect(resolveAccess(o, "u1").groups).toEqual([
          { groupId: "g-scim", name: "IdP", source: "scim", countsForRoles: false },
        ]);
        expect(resolveToolLevel(o, "u1", "c", "t").level).toBe("blocked");
      },
    );

    test("in a scim org both count", () => {
      const o = shape("scim");
      expect(resolveCapability(o, "u1", "cowork").granted).toBe(true);
      expect(resolveCapability(o, "u2", "cowork").granted).toBe(true);
    });
  });

  describe("GRP-3: group mappings", () => {
    const mapped = (
      mappings: NonNullable<NonNullable<Org["groupMappings"]>["mappings"]>,
      enabled = true,
      members: Org["members"] = [{ id: "u1", role: "user" }],
    ) =>
      org({
        groups: [
          { id: "g-a", name: "A", source: "scim", members: ["u1"] },
          { id: "g-b", name: "B", source: "scim", members: ["u1"] },
        ],
        roleAssignments: [{ groupId: "g-a", roleId: "r" }],
        groupMappings: { enabled, mappings },
        members,
      });

    test("a member in a group mapped to Custom roles is governed by custom roles", () => {
      const o = mapped([{ groupId: "g-a", role: "custom" }]);
      const access = resolveAccess(o, "u1");
      expect(access.builtInRole).toBe("custom");
      expect(access.storedRole).toBe("user");
      expect(access.mappedVia).toEqual(["g-a"]);
      expect(resolveCapability(o, "u1", "cowork").rules).toEqual(["GRP-3", "CAP-4"]);
    });

    test("custom wins over user (the guide), and owner > admin > custom (Decision)", () => {
      expect(
        resolveAccess(
          mapped([
            { groupId: "g-a", role: "user" },
            { groupId: "g-b", role: "custom" },
          ]),
          "u1",
        ).builtInRole,
      ).toBe("custom");
      expect(
        resolveAccess(
          mapped([
            { groupId: "g-a", role: "custom" },
            { groupId: "g-b", role: "admin" },
          ]),
          "u1",
        ).builtInRole,
      ).toBe("admin");
      expect(
        resolveAccess(
          mapped([
            { groupId: "g-a", role: "owner" },
            { groupId: "g-b", role: "admin" },
          ]),
          "u1",
        ).builtInRole,
      ).toBe("owner");
    });

    test("the guide's SCIM note: a group mapped to User but assigned a custom role gets no custom-role permissions", () => {
      const o = mapped([{ groupId: "g-a", role: "user" }], true, [{ id: "u1", role: "custom" }]);
      expect(resolveAccess(o, "u1").builtInRole).toBe("user");
      expect(resolveCapability(o, "u1", "chat").rules).toEqual(["GRP-3", "CAP-3"]);
    });

    test("every mapped group that sets the role is named", () => {
      const o = mapped([
        { groupId: "g-a", role: "custom" },
        { groupId: "g-b", role: "custom" },
      ]);
      expect(resolveAccess(o, "u1").mappedVia).toEqual(["g-a", "g-b"]);
      expect(resolveCapability(o, "u1", "cowork").reasons[0]).toMatchObject({
        kind: "group-mapping",
        rule: "GRP-3",
        groups: ["g-a", "g-b"],
      });
    });

    test("a member in no mapped group keeps the stored role; disabled mappings change nothing", () => {
      const o = mapped([{ groupId: "g-other", role: "owner" }]);
      expect(resolveAccess(o, "u1").builtInRole).toBe("user");
      expect(resolveAccess(mapped([{ groupId: "g-a", role: "owner" }], false), "u1").builtInRole).toBe("user");
    });

    test("a Primary Owner is never changed by mappings", () => {
      const o = mapped([{ groupId: "g-a", role: "custom" }], true, [{ id: "u1", role: "primary-owner" }]);
      expect(resolveAccess(o, "u1").builtInRole).toBe("primary-owner");
    });

    test("mapped groups count whatever their source and the provisioning mode", () => {
      const o = frozen({ ...mapped([{ groupId: "g-a", role: "admin" }]), provisioning: "invite-only" as const });
      expect(resolveAccess(o, "u1").builtInRole).toBe("admin");
    });
  });

  test("GRP-4: Owners and Primary Owners are never governed by custom roles nor connector role grants", () => {
    const o = org({
      roles: [{ id: "r", name: "Nothing", capabilities: [], connectors: { all: "blocked" } }],
      connectors: [{ id: "c", name: "C", tools: ["t"] }],
      groups: [{ id: "g", name: "G", source: "manual", members: ["o1", "o2"] }],
      roleAssignments: [{ groupId: "g", roleId: "r" }],
      members: [
        { id: "o1", role: "owner" },
        { id: "o2", role: "primary-owner" },
      ],
    });
    for (const id of ["o1", "o2"]) {
      expect(resolveCapability(o, id, "cowork").granted).toBe(true);
      expect(resolveToolLevel(o, id, "c", "t").level).toBe("always");
      expect(resolveAccess(o, id).governedByCustomRoles).toBe(false);
    }
  });
});
