import { describe, expect, test } from "vitest";
import { OrgValidationError, hasCapability, resolveAccess, resolveCapability } from "../../src/index.js";
import { baseOrg, guideOrg } from "./fixtures.js";

describe("capabilities", () => {
  const org = guideOrg();

  test("guide: Engineering gets Claude Code + Fast Mode, Marketing gets Cowork + Web Search (CAP-4)", () => {
    expect(resolveCapability(org, "u-eng", "claude_code").granted).toBe(true);
    expect(resolveCapability(org, "u-eng", "fast_mode").granted).toBe(true);
    expect(resolveCapability(org, "u-eng", "cowork").granted).toBe(false);
    expect(resolveCapability(org, "u-mkt", "cowork").granted).toBe(true);
    expect(resolveCapability(org, "u-mkt", "web_search").granted).toBe(true);
    expect(resolveCapability(org, "u-mkt", "claude_code").granted).toBe(false);
  });

  test("CAP-1: a capability off at org level is nobody's, Owners included", () => {
    const off = guideOrg({ capabilities: { chat: true, cowork: false } });
    for (const member of ["u-primary", "u-owner", "u-admin", "u-user", "u-mkt"]) {
      const decision = resolveCapability(off, member, "cowork");
      expect(decision.granted).toBe(false);
      expect(decision.orgEnabled).toBe(false);
      expect(decision.rules).toEqual(["CAP-1"]);
    }
    // Absent switch = off.
    expect(resolveCapability(off, "u-owner", "projects").granted).toBe(false);
    expect(resolveCapability(off, "u-owner", "projects").summary).toBe(
      "member `u-owner` does not have capability `projects` because `projects` is off at org level, for everyone (CAP-1)",
    );
  });

  test("CAP-2: Primary Owners and Owners have every org-enabled capability, whatever custom roles say", () => {
    for (const member of ["u-primary", "u-owner"]) {
      for (const capability of ["chat", "cowork", "claude_code", "web_search"]) {
        const decision = resolveCapability(org, member, capability);
        expect(decision.granted).toBe(true);
        expect(decision.rules).toEqual(["CAP-2"]);
      }
    }
  });

  test("CAP-3: Admins and Users have every org-enabled capability; roles assigned to their groups have no effect", () => {
    // u-admin is in g-eng, whose role lacks cowork: it still has cowork.
    expect(resolveCapability(org, "u-admin", "cowork").granted).toBe(true);
    expect(resolveCapability(org, "u-admin", "cowork").rules).toEqual(["CAP-3"]);
    expect(resolveCapability(org, "u-user", "claude_code").granted).toBe(true);
  });

  test("CAP-4: Custom-roles members do not inherit org-enabled capabilities", () => {
    const decision = resolveCapability(org, "u-eng", "projects");
    expect(decision.granted).toBe(false);
    expect(decision.orgEnabled).toBe(true);
    expect(decision.summary).toBe(
      "member `u-eng` does not have capability `projects` because none of the member's custom roles (`Engineering`) grants it (CAP-4)",
    );
  });

  test("CAP-4: the granting role and group are named in the reason", () => {
    const decision = resolveCapability(org, "u-eng", "claude_code");
    expect(decision.reasons).toEqual([
      {
        kind: "role-grants-capability",
        rule: "CAP-4",
        message: "role `Engineering` (via group `Engineering`) grants it",
        roleId: "eng",
        roleName: "Engineering",
        groups: ["g-eng"],
        groupNames: ["Engineering"],
      },
    ]);
  });

  test('CAP-5: a member in two groups with different roles has the union (FAQ "two groups")', () => {
    for (const capability of ["claude_code", "fast_mode", "cowork", "web_search", "chat"]) {
      expect(resolveCapability(org, "u-both", capability).granted).toBe(true);
    }
    const chat = resolveCapability(org, "u-both", "chat");
    expect(chat.rules).toEqual(["CAP-5"]);
    expect(chat.reasons.map((r) => (r.kind === "role-grants-capability" ? r.roleId : r.kind))).toEqual(["eng", "mkt"]);
  });

  test("CAP-6: a Custom-roles member in no group with a role has no governed capability (FAQ)", () => {
    for (const capability of ["chat", "projects", "cowork"]) {
      const decision = resolveCapability(org, "u-nogroup", capability);
      expect(decision.granted).toBe(false);
      expect(decision.rules).toEqual(["CAP-6"]);
    }
  });

  describe("CAP-7: dual-seat plans", () => {
    const dual = guideOrg({
      seatPlan: "dual",
      members: [
        { id: "u-eng", role: "custom", seat: "chat" },
        { id: "u-both", role: "custom", seat: "chat-code" },
        { id: "u-owner", role: "owner", seat: "chat" },
        { id: "u-noseat", role: "owner" },
        { id: "u-mkt", role: "custom", seat: "chat-code" },
        { id: "u-nogroup", role: "custom", seat: "chat-code" },
      ],
    });

    test("a Chat seat never has Claude Code, even when a custom role grants it", () => {
      const decision = resolveCapability(dual, "u-eng", "claude_code");
      expect(decision.granted).toBe(false);
      expect(decision.reasons[0]).toMatchObject({ rule: "CAP-7", seat: "chat" });
      expect(resolveCapability(dual, "u-both", "claude_code").granted).toBe(true);
    });

    test("a Chat seat never has Claude Code, whatever the built-in role", () => {
      expect(resolveCapability(dual, "u-owner", "claude_code").granted).toBe(false);
    });

    test("a member without a seat on a dual plan is a Chat seat (fail closed)", () => {
      expect(resolveCapability(dual, "u-noseat", "claude_code").granted).toBe(false);
      expect(resolveAccess(dual, "u-noseat").seat).toBe("chat");
    });

    test("a seat grants nothing: a Chat + Claude Code seat without a granting role has no Claude Code and no chat", () => {
      expect(resolveCapability(dual, "u-mkt", "claude_code").granted).toBe(false);
      expect(resolveCapability(dual, "u-nogroup", "chat").granted).toBe(false);
    });

    test("on a standard plan the seat has no effect", () => {
      const standard = guideOrg({ members: [{ id: "u-eng", role: "custom", seat: "chat" }] });
      expect(resolveCapability(standard, "u-eng", "claude_code").granted).toBe(true);
      expect(resolveAccess(standard, "u-eng").seat).toBeNull();
    });
  });

  test("CAP-10: built-in tools (web search, code execution) are capabilities, governed on the Capabilities tab", () => {
    expect(resolveCapability(org, "u-eng", "code_execution").granted).toBe(true);
    expect(resolveCapability(org, "u-eng", "web_search").granted).toBe(false);
    expect(resolveAccess(org, "u-eng").connectors.map((c) => c.connectorId)).not.toContain("web_search");
  });

  test("an unknown capability id behaves like any other (SPEC §1)", () => {
    const org2 = guideOrg({
      capabilities: { chat: true, "new-thing": true },
      roles: [{ id: "r", name: "R", capabilities: ["new-thing"], connectors: { all: "blocked" } }],
      roleAssignments: [{ groupId: "g-eng", roleId: "r" }],
    });
    expect(resolveCapability(org2, "u-eng", "new-thing").granted).toBe(true);
    expect(resolveCapability(org2, "u-mkt", "new-thing").granted).toBe(false);
    expect(resolveCapability(org2, "u-user", "new-thing").granted).toBe(true);
  });

  test("CON-7: an id that is not a member of the org has no capability", () => {
    for (const id of ["nobody", "x-sibling", "__proto__"]) {
      const decision = resolveCapability(org, id, "chat");
      expect(decision.granted).toBe(false);
      expect(decision.orgEnabled).toBe(true);
      expect(decision.rules).toEqual(["CON-7"]);
    }
  });

  test("a capability switch that is not exactly true is refused, never read as on (CAP-1, IN-3, fail closed)", () => {
    const weird = baseOrg({
      capabilities: { chat: "yes" as unknown as boolean },
      members: [{ id: "o", role: "owner" }],
    });
    expect(() => resolveCapability(weird, "o", "chat")).toThrow(OrgValidationError);
  });

  test("CAP-4: hasCapability, the deprecated name, gives resolveCapability's answer", () => {
    expect(hasCapability(org, "u-eng", "claude_code")).toEqual(resolveCapability(org, "u-eng", "claude_code"));
    expect(hasCapability(org, "u-mkt", "claude_code").summary).toBe(
      resolveCapability(org, "u-mkt", "claude_code").summary,
    );
  });
});
