// CAP-5, CON-3: roles are additive. Growing an org (a role, a group membership, a role assignment)
// never takes a capability away from a Custom-roles member, nor lowers any of their tool levels.
// Connector permissions are turned on: while off, no tool level depends on roles (CON-6).
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
  arbRichOrg,
} from "../mutations.js";
import {
  deepFreeze,
  grantedIn,
  least,
  levelIn,
  memberIds,
  orgEnables,
  policyLevel,
  rank,
  roleLevel,
  runs,
  toolCells,
} from "./questions.js";

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
  test("no role removes what another grants: a Custom-roles member has every org-enabled capability and at least the (policy-capped) tool level that each of their roles grants alone (CAP-5, CON-3, CON-4)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), (raw) => {
        const org = deepFreeze({ ...raw, connectorPermissionsEnabled: true });
        for (const memberId of memberIds(org)) {
          const access = resolveAccess(org, memberId);
          if (access.builtInRole !== "custom") continue;
          const granted = grantedIn(access);
          for (const held of access.roles) {
            const role = org.roles.find((r) => r.id === held.roleId);
            expect(role, held.roleId).toBeDefined();
            if (role === undefined) continue;
            for (const capability of role.capabilities) {
              if (!orgEnables(org, capability) || (capability === "claude_code" && access.seat === "chat")) continue;
              expect(granted, `${memberId} via ${role.id}`).toContain(capability);
            }
            for (const { connectorId, tool } of toolCells(org)) {
              const alone = least(policyLevel(org, connectorId, tool), roleLevel(role, connectorId, tool));
              const level = levelIn(access, connectorId, tool) ?? "blocked";
              expect(rank(level), `${memberId} ${connectorId}/${tool} via ${role.id}`).toBeGreaterThanOrEqual(rank(alone));
            }
          }
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("adding a role assignment never removes a capability or lowers a tool level of a Custom-roles member (CAP-5, CON-3)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), fc.array(arbAddRoleAssignment(), { minLength: 1, maxLength: 3 }), (org, changes) => {
        const before = deepFreeze({ ...org, connectorPermissionsEnabled: true });
        const after = changes.reduce<Org>((o, change) => addRoleAssignment(o, change) ?? o, before);
        expectNoLoss(before, deepFreeze(after));
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("adding a custom role (assigned to some groups) never removes a capability or lowers a tool level of a Custom-roles member (CAP-5, CON-3)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), arbAddRole(arbCustomRole()), (org, change) => {
        const before = deepFreeze({ ...org, connectorPermissionsEnabled: true });
        expectNoLoss(before, deepFreeze(addRole(before, change)));
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("adding a group membership never removes a capability or lowers a tool level of a member who stays set to Custom roles (CAP-5, CON-3; GRP-3 mappings may change the built-in role, such members are skipped)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), fc.array(arbAddGroupMembership(), { minLength: 1, maxLength: 3 }), (org, changes) => {
        const before = deepFreeze({ ...org, connectorPermissionsEnabled: true });
        const after = changes.reduce<Org>((o, change) => addGroupMembership(o, change) ?? o, before);
        expectNoLoss(before, deepFreeze(after));
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("with group mappings off, adding a group membership changes no built-in role and removes nothing from Custom-roles members (GRP-3, CAP-5, CON-3)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), fc.array(arbAddGroupMembership(), { minLength: 1, maxLength: 3 }), (org, changes) => {
        const before = deepFreeze({
          ...org,
          connectorPermissionsEnabled: true,
          groupMappings: { enabled: false, mappings: org.groupMappings?.mappings ?? [] },
        });
        const frozenAfter = deepFreeze(changes.reduce<Org>((o, change) => addGroupMembership(o, change) ?? o, before));
        for (const memberId of memberIds(before)) {
          expect(resolveAccess(frozenAfter, memberId).builtInRole).toBe(resolveAccess(before, memberId).builtInRole);
        }
        expectNoLoss(before, frozenAfter);
      }),
      { numRuns: runs(RUNS) },
    );
  });
});
