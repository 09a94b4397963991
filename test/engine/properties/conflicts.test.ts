// CON-13: cross-role conflict warnings. The applying levels are at least the role's own, a role never
// conflicts with itself, the conflicting roles are exactly those that grant the connector and differ,
// and the shared-members view is the all-roles view limited to roles that share a member.
import fc from "fast-check";
import { isDeepStrictEqual } from "node:util";
import { describe, test } from "vitest";
import { findCrossRoleConflicts, type Org } from "../../../src/index.js";
import { arbOrg } from "../../arbitraries.js";
import { arbRichOrg } from "../mutations.js";
import { deepFreeze, expectNoProblems, most, rank, roleLevel, runs } from "./questions.js";

const RUNS = 200;

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
        const problems: string[] = [];
        for (const role of org.roles) {
          const report = findCrossRoleConflicts(org, role.id);
          if (!report.known) problems.push(`${role.id} is reported unknown`);
          for (const row of report.connectors) {
            const say = (what: string): void => void problems.push(`${role.id} on ${row.connectorId}: ${what}`);
            const tools = [...new Set(org.connectors.find((c) => c.id === row.connectorId)?.tools ?? [])];
            const own = tools.map((tool) => roleLevel(role, row.connectorId, tool));
            if (tools.some((tool, i) => row.levels[tool] !== own[i]))
              say(`levels ${JSON.stringify(row.levels)}, expected ${own.join(",")}`);
            const expected = org.roles
              .filter((other) => {
                if (other.id === role.id) return false;
                const levels = tools.map((tool) => roleLevel(other, row.connectorId, tool));
                return levels.some((level) => level !== "blocked") && levels.some((level, i) => level !== own[i]);
              })
              .map((other) => other.id);
            const listed = row.allRoles.conflicts.map((c) => c.roleId);
            if (listed.join("\n") !== expected.join("\n"))
              say(`conflicts ${listed.join(",")}, expected ${expected.join(",")}`);
            const sharing = sharingOf.get(role.id) ?? new Set<string>();
            const shared = row.sharedMembers.conflicts.map((c) => c.roleId);
            if (shared.join("\n") !== listed.filter((id) => sharing.has(id)).join("\n"))
              say(`shared conflicts ${shared.join(",")} of ${listed.join(",")}`);
            const all = new Map(row.allRoles.conflicts.map((c) => [c.roleId, c]));
            for (const conflict of row.sharedMembers.conflicts) {
              if (!isDeepStrictEqual(all.get(conflict.roleId), conflict))
                say(`shared conflict ${conflict.roleId} differs from the all-roles one`);
            }
            for (const [name, view] of [
              ["allRoles", row.allRoles],
              ["sharedMembers", row.sharedMembers],
            ] as const) {
              if (view.conflicts.some((c) => c.roleId === role.id)) say(`${name} conflicts with itself`);
              tools.forEach((tool, i) => {
                const mine = own[i] ?? "blocked";
                const applying = view.applying[tool] ?? "blocked";
                const expectedApplying = most([mine, ...view.conflicts.map((c) => c.levels[tool] ?? "blocked")]);
                if (rank(applying) < rank(mine) || applying !== expectedApplying)
                  say(`${name} applying ${tool} ${applying}, expected ${expectedApplying}`);
              });
            }
          }
        }
        expectNoProblems(problems);
      }),
      { numRuns: runs(RUNS) },
    );
  });
});
