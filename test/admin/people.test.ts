// Example tests of the group, assignment and member kinds (guide Steps 4, 6 and 8), with every failure
// of SPEC §8's table.
import { describe, expect, it } from "vitest";
import { applyChanges } from "../../src/admin/applyChanges.js";
import { acme, failure } from "./fixtures.js";

describe("groups (Step 4)", () => {
  it("CHG-4: addGroup adds a group with no members by default, at the given place", () => {
    const org = applyChanges(acme(), [
      { kind: "addGroup", group: { id: "g-mkt", name: "Marketing", source: "manual" } },
      { kind: "addGroup", group: { id: "g-sup", name: "Support", source: "scim", members: ["u2"] }, at: 0 },
    ]);
    expect(org.groups.map((g) => [g.id, g.members])).toEqual([
      ["g-sup", ["u2"]],
      ["g-eng", ["u1", "u2", "x9"]],
      ["g-ops", ["u2"]],
      ["g-mkt", []],
    ]);
  });

  it("CHG-4: removeGroup removes the group, its role assignments, its group limit and its mappings", () => {
    const org = applyChanges(acme(), [{ kind: "removeGroup", groupId: "g-eng" }]);
    expect(org.groups.map((g) => g.id)).toEqual(["g-ops"]);
    expect(org.roleAssignments).toEqual([{ groupId: "g-ops", roleId: "ops" }]);
    expect(org.spend?.groupLimits).toEqual([{ groupId: "g-ops", limit: 500 }]);
    expect(org.groupMappings?.mappings).toEqual([]);
  });

  it("CHG-4: addGroupMembers inserts the ids not listed yet, in the order given; removeGroupMembers ignores ids not listed", () => {
    const org = applyChanges(acme(), [
      { kind: "addGroupMembers", groupId: "g-eng", memberIds: ["u3", "u1", "u4", "u3"], at: 1 },
      { kind: "removeGroupMembers", groupId: "g-eng", memberIds: ["x9", "nobody"] },
    ]);
    expect(org.groups[0]?.members).toEqual(["u1", "u3", "u4", "u2"]);
  });

  it("CHG-1: a change that changes nothing applies and changes nothing", () => {
    const org = acme();
    // CHG-2: the org itself, as no part of it was touched.
    expect(applyChanges(org, [{ kind: "addGroupMembers", groupId: "g-eng", memberIds: ["u1"] }])).toBe(org);
    expect(applyChanges(org, [{ kind: "removeGroupMembers", groupId: "g-eng", memberIds: ["nobody"] }])).toBe(org);
    expect(applyChanges(org, [])).toBe(org);
  });

  it("CHG-1: a group id that exists, a missing group, or an `at` outside the list cannot apply", () => {
    expect(
      failure(acme(), [{ kind: "addGroup", group: { id: "g-eng", name: "E", source: "manual" } }]),
    ).toMatchInlineSnapshot(
      `"cannot apply changes[0] (addGroup): group \`g-eng\` exists already: give the new group its own id"`,
    );
    expect(
      failure(acme(), [{ kind: "addGroup", group: { id: "g-new", name: "E", source: "manual" }, at: 9 }]),
    ).toMatchInlineSnapshot(
      `"cannot apply changes[0] (addGroup): \`at\` is 9, outside 0..2: insert at an index from 0 to the length of the list"`,
    );
    expect(failure(acme(), [{ kind: "removeGroup", groupId: "nope" }])).toMatchInlineSnapshot(
      `"cannot apply changes[0] (removeGroup): no group \`nope\`: check the group id"`,
    );
    expect(failure(acme(), [{ kind: "addGroupMembers", groupId: "nope", memberIds: [] }])).toMatchInlineSnapshot(
      `"cannot apply changes[0] (addGroupMembers): no group \`nope\`: check the group id"`,
    );
    expect(
      failure(acme(), [{ kind: "addGroupMembers", groupId: "g-ops", memberIds: ["u1"], at: 2 }]),
    ).toMatchInlineSnapshot(
      `"cannot apply changes[0] (addGroupMembers): \`at\` is 2, outside 0..1: insert at an index from 0 to the length of the list"`,
    );
    expect(failure(acme(), [{ kind: "removeGroupMembers", groupId: "nope", memberIds: ["u1"] }])).toMatchInlineSnapshot(
      `"cannot apply changes[0] (removeGroupMembers): no group \`nope\`: check the group id"`,
    );
  });
});

