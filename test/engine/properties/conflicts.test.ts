// CON-13: cross-role conflict warnings. The applying levels are at least the role's own, a role never
// conflicts with itself, the conflicting roles are exactly those that grant the connector and differ,
// and the shared-members view is the all-roles view limited to roles that share a member.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { findCrossRoleConflicts, type Org } from "../../../src/index.js";
import { arbOrg } from "../../arbitraries.js";
import { arbRichOrg } from "../mutations.js";
import { deepFreeze, most, rank, roleLevel, runs } from "./questions.js";

const RUNS = 120;

/**
 * The pairs of roles that some member of the org holds together through groups that count under
 * GRP-2 (whatever the member's built-in role), read from the JSON: role id → the other role ids.
 */
function rolesSharingMembers(org: Org): Map<string, Set<string>> {
  const roleIds = new Set(org.roles.map((role) => role.id));
  const shared = new Map<string, Set<string>>();
  for (const member of org.members) {
    const groups = org.groups.filter(
      (group) => group.members.includes(member.id) && (group.source === "manual" || org.provisioning === "scim"),
    );
    const held = new Set(
      org.roleAssignments
        .filter((a) => roleIds.has(a.roleId) && groups.some((group) => group.id === a.groupId))
        .map((a) => a.roleId),
    );
    for (const a of held) for (const b of held) if (a !== b) shared.set(a, (shared.get(a) ?? new Set()).add(b));
  }
  return shared;
}

describe("cross-role conflicts (CON-13)", () => {
  test("applying levels are at least the role's own, a role never conflicts with itself, conflicting roles are exactly the others that grant the connector at a different level, applying is the most permissive of them, and the shared-members view keeps exactly the conflicting roles that share a member with the role (CON-13, CON-2, CON-3, GRP-2)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), (raw) => {
        const org = deepFreeze(raw);
        const sharingOf = rolesSharingMembers(org);
        for (const role of org.roles) {
          const report = findCrossRoleConflicts(org, role.id);
          expect(report.known).toBe(true);
          for (const row of report.connectors) {
            const tools = [...new Set(org.connectors.find((c) => c.id === row.connectorId)?.tools ?? [])];
            const own = tools.map((tool) => roleLevel(role, row.connectorId, tool));
            expect(tools.map((tool) => row.levels[tool])).toEqual(own);
            const expected = org.roles.filter((other) => {
              if (other.id === role.id) return false;
              const levels = tools.map((tool) => roleLevel(other, row.connectorId, tool));
              return levels.some((level) => level !== "blocked") && levels.some((level, i) => level !== own[i]);
            });
            expect(row.allRoles.conflicts.map((c) => c.roleId), `${role.id} on ${row.connectorId}`).toEqual(expected.map((o) => o.id));
            for (const view of [row.allRoles, row.sharedMembers]) {
              expect(view.conflicts.some((c) => c.roleId === role.id)).toBe(false);
              tools.forEach((tool, i) => {
                const applying = view.applying[tool] ?? "blocked";
                expect(rank(applying), `${role.id} ${row.connectorId}/${tool}`).toBeGreaterThanOrEqual(rank(own[i] ?? "blocked"));
                const others = view.conflicts.map((c) => c.levels[tool] ?? "blocked");
                expect(applying).toBe(most([own[i] ?? "blocked", ...others]));
              });
            }
            const all = new Map(row.allRoles.conflicts.map((c) => [c.roleId, c]));
            for (const shared of row.sharedMembers.conflicts) expect(all.get(shared.roleId), shared.roleId).toEqual(shared);
            const sharing = sharingOf.get(role.id) ?? new Set<string>();
            expect(row.sharedMembers.conflicts.map((c) => c.roleId), `${role.id} on ${row.connectorId}, shared`).toEqual(
              row.allRoles.conflicts.map((c) => c.roleId).filter((id) => sharing.has(id)),
            );
          }
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });
});
