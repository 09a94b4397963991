// CAP-5, CON-3: roles are additive. Growing an org (a role, a group membership, a role assignment)
// never takes a capability away from a Custom-roles member, nor lowers any of their tool levels.
// Connector permissions are turned on: while off, no tool level depends on roles (CON-6).
import fc from "fast-check";
import { describe, test } from "vitest";
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
  expectNoProblems,
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

const RUNS = 150;

/**
 * The losses of every member set to Custom roles both before and after a change: a capability no
 * longer granted, or a tool level that went down.
 */
function lossesOf(before: Org, after: Org): string[] {
  const problems: string[] = [];
  for (const memberId of memberIds(before)) {
    const was = resolveAccess(before, memberId);
    const is = resolveAccess(after, memberId);
    if (was.builtInRole !== "custom" || is.builtInRole !== "custom") continue;
    const kept = grantedIn(is);
    for (const capability of grantedIn(was)) if (!kept.has(capability)) problems.push(`${memberId} lost ${capability}`);
    for (const { connectorId, tool } of toolCells(before)) {
      const from = levelIn(was, connectorId, tool) ?? "blocked";
      const to = levelIn(is, connectorId, tool) ?? "blocked";
      if (rank(to) < rank(from)) problems.push(`${memberId} ${connectorId}/${tool}: ${from} -> ${to}`);
    }
  }
  return problems;
}

/** An org of {@link arbRichOrg} with connector permissions on, frozen. */
const arbGovernedOrg = (): fc.Arbitrary<Org> =>
  arbRichOrg(arbOrg()).map((org) => deepFreeze({ ...org, connectorPermissionsEnabled: true }));

describe("additivity (CAP-5, CON-3)", () => {
  test("no role removes what another grants: a Custom-roles member has every org-enabled capability and at least the (policy-capped) tool level that each of their roles grants alone (CAP-5, CON-3, CON-4)", () => {
    fc.assert(
      fc.property(arbGovernedOrg(), (org) => {
        const problems: string[] = [];
        for (const memberId of memberIds(org)) {
          const access = resolveAccess(org, memberId);
          if (access.builtInRole !== "custom") continue;
          const granted = grantedIn(access);
          for (const held of access.roles) {
            const role = org.roles.find((r) => r.id === held.roleId);
            if (role === undefined) {
              problems.push(`${memberId} holds ${held.roleId}, which is not a role of the org`);
              continue;
            }
            for (const capability of role.capabilities) {
              if (!orgEnables(org, capability) || (capability === "claude_code" && access.seat === "chat")) continue;
              if (!granted.has(capability)) problems.push(`${memberId} lacks ${capability} granted by ${role.id}`);
            }
            for (const { connectorId, tool } of toolCells(org)) {
              const alone = least(policyLevel(org, connectorId, tool), roleLevel(role, connectorId, tool));
              const level = levelIn(access, connectorId, tool) ?? "blocked";
              if (rank(level) < rank(alone))
                problems.push(`${memberId} ${connectorId}/${tool} is ${level}, ${role.id} alone gives ${alone}`);
            }
          }
        }
        expectNoProblems(problems);
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("adding a role assignment never removes a capability or lowers a tool level of a Custom-roles member (CAP-5, CON-3)", () => {
    fc.assert(
      fc.property(
        arbGovernedOrg(),
        fc.array(arbAddRoleAssignment(), { minLength: 1, maxLength: 3 }),
        (before, changes) => {
          const after = changes.reduce<Org>((o, change) => addRoleAssignment(o, change) ?? o, before);
          expectNoProblems(lossesOf(before, deepFreeze(after)));
        },
      ),
      { numRuns: runs(RUNS) },
    );
  });

  test("adding a custom role (assigned to some groups) never removes a capability or lowers a tool level of a Custom-roles member (CAP-5, CON-3)", () => {
    fc.assert(
      fc.property(arbGovernedOrg(), arbAddRole(arbCustomRole()), (before, change) => {
        expectNoProblems(lossesOf(before, deepFreeze(addRole(before, change))));
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("adding a group membership never removes a capability or lowers a tool level of a member who stays set to Custom roles (CAP-5, CON-3; GRP-3 mappings may change the built-in role, such members are skipped)", () => {
    fc.assert(
      fc.property(
        arbGovernedOrg(),
        fc.array(arbAddGroupMembership(), { minLength: 1, maxLength: 3 }),
        (before, changes) => {
          const after = changes.reduce<Org>((o, change) => addGroupMembership(o, change) ?? o, before);
          expectNoProblems(lossesOf(before, deepFreeze(after)));
        },
      ),
      { numRuns: runs(RUNS) },
    );
  });

  test("with group mappings off, adding a group membership changes no built-in role and removes nothing from Custom-roles members (GRP-3, CAP-5, CON-3)", () => {
    fc.assert(
      fc.property(
        arbGovernedOrg(),
        fc.array(arbAddGroupMembership(), { minLength: 1, maxLength: 3 }),
        (org, changes) => {
          const before = deepFreeze({
            ...org,
            groupMappings: { enabled: false, mappings: org.groupMappings?.mappings ?? [] },
          });
          const after = deepFreeze(changes.reduce<Org>((o, change) => addGroupMembership(o, change) ?? o, before));
          const problems = lossesOf(before, after);
          for (const memberId of memberIds(before)) {
            const was = resolveAccess(before, memberId).builtInRole;
            const is = resolveAccess(after, memberId).builtInRole;
            if (was !== is) problems.push(`${memberId} went from ${String(was)} to ${String(is)}`);
          }
          expectNoProblems(problems);
        },
      ),
      { numRuns: runs(RUNS) },
    );
  });
});
