import { describe, expect, test } from "vitest";
import { resolveCapability, resolveAccess, resolveToolLevel } from "../../src/index.js";
import { guideOrg } from "./fixtures.js";

describe("resolveAccess", () => {
  const org = guideOrg();

  test("gathers a Custom-roles member's role, groups, capabilities, tools and menu", () => {
    const access = resolveAccess(org, "u-eng");
    expect(access).toMatchObject({
      orgId: "acme",
      memberId: "u-eng",
      known: true,
      builtInRole: "custom",
      storedRole: "custom",
      mappedVia: [],
      seat: null,
      governedByCustomRoles: true,
      groups: [{ groupId: "g-eng", name: "Engineering", source: "scim", countsForRoles: true }],
      roles: [{ roleId: "eng", name: "Engineering", via: ["g-eng"] }],
      menu: ["jira", "github", "slack"],
    });
    expect(access.landingPage.page).toBe("chat");
    const granted = access.capabilities.filter((c) => c.granted).map((c) => c.capability);
    expect(granted).toEqual(["chat", "code_execution", "claude_code", "fast_mode"]);
    expect(access.summary).toBe(
      "member `u-eng` has 4 capabilities and 3 connectors in the menu because the member is set to Custom roles and holds 1 custom role (CAP-4)",
    );
  });

  test("a role held through several groups names every group", () => {
    const org2 = guideOrg({ roleAssignments: [...guideOrg().roleAssignments, { groupId: "g-mkt", roleId: "eng" }] });
    expect(resolveAccess(org2, "u-both").roles).toEqual([
      { roleId: "eng", name: "Engineering", via: ["g-eng", "g-mkt"] },
      { roleId: "mkt", name: "Marketing", via: ["g-mkt"] },
    ]);
    expect(resolveToolLevel(org2, "u-both", "github", "create_pr").summary).toContain(
      "role `Engineering` (via group `Engineering`, `Marketing`) grants `always`",
    );
  });

  test("lists every known capability, the org's switches and every capability a role names", () => {
    const access = resolveAccess(guideOrg({ capabilities: { extra: true } }), "u-owner");
    expect(access.capabilities.map((c) => c.capability)).toEqual([
      "chat",
      "projects",
      "memory",
      "web_search",
      "code_execution",
      "cowork",
      "claude_code",
      "fast_mode",
      "extra",
    ]);
  });

  test("every capability decision is the one resolveCapability gives", () => {
    for (const member of ["u-eng", "u-both", "u-owner", "u-nogroup", "nobody"]) {
      for (const decision of resolveAccess(org, member).capabilities) {
        expect(resolveCapability(org, member, decision.capability)).toEqual(decision);
      }
    }
  });

  test("CAP-8: a member whose role does not grant chat lands on the settings page, other capabilities stay available", () => {
    const access = resolveAccess(org, "u-nochat");
    expect(access.landingPage.page).toBe("settings");
    expect(access.landingPage.rules).toEqual(["CAP-8", "CAP-4"]);
    expect(access.capabilities.find((c) => c.capability === "cowork")?.granted).toBe(true);
  });

  test("CON-10: the connector menu lists connectors with at least one tool not blocked", () => {
    const support = resolveAccess(org, "u-support");
    expect(support.menu).toEqual(["jira"]);
    expect(support.connectors.map((c) => [c.connectorId, c.inMenu])).toEqual([
      ["jira", true],
      ["github", false],
      ["slack", false],
    ]);
    expect(resolveAccess(org, "u-mkt").menu).toEqual([]);
  });

  test("CON-7: an id that is not a member has no access at all", () => {
    const access = resolveAccess(org, "x-sibling");
    expect(access).toMatchObject({
      known: false,
      builtInRole: null,
      storedRole: null,
      seat: null,
      governedByCustomRoles: false,
      groups: [],
      roles: [],
      menu: [],
      rules: ["CON-7"],
    });
    expect(access.landingPage.page).toBe("settings");
    expect(access.capabilities.every((c) => !c.granted)).toBe(true);
    expect(access.connectors.flatMap((c) => c.tools).every((t) => t.level === "blocked")).toBe(true);
  });

  test("an Owner's summary says custom roles do not govern it", () => {
    expect(resolveAccess(org, "u-owner").rules).toEqual(["CAP-2"]);
    expect(resolveAccess(org, "u-admin").rules).toEqual(["CAP-3"]);
  });

  test("the result is deeply frozen", () => {
    const access = resolveAccess(org, "u-both");
    const walk = (value: unknown): void => {
      if (typeof value !== "object" || value === null) return;
      expect(Object.isFrozen(value)).toBe(true);
      for (const child of Object.values(value)) walk(child);
    };
    walk(access);
  });
});
