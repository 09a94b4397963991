// Properties of the audit over random orgs (AUD-1, IN-3): it never throws, its findings are deeply
// frozen and in the table's order, and its member and role findings agree with a naive audit that
// asks the engine member by member and role by role.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { auditOrg } from "../../src/admin/audit.js";
import type { Finding, FindingKind } from "../../src/admin/auditFinding.js";
import {
  findCrossRoleConflicts,
  hasCapability,
  parseOrg,
  resolveAccess,
  type BuiltInRole,
  type Org,
} from "../../src/index.js";
import { arbOrg } from "../arbitraries.js";
import { LISTED_CONFLICTS_LIMIT } from "../../src/admin/auditConflicts.js";
import { isDeeplyFrozen } from "../freeze.js";
import { runs } from "../runs.js";

const KINDS: readonly FindingKind[] = [
  "dangling-reference",
  "custom-member-without-role",
  "scim-group-ignored",
  "role-without-effect",
  "capability-off-at-org",
  "chat-seat-claude-code",
  "lands-on-settings",
  "mapping-demotes",
  "cross-role-conflict",
];

/**
 * Random orgs made denser for the audit: a dual-seat plan with connector permissions on, some roles
 * granting `claude_code`, and a manual group of some members holding several roles at once, so that
 * Chat seats with Claude Code and roles sharing members come up often.
 */
function arbAuditOrg(): fc.Arbitrary<Org> {
  const dense = fc.tuple(arbOrg(), fc.nat(), fc.nat()).map(([org, roleBits, memberBits]): Org => {
    const groupIds = new Set(org.groups.map((group) => group.id));
    let id = "g-dense";
    while (groupIds.has(id)) id = `${id}+`;
    const picked = <T>(list: readonly T[], bits: number) => list.filter((_, i) => ((bits >> i) & 1) === 1);
    return {
      ...org,
      seatPlan: "dual",
      connectorPermissionsEnabled: true,
      roles: org.roles.map((role, i) =>
        ((roleBits >> (i + 8)) & 1) === 1 ? { ...role, capabilities: [...role.capabilities, "claude_code"] } : role,
      ),
      groups: [
        ...org.groups,
        { id, name: "Dense", source: "manual", members: picked(org.members, memberBits).map((member) => member.id) },
      ],
      roleAssignments: [
        ...org.roleAssignments,
        ...picked(org.roles, roleBits).map((role) => ({ groupId: id, roleId: role.id })),
      ],
    };
  });
  return fc.oneof(arbOrg(), dense);
}

const RANK: Record<BuiltInRole, number> = { user: 0, custom: 1, admin: 2, owner: 3, "primary-owner": 4 };

/** The member findings a naive audit gives, asking `resolveAccess` member by member: `kind member`. */
function naiveMemberFindings(org: Org): string[] {
  const found: string[] = [];
  const grantsClaudeCode = new Set(
    org.roles.filter((role) => role.capabilities.includes("claude_code")).map((role) => role.id),
  );
  for (const member of org.members) {
    const access = resolveAccess(org, member.id);
    const custom = access.builtInRole === "custom";
    const key = (kind: FindingKind) => `${kind} ${member.id}`;
    if (custom && access.roles.length === 0) found.push(key("custom-member-without-role"));
    if (custom && access.seat === "chat" && access.roles.some((role) => grantsClaudeCode.has(role.roleId)))
      found.push(key("chat-seat-claude-code"));
    if (custom && access.roles.length > 0 && !hasCapability(org, member.id, "chat").granted)
      found.push(key("lands-on-settings"));
    if ((member.role === "owner" || member.role === "admin") && RANK[access.builtInRole ?? "user"] < RANK[member.role])
      found.push(key("mapping-demotes"));
  }
  return found;
}

/** The role findings a naive audit gives: `role-without-effect role` and `cross-role-conflict role connector`. */
function naiveRoleFindings(org: Org): string[] {
  const heldByCustom = new Set(
    org.members.flatMap((member) => {
      const access = resolveAccess(org, member.id);
      return access.builtInRole === "custom" ? access.roles.map((role) => role.roleId) : [];
    }),
  );
  const assigned = new Set(org.roleAssignments.map((assignment) => assignment.roleId));
  const found = org.roles
    .filter((role) => assigned.has(role.id) && !heldByCustom.has(role.id))
    .map((role) => `role-without-effect ${role.id}`);
  if (!org.connectorPermissionsEnabled) return found;
  for (const role of org.roles) {
    for (const row of findCrossRoleConflicts(org, role.id).connectors) {
      const others = row.sharedMembers.conflicts.map((conflict) => conflict.roleId).slice(0, LISTED_CONFLICTS_LIMIT);
      if (others.length > 0) found.push(`cross-role-conflict ${role.id} ${row.connectorId} ${JSON.stringify(others)}`);
    }
  }
  return found;
}

function keyOf(finding: Finding): string {
  return finding.kind === "cross-role-conflict"
    ? `${finding.kind} ${finding.roleIds[0]} ${finding.connectorIds[0]} ${JSON.stringify(finding.roleIds.slice(1))}`
    : `${finding.kind} ${[...finding.memberIds, ...finding.roleIds][0]}`;
}

const MEMBER_KINDS = new Set<FindingKind>([
  "custom-member-without-role",
  "chat-seat-claude-code",
  "lands-on-settings",
  "mapping-demotes",
]);

describe("AUD-1 over random orgs", () => {
  test("AUD-1, IN-3: the audit never throws, is deeply frozen, and lists kinds in the table's order", () => {
    fc.assert(
      fc.property(arbAuditOrg(), (generated) => {
        const findings = auditOrg(parseOrg(generated));
        expect(isDeeplyFrozen(findings)).toBe(true);
        const order = findings.map((finding) => KINDS.indexOf(finding.kind));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        for (const finding of findings) expect(finding.message).toMatch(/^[a-z][^]*[^.]$/u);
      }),
      { numRuns: runs(150) },
    );
  });

  test("AUD-1: member findings agree with asking the engine member by member", () => {
    fc.assert(
      fc.property(arbAuditOrg(), (generated) => {
        const org = parseOrg(generated);
        const found = auditOrg(org)
          .filter((finding) => MEMBER_KINDS.has(finding.kind))
          .map(keyOf);
        expect(found.sort()).toEqual(naiveMemberFindings(org).sort());
      }),
      { numRuns: runs(150) },
    );
  });

  test("AUD-1, CON-13: role findings agree with asking the engine role by role (shared-members view)", () => {
    fc.assert(
      fc.property(arbAuditOrg(), (generated) => {
        const org = parseOrg(generated);
        const found = auditOrg(org)
          .filter((finding) => finding.kind === "role-without-effect" || finding.kind === "cross-role-conflict")
          .map(keyOf);
        expect(found.sort()).toEqual(naiveRoleFindings(org).sort());
      }),
      { numRuns: runs(150) },
    );
  });
});
