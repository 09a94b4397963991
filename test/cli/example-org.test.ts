import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, test } from "vitest";
import {
  capabilityUiState,
  findCrossRoleConflicts,
  resolveCapability,
  parseOrg,
  resolveAccess,
  resolveSpendLimit,
  resolveToolLevel,
  type Org,
} from "../../src/index.js";
import { EXAMPLE, PARENT, root } from "./io.js";

function load(path: string): Org {
  return parseOrg(JSON.parse(readFileSync(new URL(path, `file://${root}`), "utf8")) as unknown);
}

// Parsed before each test, never while the file loads: mutation testing attributes what runs at
// load time to no test, and then reruns every test for each mutant of the parser.
let org: Org;
let parent: Org;
let ids: string[];
beforeEach(() => {
  org = load(EXAMPLE);
  parent = load(PARENT);
  ids = org.members.map((member) => member.id);
});
const holders = (roleId: string) =>
  ids.filter((id) => resolveAccess(org, id).roles.some((role) => role.roleId === roleId));

describe("the example org examples/orgs/acme-eu.json", () => {
  test("IN-1: it and its parent org parse", () => {
    expect(org.id).toBe("acme-eu");
    expect(org.parentId).toBe(parent.id);
    expect(ids).toHaveLength(15);
  });

  test("GRP-1: the child shares the parent's groups, with its own role assignments and spend limits", () => {
    expect(org.groups).toEqual(parent.groups);
    expect(org.roleAssignments).not.toEqual(parent.roleAssignments);
    expect(parent.spend).toBeUndefined();
  });

  test("GRP-1: a group member of a sibling or the parent org gets nothing here", () => {
    const listed = org.groups.find((group) => group.id === "g-eng")?.members ?? [];
    expect(listed).toEqual(expect.arrayContaining(["u-sam", "u-pat"]));
    for (const id of ["u-sam", "u-pat"]) {
      expect(resolveAccess(org, id)).toMatchObject({ known: false, menu: [], roles: [] });
      expect(resolveCapability(org, id, "chat").granted).toBe(false);
    }
  });

  test("CON-2: the guide's Jira search-only role can search Jira but not create an issue", () => {
    expect(holders("jira-search")).toEqual(["u-hana", "u-kai"]);
    expect(resolveToolLevel(org, "u-kai", "jira", "search_issues").level).toBe("approval");
    expect(resolveToolLevel(org, "u-kai", "jira", "create_issue").level).toBe("blocked");
    expect(resolveToolLevel(org, "u-kai", "jira", "delete_issue").level).toBe("blocked");
  });

  test("CAP-7: an Engineering member has claude_code only on a Chat + Claude Code seat", () => {
    const engineers = holders("eng");
    expect(engineers).toEqual(["u-eli", "u-fay", "u-ivan"]);
    for (const id of engineers) {
      const access = resolveAccess(org, id);
      expect(access.governedByCustomRoles).toBe(true);
      expect(resolveCapability(org, id, "claude_code").granted).toBe(access.seat === "chat-code");
    }
    expect(resolveCapability(org, "u-fay", "claude_code").rules).toContain("CAP-7");
  });

  test("CAP-1: memory is off at org level, so nobody has it, Owners included, and it is hidden", () => {
    for (const id of ids) {
      const memory = resolveCapability(org, id, "memory");
      expect(memory.granted).toBe(false);
      expect(memory.rules).toEqual(["CAP-1"]);
      expect(capabilityUiState(memory).state).toBe("hidden");
    }
  });

  test("CAP-6: the Custom-roles member in no group has no capability, no connector and lands on settings", () => {
    const access = resolveAccess(org, "u-max");
    expect(access).toMatchObject({ builtInRole: "custom", groups: [], roles: [], menu: [] });
    expect(access.capabilities.filter((decision) => decision.granted)).toEqual([]);
    expect(access.landingPage.page).toBe("settings");
    expect(resolveCapability(org, "u-max", "chat").rules).toEqual(["CAP-6"]);
    expect(capabilityUiState(resolveCapability(org, "u-max", "cowork")).state).toBe("greyed-out");
  });

  test("CON-13: the Jira warning of the search-only role names the roles that grant Jira", () => {
    const [jira] = findCrossRoleConflicts(org, "jira-search", "jira").connectors;
    const grantJira = org.roles
      .filter((role) => role.id !== "jira-search")
      .filter((role) =>
        ["search_issues", "create_issue", "delete_issue"].some((tool) => roleLevel(role.id, tool) !== "blocked"),
      )
      .map((role) => role.id);
    expect(grantJira).toEqual(["full", "eng", "research"]);
    expect(jira?.allRoles.conflicts.map((conflict) => conflict.name)).toEqual([
      "Full Access",
      "Engineering",
      "Research",
    ]);
    expect(jira?.allRoles.applying).toEqual({
      search_issues: "always",
      create_issue: "always",
      delete_issue: "always",
    });
    // Only Research shares a member (u-hana) with the search-only role.
    expect(jira?.sharedMembers.conflicts.map((conflict) => conflict.roleId)).toEqual(["research"]);
    expect(resolveToolLevel(org, "u-hana", "jira", "search_issues").level).toBe("always");
  });

  test("CAP-8: a member whose roles do not grant chat lands on settings and keeps Cowork", () => {
    const access = resolveAccess(org, "u-lea");
    expect(access.landingPage.page).toBe("settings");
    expect(access.capabilities.filter((decision) => decision.granted).map((decision) => decision.capability)).toEqual([
      "cowork",
    ]);
  });

  test("GRP-3: group mappings set built-in roles, Custom roles over User, and never change a Primary Owner", () => {
    expect(resolveAccess(org, "u-ivan")).toMatchObject({
      storedRole: "user",
      builtInRole: "custom",
      mappedVia: ["g-eng"],
    });
    expect(resolveAccess(org, "u-carla")).toMatchObject({
      storedRole: "user",
      builtInRole: "admin",
      mappedVia: ["g-it"],
    });
    expect(resolveAccess(org, "u-ana").builtInRole).toBe("primary-owner");
    const builtIn = new Set(ids.map((id) => resolveAccess(org, id).builtInRole));
    expect([...builtIn].sort()).toEqual(["admin", "custom", "owner", "primary-owner", "user"]);
  });

  test("GRP-2: in the JIT parent org only manual groups count for custom roles", () => {
    expect(resolveAccess(parent, "u-pat").roles).toEqual([]);
    expect(resolveAccess(parent, "u-quinn").roles.map((role) => role.roleId)).toEqual(["standard", "cowork"]);
  });

  test("IN-2: an assignment to a missing role and a grant for a connector not added grant nothing", () => {
    expect(org.roleAssignments).toContainEqual({ groupId: "g-eng", roleId: "platform" });
    expect(resolveAccess(org, "u-eli").roles.map((role) => role.roleId)).toEqual(["standard", "eng"]);
    expect(resolveAccess(org, "u-eli").menu).not.toContain("confluence");
    expect(resolveToolLevel(org, "u-eli", "confluence", "search").level).toBe("blocked");
  });

  test("CON-4: the org-wide policy caps Engineering's Always allow on create_issue, and blocks delete_issue for everyone", () => {
    expect(resolveToolLevel(org, "u-eli", "jira", "create_issue").level).toBe("approval");
    for (const id of ids) expect(resolveToolLevel(org, id, "jira", "delete_issue").level).toBe("blocked");
  });

  test("SPD-2, SPD-3, SPD-4: individual, highest group and org limits", () => {
    expect(resolveSpendLimit(org, "u-dev")).toMatchObject({ limit: 2500, source: "individual" });
    expect(resolveSpendLimit(org, "u-kai")).toMatchObject({ limit: 10000, source: "group", groupId: "g-all" });
    expect(resolveSpendLimit(org, "u-eli")).toMatchObject({ limit: 50000, source: "org" });
    expect(resolveSpendLimit(parent, "u-ana").status).toBe("not-applicable");
  });
});

/** A role's own level for a Jira tool (CON-2), as the engine's conflict report gives it. */
function roleLevel(roleId: string, tool: string): string {
  const [jira] = findCrossRoleConflicts(org, roleId, "jira").connectors;
  return String(jira?.levels[tool]);
}
