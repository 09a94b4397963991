// CAP-2, CAP-3, CON-5, GRP-4: custom roles govern Custom-roles members only. Rewriting or removing
// every custom role changes nothing for Primary Owners, Owners, Admins and Users.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { hasCapability, resolveAccess } from "../../../src/index.js";
import { arbCustomRole, arbOrg } from "../../arbitraries.js";
import { arbRewriteRoles, arbRichOrg, rewriteRoles } from "../mutations.js";
import { capabilityIds, deepFreeze, memberIds, orgEnables, policyLevel, toolCells, runs } from "./questions.js";

const RUNS = 120;

describe("built-in roles (CAP-2, CAP-3, CON-5, GRP-4)", () => {
  test("changing or removing custom roles changes no answer of a member whose built-in role is not Custom roles (CAP-2, CAP-3, CON-5, GRP-4)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), arbRewriteRoles(arbCustomRole()), (raw, change) => {
        const org = deepFreeze(raw);
        const rewritten = deepFreeze(rewriteRoles(org, change));
        const capabilities = new Set([...capabilityIds(org), ...capabilityIds(rewritten)]);
        for (const memberId of memberIds(org)) {
          const was = resolveAccess(org, memberId);
          if (was.builtInRole === "custom") continue;
          const is = resolveAccess(rewritten, memberId);
          expect(is.builtInRole).toBe(was.builtInRole);
          for (const capability of capabilities) {
            expect(hasCapability(rewritten, memberId, capability).granted, `${memberId} ${capability}`).toBe(
              hasCapability(org, memberId, capability).granted,
            );
          }
          expect(is.connectors.map((c) => c.tools.map((t) => t.level))).toEqual(was.connectors.map((c) => c.tools.map((t) => t.level)));
          expect(is.menu).toEqual(was.menu);
          expect(is.landingPage.page).toBe(was.landingPage.page);
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("a member whose built-in role is not Custom roles has exactly the org-enabled capabilities (but Claude Code on a Chat seat) and the org policy level of every tool (CAP-2, CAP-3, CAP-7, CON-5, GRP-4)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), (raw) => {
        const org = deepFreeze(raw);
        for (const memberId of memberIds(org)) {
          const access = resolveAccess(org, memberId);
          if (access.builtInRole === "custom") continue;
          for (const capability of capabilityIds(org)) {
            const seatBlocks = capability === "claude_code" && access.seat === "chat";
            expect(hasCapability(org, memberId, capability).granted, `${memberId} ${capability}`).toBe(orgEnables(org, capability) && !seatBlocks);
          }
          for (const { connectorId, tool } of toolCells(org)) {
            const level = access.connectors.find((c) => c.connectorId === connectorId)?.tools.find((t) => t.tool === tool)?.level;
            expect(level, `${memberId} ${connectorId}/${tool}`).toBe(policyLevel(org, connectorId, tool));
          }
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });
});
