import { describe, expect, test } from "vitest";
import { enableConnectorPermissions, newCustomRole, resolveAccess, resolveToolLevel } from "../../src/index.js";
import { guideOrg } from "./fixtures.js";

describe("connector permissions enablement and new roles", () => {
  const disabled = guideOrg({ connectorPermissionsEnabled: false });

  test("CON-8: enabling seeds every role with All connectors at Always allow and no per-connector rows", () => {
    const enabled = enableConnectorPermissions(disabled);
    expect(enabled.connectorPermissionsEnabled).toBe(true);
    for (const role of enabled.roles) expect(role.connectors).toEqual({ all: "always" });
    expect(enabled.roles.map((r) => r.capabilities)).toEqual(disabled.roles.map((r) => r.capabilities));
    expect(disabled.connectorPermissionsEnabled).toBe(false);
    expect(Object.isFrozen(enabled.roles[0]?.connectors)).toBe(true);
  });

  test("CON-8: enabling an org that is already enabled changes nothing", () => {
    const enabled = enableConnectorPermissions(disabled);
    expect(enableConnectorPermissions(enabled)).toBe(enabled);
  });

  test("CON-8: members neither gain nor lose access at enablement, except Custom-roles members with no role", () => {
    const enabled = enableConnectorPermissions(disabled);
    for (const member of disabled.members) {
      const before = resolveAccess(disabled, member.id);
      const after = resolveAccess(enabled, member.id);
      const levels = (a: typeof before) => a.connectors.flatMap((c) => c.tools.map((t) => t.level));
      if (member.id === "u-nogroup") {
        expect(levels(after).every((l) => l === "blocked")).toBe(true);
        expect(levels(before).some((l) => l !== "blocked")).toBe(true);
      } else {
        expect(levels(after)).toEqual(levels(before));
      }
    }
    expect(resolveToolLevel(enabled, "u-support", "jira", "create_issue").level).toBe("approval");
  });

  test("CON-9: a new role has chat on, every other capability off, and All connectors at Needs approval", () => {
    expect(newCustomRole("mkt2", "Marketing")).toEqual({
      id: "mkt2",
      name: "Marketing",
      capabilities: ["chat"],
      connectors: { all: "approval" },
    });
    expect(Object.isFrozen(newCustomRole("a", "b").capabilities)).toBe(true);
  });

  test("ids such as __proto__ survive enablement as ordinary keys", () => {
    const org = guideOrg({
      connectorPermissionsEnabled: false,
      toolPolicy: JSON.parse('{"__proto__": {"level": "approval"}}') as Record<string, { level: "approval" }>,
    });
    const enabled = enableConnectorPermissions(org);
    expect(Object.hasOwn(enabled.toolPolicy ?? {}, "__proto__")).toBe(true);
  });
});
