import { describe, expect, test, vi } from "vitest";
import {
  OrgValidationError,
  compileOrg,
  parseOrg,
  resolveAccess,
  resolveCapability,
  resolveToolLevel,
  type Org,
} from "../../src/index.js";
import { compiledOf } from "../../src/engine/compile.js";
import { distinctProfiles } from "../../src/engine/membership.js";
import { baseOrg, guideOrg } from "./fixtures.js";

/** The guide org as plain JSON, not frozen: what a caller who skipped parseOrg holds. */
function unparsed(): { -readonly [K in keyof Org]: Org[K] } {
  return JSON.parse(JSON.stringify(guideOrg())) as { -readonly [K in keyof Org]: Org[K] };
}

describe("the compiled org", () => {
  test("IN-3: an org that can still change is validated and compiled afresh on every question, so an edit is never answered from a stale index, and the library says so once", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const org = unparsed();
    expect(resolveCapability(org, "u-eng", "claude_code").granted).toBe(true);
    org.capabilities = { ...org.capabilities, claude_code: false };
    expect(resolveCapability(org, "u-eng", "claude_code").granted).toBe(false);
    org.connectorPermissionsEnabled = false;
    expect(resolveToolLevel(org, "u-support", "jira", "create_issue").level).toBe("approval");
    const role = org.roles[0] as { -readonly [K in keyof Org["roles"][number]]: Org["roles"][number][K] };
    role.capabilities = ["Chat"];
    expect(resolveCapability(org, "u-eng", "Chat").granted).toBe(false);
    expect(warn.mock.calls.length).toBeLessThanOrEqual(1);
    warn.mockRestore();
  });

  test("IN-3: an org frozen only at its top level is never compiled for later questions: an edit underneath is seen", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const org = unparsed();
    Object.freeze(org);
    expect(resolveToolLevel(org, "u-eng", "github", "list_repos").level).not.toBe("blocked");
    (org.members as { id: string; role: string }[]).splice(0, org.members.length);
    expect(resolveToolLevel(org, "u-eng", "github", "list_repos").level).toBe("blocked");
    warn.mockRestore();
  });

  test("IN-3: an org that can still change and has a typo is an error, never a grant", () => {
    const org = { ...unparsed(), connectorPermissionsEnabled: "yes" };
    expect(() => resolveToolLevel(org as unknown as Org, "u-eng", "jira", "create_issue")).toThrow(OrgValidationError);
  });

  test("IN-3: a deeply frozen org that did not come through parseOrg is validated first, so a typo is an error, never a grant", () => {
    const typos: Partial<Record<string, unknown>>[] = [
      { members: [{ id: "u-eng", role: "Custom" }] },
      { seatPlan: "dual", members: [{ id: "u-eng", role: "custom", seat: "Chat" }] },
      { toolPolicy: { jira: { level: "Blocked" } } },
    ];
    for (const over of typos) {
      const org = baseOrg(over as Partial<Org>);
      expect(() => resolveToolLevel(org, "u-eng", "jira", "create_issue")).toThrow(OrgValidationError);
    }
    const { connectorPermissionsEnabled, ...missing } = guideOrg();
    expect(connectorPermissionsEnabled).toBe(true);
    expect(() => resolveToolLevel(Object.freeze(missing) as Org, "u-eng", "jira", "create_issue")).toThrow(
      OrgValidationError,
    );
  });

  test("IN-3: a valid deeply frozen org that did not come through parseOrg gets the answers of its parsed copy", () => {
    const frozen = guideOrg();
    const parsed = parseOrg(JSON.parse(JSON.stringify(frozen)));
    for (const member of ["u-eng", "u-both", "u-owner", "nobody"]) {
      expect(resolveAccess(frozen, member)).toEqual(resolveAccess(parsed, member));
      expect(resolveToolLevel(frozen, member, "jira", "create_issue").summary).toBe(
        resolveToolLevel(parsed, member, "jira", "create_issue").summary,
      );
    }
  });

  test("compileOrg returns the org it compiled, and compiling twice compiles once", () => {
    const org = parseOrg(JSON.parse(JSON.stringify(guideOrg())));
    expect(compileOrg(org)).toBe(org);
    const compiled = compiledOf(org);
    compileOrg(org);
    resolveToolLevel(org, "u-eng", "jira", "create_issue");
    expect(compiledOf(org)).toBe(compiled);
  });

  test("GRP-1..GRP-3: members with the same built-in role, seat and counting roles share one profile, so memory grows with profiles", () => {
    const org = parseOrg({
      ...JSON.parse(JSON.stringify(guideOrg())),
      groups: [
        { id: "g-eng", name: "Engineering", source: "scim", members: ["a", "b", "c", "a"] },
        { id: "g-eng2", name: "Engineering too", source: "scim", members: ["c"] },
      ],
      roleAssignments: [
        { groupId: "g-eng", roleId: "eng" },
        { groupId: "g-eng2", roleId: "eng" },
        { groupId: "g-eng", roleId: "eng" },
      ],
      members: [
        { id: "a", role: "custom" },
        { id: "b", role: "custom" },
        { id: "c", role: "custom" },
        { id: "d", role: "user" },
      ],
    });
    const { membership } = compiledOf(org);
    const profile = (id: string) => membership.profileOf(id);
    expect(profile("a")).toBe(profile("b"));
    expect(profile("a")).toBe(profile("c"));
    expect(profile("d")).not.toBe(profile("a"));
    expect(profile("nobody")).toBe(-1);
    expect(membership.table.size).toBe(2);
    expect(distinctProfiles(membership).map((p) => [p.builtInRole, p.roles.map((r) => r.role.id)])).toEqual([
      ["custom", ["eng"]],
      ["user", []],
    ]);
    expect(membership.members.has("d")).toBe(true);
    expect(membership.members.has("nobody")).toBe(false);
    expect(membership.members.stored("a")).toEqual({ member: org.members[0], mappedVia: [] });
    expect(membership.members.get("a")?.groups.map((g) => g.id)).toEqual(["g-eng"]);
    expect(resolveAccess(org, "c").roles).toEqual([{ roleId: "eng", name: "Engineering", via: ["g-eng", "g-eng2"] }]);
  });

  test("EXP-1: a decision's explanation is built when first read, then kept: the same frozen values on every read", () => {
    const org = guideOrg();
    const decision = resolveToolLevel(org, "u-eng", "jira", "create_issue");
    expect(Object.isFrozen(decision)).toBe(true);
    const reasons = decision.reasons;
    expect(decision.reasons).toBe(reasons);
    expect(decision.rules).toBe(decision.rules);
    expect(Object.isFrozen(reasons)).toBe(true);
    expect(reasons.every((reason) => Object.isFrozen(reason))).toBe(true);
  });

  test("EXP-1: a decision serializes whole: JSON holds its rules, reasons and summary", () => {
    const org = guideOrg();
    const decision = resolveToolLevel(org, "u-eng", "jira", "create_issue");
    const json = JSON.parse(JSON.stringify(decision)) as Record<string, unknown>;
    expect(json).toEqual({
      memberId: "u-eng",
      connectorId: "jira",
      tool: "create_issue",
      level: "approval",
      rules: ["CON-3", "CON-4"],
      reasons: JSON.parse(JSON.stringify(decision.reasons)),
      summary: decision.summary,
    });
    const access = JSON.parse(JSON.stringify(resolveAccess(org, "u-eng"))) as {
      summary: string;
      capabilities: { summary: string }[];
    };
    expect(access.summary).toBe(resolveAccess(org, "u-eng").summary);
    expect(access.capabilities[0]?.summary).toMatch(/^member `u-eng` has capability `chat` because /);
  });

  test("IN-2: a role assignment to a missing role or a missing group grants nothing", () => {
    const org = guideOrg({
      roleAssignments: [
        { groupId: "g-eng", roleId: "gone" },
        { groupId: "g-gone", roleId: "eng" },
      ],
    });
    expect(resolveAccess(org, "u-eng").roles).toEqual([]);
    expect(resolveCapability(org, "u-eng", "chat").rules).toEqual(["CAP-6"]);
  });

  test("GRP-3: group mappings switched on without a mapping change no built-in role (mappings default to [])", () => {
    const org = parseOrg({ ...JSON.parse(JSON.stringify(guideOrg())), groupMappings: { enabled: true } });
    expect(resolveAccess(org, "u-eng").builtInRole).toBe("custom");
    expect(resolveAccess(org, "u-owner").builtInRole).toBe("owner");
  });

  test("group mappings that are present but disabled change nothing", () => {
    const org = guideOrg({ groupMappings: { enabled: false, mappings: [{ groupId: "g-eng", role: "owner" }] } });
    expect(resolveAccess(org, "u-eng").builtInRole).toBe("custom");
  });
  test("GRP-1, GRP-2: the groups through which a member holds a role are the counting groups listing them and assigned it, in org order; none for a stranger", () => {
    const guide = guideOrg();
    const listed = {
      ...guide,
      // A member in several groups holding one role, one of them twice, and a repeated assignment.
      groups: [
        ...guide.groups,
        { id: "g-late", name: "Late", source: "manual", members: ["u-both", "u-eng", "u-both"] },
        { id: "g-scim", name: "Synced", source: "scim", members: ["u-both"] },
      ],
      roleAssignments: [
        ...guide.roleAssignments,
        ...guide.roles.flatMap((role) => [
          { groupId: "g-late", roleId: role.id },
          { groupId: "g-scim", roleId: role.id },
          { groupId: "g-late", roleId: role.id },
        ]),
      ],
    } satisfies Org;
    for (const provisioning of ["scim", "jit"] as const) {
      const org = parseOrg({ ...listed, provisioning });
      const { membership } = compiledOf(org);
      for (const role of compiledOf(org).roles.values()) {
        for (const member of org.members) {
          const expected = org.groups.filter(
            (group) =>
              group.members.includes(member.id) &&
              (provisioning === "scim" || group.source === "manual") &&
              org.roleAssignments.some((a) => a.groupId === group.id && a.roleId === role.role.id),
          );
          expect(membership.members.groupsHolding(member.id, role)).toEqual(expected);
        }
        expect(membership.members.groupsHolding("nobody", role)).toEqual([]);
      }
    }
  });
});
