import { describe, expect, test } from "vitest";
import { applyChanges } from "../../src/admin/applyChanges.js";
import { diffAccess } from "../../src/admin/diff.js";
import { previewChanges } from "../../src/admin/diffPreview.js";
import { isDeeplyFrozen } from "../freeze.js";
import { GUIDE_JSON, guide } from "./diffFixtures.js";

describe("previewChanges (DIF-1, AUD-1)", () => {
  test("DIF-1, CAP-6: adding a Custom-roles member without a role to a group is a gain, and removes the audit's error", () => {
    // Step 5: "Add any unassigned members to the appropriate groups before continuing."
    const org = guide({ members: [...GUIDE_JSON.members, { id: "u-nogroup", role: "custom" }] });
    const changes = [{ kind: "addGroupMembers", groupId: "g-mkt", memberIds: ["u-nogroup"] }] as const;
    const preview = previewChanges(org, changes);
    expect(preview.diff).toEqual(diffAccess(org, applyChanges(org, changes)));
    expect(preview.diff.members.map((m) => [m.memberId, m.losses])).toEqual([["u-nogroup", 0]]);
    expect(preview.findingsRemoved.map((f) => [f.kind, f.memberIds])).toEqual([
      ["custom-member-without-role", ["u-nogroup"]],
    ]);
    expect(preview.findingsAdded).toEqual([]);
    expect(isDeeplyFrozen(preview)).toBe(true);
  });

  test("AUD-1: a change that leaves a dangling assignment adds that finding; the same finding on both sides is neither", () => {
    const org = guide({ roleAssignments: [...GUIDE_JSON.roleAssignments, { groupId: "g-gone", roleId: "eng" }] });
    const preview = previewChanges(org, [{ kind: "setMemberSpendLimit", memberId: "u-eng", limit: 1000 }]);
    expect(preview.diff.members.map((m) => m.memberId)).toEqual(["u-eng"]);
    expect(preview.findingsAdded).toEqual([]);
    expect(preview.findingsRemoved).toEqual([]);
    const dangling = previewChanges(org, [{ kind: "assignRole", groupId: "g-gone2", roleId: "mkt" }]);
    expect(dangling.findingsAdded.map((f) => [f.kind, f.groupIds])).toEqual([["dangling-reference", ["g-gone2"]]]);
    expect(dangling.diff.members).toEqual([]);
    // Removing Marketing's group leaves u-mkt, set to Custom roles, without a role (CAP-6, Step 5).
    const removed = previewChanges(org, [{ kind: "removeGroup", groupId: "g-mkt" }]);
    expect(removed.findingsAdded.map((f) => [f.kind, f.memberIds])).toEqual([
      ["custom-member-without-role", ["u-mkt"]],
    ]);
    expect(previewChanges(org, []).diff.members).toEqual([]);
  });

  test("AUD-1, GRP-3: a group mapping that demotes an Owner adds the mapping-demotes finding, and the diff shows the change", () => {
    // "I lost Admin/Owner access after enabling group mappings."
    const preview = previewChanges(guide(), [
      { kind: "addGroupMembers", groupId: "g-mkt", memberIds: ["u-owner"] },
      { kind: "setGroupMappings", enabled: true, mappings: [{ groupId: "g-mkt", role: "user" }] },
    ]);
    expect(preview.findingsAdded.filter((f) => f.kind === "mapping-demotes").map((f) => f.memberIds)).toEqual([
      ["u-owner"],
    ]);
    expect(preview.diff.members.find((m) => m.memberId === "u-owner")?.differences[0]).toEqual({
      kind: "built-in-role",
      effect: "change",
      before: "owner",
      after: "user",
    });
  });
});
