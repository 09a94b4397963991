// CAP-2, CAP-3, CON-5, GRP-4: custom roles govern Custom-roles members only. Rewriting or removing
// every custom role changes nothing for Primary Owners, Owners, Admins and Users.
import fc from "fast-check";
import { describe, test } from "vitest";
import { resolveCapability, resolveAccess } from "../../../src/index.js";
import { arbCustomRole, arbOrg } from "../../arbitraries.js";
import { arbRewriteRoles, arbRichOrg, rewriteRoles } from "../mutations.js";
import {
  capabilityIds,
  deepFreeze,
  expectNoProblems,
  levelIn,
  memberIds,
  orgEnables,
  policyLevel,
  runs,
  toolCells,
} from "./questions.js";

const RUNS = 150;

describe("built-in roles (CAP-2, CAP-3, CON-5, GRP-4)", () => {
  test("changing or removing custom roles changes no answer of a member whose built-in role is not Custom roles (CAP-2, CAP-3, CON-5, GRP-4)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), arbRewriteRoles(arbCustomRole()), (raw, change) => {
        const org = deepFreeze(raw);
        const rewritten = deepFreeze(rewriteRoles(org, change));
        const capabilities = new Set([...capabilityIds(org), ...capabilityIds(rewritten)]);
        const problems: string[] = [];
        for (const memberId of memberIds(org)) {
          const was = resolveAccess(org, memberId);
          if (was.builtInRole === "custom") continue;
          const is = resolveAccess(rewritten, memberId);
          if (is.builtInRole !== was.builtInRole)
            problems.push(`${memberId} went from ${String(was.builtInRole)} to ${String(is.builtInRole)}`);
          for (const capability of capabilities) {
            const before = resolveCapability(org, memberId, capability).granted;
            if (resolveCapability(rewritten, memberId, capability).granted !== before)
              problems.push(`${memberId} ${capability} changed from ${String(before)}`);
          }
          for (const { connectorId, tool } of toolCells(org)) {
            const before = levelIn(was, connectorId, tool);
            if (levelIn(is, connectorId, tool) !== before)
              problems.push(`${memberId} ${connectorId}/${tool} changed from ${String(before)}`);
          }
          if (is.menu.join("\n") !== was.menu.join("\n")) problems.push(`${memberId}: menu changed`);
          if (is.landingPage.page !== was.landingPage.page) problems.push(`${memberId}: landing page changed`);
        }
        expectNoProblems(problems);
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("a member whose built-in role is not Custom roles has exactly the org-enabled capabilities (but Claude Code on a Chat seat) and the org policy level of every tool (CAP-2, CAP-3, CAP-7, CON-5, GRP-4)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), (raw) => {
        const org = deepFreeze(raw);
        const problems: string[] = [];
        for (const memberId of memberIds(org)) {
          const access = resolveAccess(org, memberId);
          if (access.builtInRole === "custom") continue;
          for (const capability of capabilityIds(org)) {
            const seatBlocks = capability === "claude_code" && access.seat === "chat";
            const expected = orgEnables(org, capability) && !seatBlocks;
            if (resolveCapability(org, memberId, capability).granted !== expected)
              problems.push(`${memberId} ${capability}: expected ${String(expected)}`);
          }
          for (const { connectorId, tool } of toolCells(org)) {
            const expected = policyLevel(org, connectorId, tool);
            const level = levelIn(access, connectorId, tool);
            if (level !== expected)
              problems.push(`${memberId} ${connectorId}/${tool} is ${String(level)}, the policy says ${expected}`);
          }
        }
        expectNoProblems(problems);
      }),
      { numRuns: runs(RUNS) },
    );
  });
});
