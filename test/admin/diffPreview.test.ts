import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { applyChanges } from "../../src/admin/applyChanges.js";
import { auditOrg } from "../../src/admin/audit.js";
import type { Finding } from "../../src/admin/auditFinding.js";
import { diffAccess } from "../../src/admin/diff.js";
import { previewChanges } from "../../src/admin/diffPreview.js";
import { isDeeplyFrozen } from "../freeze.js";
import { parseOrg } from "../../src/index.js";
import { arbOrg } from "../arbitraries.js";
import { arbSeed, arbSeeds, changesFor } from "./arbChanges.js";
import { CHANGE_KINDS } from "../../src/admin/change.js";
import { AUDIT_SECTIONS, readsSameParts } from "../../src/admin/auditSections.js";
import { everyKindJson } from "./auditFixtures.js";
import { withoutRepeats } from "./defaults.js";
import { GUIDE_JSON, guide } from "./diffFixtures.js";

/** The findings of `of` that `than` has not, the naive way: both whole audits, compared by what they are about. */
function naiveOnlyIn(of: readonly Finding[], than: readonly Finding[]): Finding[] {
  const about = (f: Finding) =>
    JSON.stringify([
      f.kind,
      f.memberIds,
      f.groupIds,
      f.roleIds,
      f.connectorIds,
      f.tool,
      f.capability,
      f.kind === "dangling-reference" ? f.reference : f.kind === "mapping-demotes" ? f.builtInRole : null,
    ]);
  const left = [...than].map(about);
  return of.filter((finding) => {
    const index = left.indexOf(about(finding));
    if (index >= 0) left.splice(index, 1);
    return index < 0;
  });
}

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

  test("AUD-1 property: the findings added and removed are those of the two whole audits, compared naively", () => {
    fc.assert(
      fc.property(arbOrg(), arbSeeds(4), (raw, seeds) => {
        const org = parseOrg(JSON.parse(JSON.stringify(withoutRepeats(raw))));
        const changes = changesFor(org, seeds);
        const preview = previewChanges(org, changes);
        const [was, is] = [auditOrg(org), auditOrg(preview.org)];
        expect(preview.findingsAdded).toEqual(naiveOnlyIn(is, was));
        expect(preview.findingsRemoved).toEqual(naiveOnlyIn(was, is));
      }),
      { numRuns: 150 },
    );
  });

  test.each(CHANGE_KINDS)(
    "AUD-1: after one %s on an org with a finding of every kind, the findings added and removed are those of the two whole audits",
    (kind) => {
      const org = parseOrg(everyKindJson());
      // Seeded, so that every kind of change meets every detection the same way in every run.
      for (const seed of fc.sample(arbSeed([kind]), { seed: 8, numRuns: 12 })) {
        const changes = changesFor(org, [seed]);
        const preview = previewChanges(org, changes);
        const [was, is] = [auditOrg(org), auditOrg(preview.org)];
        expect(preview.findingsAdded).toEqual(naiveOnlyIn(is, was));
        expect(preview.findingsRemoved).toEqual(naiveOnlyIn(was, is));
      }
    },
  );

  test("AUD-1: findings about the same ids but of another reference or another demotion are news on both sides", () => {
    // A group limit for a group the org does not have, turned into a mapping of that group.
    const limited = guide({ spend: { ...GUIDE_JSON.spend, groupLimits: [{ groupId: "g-gone", limit: 100 }] } });
    const remapped = previewChanges(limited, [
      { kind: "setGroupSpendLimit", groupId: "g-gone", limit: null },
      { kind: "setGroupMappings", enabled: true, mappings: [{ groupId: "g-gone", role: "user" }] },
    ]);
    const dangling = (findings: readonly Finding[]) =>
      findings.flatMap((f) => (f.kind === "dangling-reference" ? [[f.reference, f.groupIds]] : []));
    expect(dangling(remapped.findingsRemoved)).toEqual([["group-limit", ["g-gone"]]]);
    expect(dangling(remapped.findingsAdded)).toEqual([["mapping", ["g-gone"]]]);
    // An Owner mapped down to User, then down to Custom roles instead.
    const owned = guide({ groupMappings: { enabled: true, mappings: [{ groupId: "g-eng", role: "user" }] } });
    const members = owned.members.map((m) => (m.id === "u-eng" ? { ...m, role: "owner" } : m));
    const org = parseOrg({ ...JSON.parse(JSON.stringify(owned)), members });
    const demoted = previewChanges(org, [
      { kind: "setGroupMappings", mappings: [{ groupId: "g-eng", role: "custom" }] },
    ]);
    const demotions = (findings: readonly Finding[]) =>
      findings.flatMap((f) => (f.kind === "mapping-demotes" ? [[f.memberIds, f.builtInRole]] : []));
    expect(demotions(demoted.findingsRemoved)).toEqual([[["u-eng"], "user"]]);
    expect(demotions(demoted.findingsAdded)).toEqual([[["u-eng"], "custom"]]);
  });

  test("AUD-1: of two findings about the same thing, the one a change takes away is news", () => {
    // Two mapping rows for a group the org does not have; setGroupMappings keeps one of them.
    const mapped = guide({
      groupMappings: {
        enabled: true,
        mappings: [
          { groupId: "g-gone", role: "user" },
          { groupId: "g-gone", role: "admin" },
        ],
      },
    });
    const preview = previewChanges(mapped, [
      { kind: "setGroupMappings", mappings: [{ groupId: "g-gone", role: "user" }] },
    ]);
    const dangling = (findings: readonly Finding[]) =>
      findings.flatMap((f) => (f.kind === "dangling-reference" ? [[f.reference, f.groupIds]] : []));
    expect(dangling(preview.findingsRemoved)).toEqual([["mapping", ["g-gone"]]]);
    expect(dangling(preview.findingsAdded)).toEqual([]);
  });

  test("AUD-1: a detection is skipped only when it reads the very same parts of both orgs", () => {
    const org = parseOrg(everyKindJson());
    const switched = applyChanges(org, [{ kind: "setOrgCapability", capability: "chat", enabled: false }]);
    const same = AUDIT_SECTIONS.map((section) => readsSameParts(section, org, org));
    expect(same).toEqual(AUDIT_SECTIONS.map(() => true));
    // The capability switches are read by the detections of capabilities off at org level and of members landing on settings.
    expect(AUDIT_SECTIONS.map((section) => readsSameParts(section, org, switched))).toEqual([
      true,
      true,
      true,
      true,
      false,
      true,
      false,
      true,
      true,
    ]);
  });

  test("CAP-8, AUD-1: switching chat off at org level adds lands-on-settings for the Custom-roles members with a role", () => {
    const preview = previewChanges(guide(), [{ kind: "setOrgCapability", capability: "chat", enabled: false }]);
    expect(preview.findingsAdded.filter((f) => f.kind === "lands-on-settings").map((f) => f.memberIds)).toEqual([
      ["u-eng"],
      ["u-eng2"],
      ["u-mkt"],
    ]);
  });

  test("CON-13, AUD-1: adding a connector adds the conflicts on it among roles that share a member", () => {
    // u-eng holds Engineering and Marketing: Engineering grants every connector, Marketing none.
    const groups = [
      { ...GUIDE_JSON.groups[0], members: ["u-eng", "u-eng2"] },
      { ...GUIDE_JSON.groups[1], members: ["u-mkt", "u-eng"] },
    ];
    const preview = previewChanges(guide({ groups }), [
      { kind: "addConnector", connector: { id: "slack", name: "Slack", tools: ["post"] } },
    ]);
    expect(preview.findingsAdded.map((f) => [f.kind, f.roleIds, f.connectorIds])).toEqual([
      ["cross-role-conflict", ["mkt", "eng"], ["slack"]],
    ]);
    expect(preview.findingsRemoved).toEqual([]);
  });

  test("IN-2, AUD-1: a spend limit set for a group the org does not have adds a dangling reference", () => {
    const preview = previewChanges(guide(), [{ kind: "setGroupSpendLimit", groupId: "g-gone", limit: 500 }]);
    expect(preview.findingsAdded.map((f) => [f.kind, f.groupIds])).toEqual([["dangling-reference", ["g-gone"]]]);
  });
});