describe("role assignments (Step 4)", () => {
  it("CAP-4, IN-2: assignRole adds the assignment, even to a group or role that is missing", () => {
    const org = applyChanges(acme(), [
      { kind: "assignRole", groupId: "g-ops", roleId: "eng", at: 0 },
      { kind: "assignRole", groupId: "g-elsewhere", roleId: "gone" },
    ]);
    expect(org.roleAssignments).toEqual([
      { groupId: "g-ops", roleId: "eng" },
      { groupId: "g-eng", roleId: "eng" },
      { groupId: "g-ops", roleId: "ops" },
      { groupId: "g-elsewhere", roleId: "gone" },
    ]);
  });

  it("CHG-4: unassignRole removes the assignment", () => {
    expect(applyChanges(acme(), [{ kind: "unassignRole", groupId: "g-eng", roleId: "eng" }]).roleAssignments).toEqual([
      { groupId: "g-ops", roleId: "ops" },
    ]);
  });

  it("CHG-1: an assignment that exists cannot be added, a missing one cannot be removed", () => {
    expect(failure(acme(), [{ kind: "assignRole", groupId: "g-eng", roleId: "eng" }])).toMatchInlineSnapshot(
      `"cannot apply changes[0] (assignRole): role \`eng\` is assigned to group \`g-eng\` already: assign it once"`,
    );
    expect(failure(acme(), [{ kind: "assignRole", groupId: "g-eng", roleId: "ops", at: -1 }])).toMatchInlineSnapshot(`
      "cannot apply changes[0] (assignRole): invalid change: 1 issue
      ✖ expected an index: a whole number, 0 or more, received -1 → at changes[0].at"
    `);
    expect(failure(acme(), [{ kind: "unassignRole", groupId: "g-ops", roleId: "eng" }])).toMatchInlineSnapshot(
      `"cannot apply changes[0] (unassignRole): role \`eng\` is not assigned to group \`g-ops\`: nothing to unassign"`,
    );
  });
});

describe("members (Steps 6 and 8)", () => {
  it("CHG-4: addMember and removeMember; groups keep the id of a removed member (GRP-1)", () => {
    const org = applyChanges(acme(), [
      { kind: "addMember", member: { id: "u3", email: "eve@acme.test", role: "custom" }, at: 1 },
      { kind: "removeMember", memberId: "u1" },
    ]);
    expect(org.members.map((m) => m.id)).toEqual(["u3", "u2"]);
    expect(org.groups[0]?.members).toContain("u1");
  });

  it("Step 6: setBuiltInRole moves members in bulk; setSeat and setMemberSpendLimit set or remove", () => {
    const org = applyChanges(acme(), [
      { kind: "setBuiltInRole", memberIds: ["u1", "u2"], role: "admin" },
      { kind: "setSeat", memberIds: ["u1"], seat: null },
      { kind: "setSeat", memberIds: ["u2"], seat: "chat" },
      { kind: "setMemberSpendLimit", memberId: "u1", limit: null },
      { kind: "setMemberSpendLimit", memberId: "u2", limit: 700 },
    ]);
    expect(org.members).toEqual([
      { id: "u1", email: "ana@acme.test", role: "admin" },
      { id: "u2", role: "admin", seat: "chat", spendLimit: 700 },
    ]);
  });

  it("CHG-1: a member id that exists, a missing member, or a change to or from primary owner cannot apply", () => {
    const owned = applyChanges(acme(), [{ kind: "addMember", member: { id: "po", role: "primary-owner" } }]);
    expect(failure(acme(), [{ kind: "addMember", member: { id: "u1", role: "user" } }])).toMatchInlineSnapshot(
      `"cannot apply changes[0] (addMember): member \`u1\` exists already: give the new member its own id"`,
    );
    expect(failure(acme(), [{ kind: "addMember", member: { id: "u9", role: "user" }, at: 3 }])).toMatchInlineSnapshot(
      `"cannot apply changes[0] (addMember): \`at\` is 3, outside 0..2: insert at an index from 0 to the length of the list"`,
    );
    expect(failure(acme(), [{ kind: "removeMember", memberId: "nope" }])).toMatchInlineSnapshot(
      `"cannot apply changes[0] (removeMember): no member \`nope\`: check the member id"`,
    );
    expect(
      failure(acme(), [{ kind: "setBuiltInRole", memberIds: ["u1", "nope"], role: "user" }]),
    ).toMatchInlineSnapshot(`"cannot apply changes[0] (setBuiltInRole): no member \`nope\`: check the member id"`);
    expect(
      failure(acme(), [{ kind: "setBuiltInRole", memberIds: ["u2"], role: "primary-owner" }]),
    ).toMatchInlineSnapshot(
      `"cannot apply changes[0] (setBuiltInRole): member \`u2\` cannot become the primary owner by a role assignment: transfer primary ownership instead"`,
    );
    expect(failure(owned, [{ kind: "setBuiltInRole", memberIds: ["po"], role: "owner" }])).toMatchInlineSnapshot(
      `"cannot apply changes[0] (setBuiltInRole): member \`po\` is the primary owner: transfer primary ownership before changing their role"`,
    );
    expect(applyChanges(owned, [{ kind: "setBuiltInRole", memberIds: ["po"], role: "primary-owner" }])).toEqual(owned);
    expect(failure(acme(), [{ kind: "setSeat", memberIds: ["nope"], seat: "chat" }])).toMatchInlineSnapshot(
      `"cannot apply changes[0] (setSeat): no member \`nope\`: check the member id"`,
    );
    expect(failure(acme(), [{ kind: "setMemberSpendLimit", memberId: "nope", limit: 1 }])).toMatchInlineSnapshot(
      `"cannot apply changes[0] (setMemberSpendLimit): no member \`nope\`: check the member id"`,
    );
  });
});
