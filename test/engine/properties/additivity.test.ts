// CAP-5, CON-3: roles are additive. Growing an org (a role, a group membership, a role assignment)
// never takes a capability away from a Custom-roles member, nor lowers any of their tool levels.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { resolveAccess, type Org } from "../../../src/index.js";
import { arbCustomRole, arbOrg } from "../../arbitraries.js";
import {
  addGroupMembership,
  addRole,
  addRoleAssignment,
  arbAddGroupMembership,
  arbAddRole,
  arbAddRoleAssignment,
} from "../mutations.js";
import { deepFreeze, grantedIn, levelIn, memberIds, rank, toolCells } from "./questions.js";

const RUNS = 120;

/**
 * Checks that every member set to Custom roles both before and after the change keeps every
 * capability and no tool level goes down; returns how many such members there were.
 */
function expectNoLoss(before: Org, after: Org): number {
  let compared = 0;
  for (const memberId of memberIds(before)) {
    const was = resolveAccess(before, memberId);
    const is = resolveAccess(after, memberId);
    if (was.builtInRole !== "custom" || is.builtInRole !== "custom") continue;
    compared++;
    const kept = grantedIn(is);
    for (const capability of grantedIn(was)) expect(kept, `${memberId} lost ${capability}`).toContain(capability);
    for (const { connectorId, tool } of toolCells(before)) {
      const from = levelIn(was, connectorId, tool) ?? "blocked";
      const to = levelIn(is, connectorId, tool) ?? "blocked";
      expect(rank(to), `${memberId} ${connectorId}/${tool}: ${from} -> ${to}`).toBeGreaterThanOrEqual(rank(from));
    }
  }
  return compared;
}

describe("additivity (CAP-5, CON-3)", () => {
  test("adding a role assignment never removes a capability or lowers a tool level of a Custom-roles member (CAP-5, CON-3)", () => {
    fc.assert(
      fc.property(arbOrg(), arbAddRoleAssignment(), (org, change) => {
        const before = deepFreeze(org);
        const after = addRoleAssignment(before, change);
        if (after !== undefined) expectNoLoss(before, deepFreeze(after));
      }),
      { numRuns: RUNS },
    );
  });

  test("adding a custom role (assigned to some groups) never removes a capability or lowers a tool level of a Custom-roles member (CAP-5, CON-3)", () => {
    fc.assert(
      fc.property(arbOrg(), arbAddRole(arbCustomRole()), (org, change) => {
        const before = deepFreeze(org);
        expectNoLoss(before, deepFreeze(addRole(before, change)));
      }),
      { numRuns: RUNS },
    );
  });

  test("adding a group membership never removes a capability or lowers a tool level of a member who stays set to Custom roles (CAP-5, CON-3; GRP-3 mappings may change the built-in role, such members are skipped)", () => {
    fc.assert(
      fc.property(arbOrg(), arbAddGroupMembership(), (org, change) => {
        const before = deepFreeze(org);
        const after = addGroupMembership(before, change);
        if (after !== undefined) expectNoLoss(before, deepFreeze(after));
      }),
      { numRuns: RUNS },
    );
  });

  test("with group mappings off, adding a group membership changes no built-in role and removes nothing from Custom-roles members (GRP-3, CAP-5, CON-3)", () => {
    fc.assert(
      fc.property(arbOrg(), arbAddGroupMembership(), (org, change) => {
        const before = deepFreeze({ ...org, groupMappings: { enabled: false, mappings: org.groupMappings?.mappings ?? [] } });
        const after = addGroupMembership(before, change);
        if (after === undefined) return;
        const frozenAfter = deepFreeze(after);
        for (const memberId of memberIds(before)) {
          expect(resolveAccess(frozenAfter, memberId).builtInRole).toBe(resolveAccess(before, memberId).builtInRole);
        }
        expectNoLoss(before, frozenAfter);
      }),
      { numRuns: RUNS },
    );
  });
});
