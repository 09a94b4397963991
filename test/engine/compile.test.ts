import { describe, expect, test } from "vitest";
import { findCrossRoleConflicts, hasCapability, resolveAccess, resolveToolLevel, type Org } from "../../src/index.js";
import { baseOrg, guideOrg } from "./fixtures.js";

describe("the compiled index", () => {
  test("an org that is not frozen is indexed afresh on every call, so a change is never answered from a stale index", () => {
    const org = JSON.parse(JSON.stringify(guideOrg())) as { -readonly [K in keyof Org]: Org[K] };
    expect(hasCapability(org, "u-eng", "claude_code").granted).toBe(true);
    org.capabilities = { ...org.capabilities, claude_code: false };
    expect(hasCapability(org, "u-eng", "claude_code").granted).toBe(false);
    org.connectorPermissionsEnabled = false;
    expect(resolveToolLevel(org, "u-support", "jira", "create_issue").level).toBe("approval");
  });

  test("a frozen org is indexed once: asking twice gives equal answers", () => {
    const org = guideOrg();
    expect(resolveAccess(org, "u-both")).toEqual(resolveAccess(org, "u-both"));
  });

  test("duplicate and repeated entries in an org that did not come through parseOrg: the first wins, repeats add nothing", () => {
    const org = baseOrg({
      capabilities: { chat: true, cowork: true },
      connectors: [
        { id: "c", name: "First", tools: ["t"] },
        { id: "c", name: "Second", tools: ["t", "u"] },
      ],
      roles: [
        { id: "r", name: "First", capabilities: ["chat"], connectors: { all: "approval" } },
        { id: "r", name: "Second", capabilities: ["cowork"], connectors: { all: "always" } },
      ],
      groups: [{ id: "g", name: "G", source: "manual", members: ["u", "u"] }],
      roleAssignments: [
        { groupId: "g", roleId: "r" },
        { groupId: "g", roleId: "r" },
      ],
      groupMappings: {
        enabled: true,
        mappings: [
          { groupId: "g", role: "custom" },
          { groupId: "g", role: "custom" },
        ],
      },
      members: [
        { id: "u", role: "user" },
        { id: "u", role: "owner" },
      ],
    });
    const access = resolveAccess(org, "u");
    expect(access.builtInRole).toBe("custom");
    expect(access.storedRole).toBe("user");
    expect(access.mappedVia).toEqual(["g"]);
    expect(access.roles).toEqual([{ roleId: "r", name: "First", via: ["g"] }]);
    expect(access.groups).toHaveLength(1);
    expect(hasCapability(org, "u", "cowork").granted).toBe(false);
    expect(resolveToolLevel(org, "u", "c", "t").level).toBe("approval");
    expect(resolveToolLevel(org, "u", "c", "u").level).toBe("blocked");
    expect(findCrossRoleConflicts(org, "r").connectors).toHaveLength(1);
  });

  test("IN-2: a role assignment to a missing role or a missing group grants nothing", () => {
    const org = guideOrg({
      roleAssignments: [
        { groupId: "g-eng", roleId: "gone" },
        { groupId: "g-gone", roleId: "eng" },
      ],
    });
    expect(resolveAccess(org, "u-eng").roles).toEqual([]);
    expect(hasCapability(org, "u-eng", "chat").rules).toEqual(["CAP-6"]);
  });

  test("group mappings that are present but disabled change nothing", () => {
    const org = guideOrg({ groupMappings: { enabled: false, mappings: [{ groupId: "g-eng", role: "owner" }] } });
    expect(resolveAccess(org, "u-eng").builtInRole).toBe("custom");
  });
});
