// CON-7, GRP-1: an id that is not a member of this org (a group member of a sibling org, a hostile
// id such as `__proto__`) has no access at all.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { hasCapability, resolveAccess, resolveSpendLimit, resolveToolLevel } from "../../../src/index.js";
import { arbOrg } from "../../arbitraries.js";
import { capabilityIds, deepFreeze, strangerIds, toolCells, runs } from "./questions.js";

const RUNS = 120;

describe("unknown members (CON-7, GRP-1)", () => {
  test("an id that is not a member of the org, even one listed by a group, gets nothing: no capability, every tool blocked, an empty menu, the settings page and an unknown-member spend answer (CON-7, GRP-1)", () => {
    fc.assert(
      fc.property(arbOrg(), fc.string({ minLength: 1, maxLength: 6 }), (raw, extra) => {
        const org = deepFreeze(raw);
        const strangers = strangerIds(org);
        if (!org.members.some((member) => member.id === extra)) strangers.push(extra);
        for (const memberId of strangers) {
          const access = resolveAccess(org, memberId);
          expect(access).toMatchObject({ known: false, builtInRole: null, storedRole: null, seat: null, governedByCustomRoles: false });
          expect(access.roles).toEqual([]);
          expect(access.groups).toEqual([]);
          expect(access.menu).toEqual([]);
          expect(access.landingPage.page).toBe("settings");
          for (const capability of capabilityIds(org)) {
            expect(hasCapability(org, memberId, capability).granted, `${memberId} ${capability}`).toBe(false);
          }
          expect(access.capabilities.every((decision) => !decision.granted)).toBe(true);
          for (const { connectorId, tool } of toolCells(org)) {
            expect(resolveToolLevel(org, memberId, connectorId, tool).level, `${memberId} ${connectorId}/${tool}`).toBe("blocked");
          }
          expect(access.connectors.every((c) => !c.inMenu && c.tools.every((t) => t.level === "blocked"))).toBe(true);
          expect(resolveSpendLimit(org, memberId)).toMatchObject({ status: "unknown-member", limit: null, source: null, groupId: null });
          expect(access.rules).toContain("CON-7");
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });
});
