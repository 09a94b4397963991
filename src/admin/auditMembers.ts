// Findings about members (AUD-1): who loses governed features, who cannot have Claude Code, who lands on
// settings, whom group mappings demote. Each walks the memberships once, in member order.
import { resolveCapability } from "../engine/capabilities.js";
import type { BuiltInRole, CustomRole, Org } from "../org.js";
import type { RuleId } from "../rules.js";
import { involved, type FindingDraft } from "./auditFinding.js";
import type { AuditedMember, Membership, RoleEntry } from "./auditMembership.js";
import { getOrInsertComputed } from "../maps.js";

/** At most this many roles are named in one member's finding: the finding stays small. */
export const LISTED_ROLES_LIMIT = 10;

function memberPath(audited: AuditedMember): readonly (string | number)[] {
  return ["members", audited.position];
}

/** Whether group mappings changed the member's built-in role (GRP-3). */
function remapped(audited: AuditedMember): boolean {
  return audited.builtInRole !== audited.member.role;
}

/** CAP-6, Step 5: Custom-roles members (after mappings) in no counting group with a role. */
export function customMembersWithoutRole(membership: Membership): FindingDraft[] {
  return membership.members.flatMap((audited): FindingDraft[] => {
    if (audited.builtInRole !== "custom" || audited.holdsRole) return [];
    const mapped = remapped(audited);
    const rules: RuleId[] = mapped ? ["CAP-6", "CAP-4", "GRP-3"] : ["CAP-6", "CAP-4"];
    const ids = involved({ memberIds: [audited.member.id], groupIds: mapped ? audited.mappedVia : [] });
    return [
      { kind: "custom-member-without-role", severity: "error", rules, path: memberPath(audited), ...ids, fix: null },
    ];
  });
}

/** The roles of a member's counting groups that grant `capability`: at most LISTED_ROLES_LIMIT, in org order. */
function rolesGranting(
  membership: Membership,
  audited: AuditedMember,
  grants: (role: CustomRole) => boolean,
): string[] {
  const found = new Set<RoleEntry>();
  for (const group of audited.countingGroups) {
    for (const entry of membership.rolesOfGroup.get(group.id) ?? []) {
      if (found.size === LISTED_ROLES_LIMIT) break;
      if (grants(entry.role)) found.add(entry);
    }
  }
  return [...found].sort((a, b) => a.position - b.position).map((entry) => entry.role.id);
}

/** CAP-7: Custom-roles members on a Chat seat of a dual-seat plan holding a role that grants `claude_code`. */
export function chatSeatsWithClaudeCode(org: Org, membership: Membership): FindingDraft[] {
  if (org.seatPlan !== "dual") return [];
  // One answer per role, not per member and role: a role held by many members is looked at once.
  const grantsClaudeCode = new Map<CustomRole, boolean>();
  const grants = (role: CustomRole): boolean =>
    getOrInsertComputed(grantsClaudeCode, role, () => role.capabilities.includes("claude_code"));
  return membership.members.flatMap((audited): FindingDraft[] => {
    // A member without a seat is on a Chat seat (SPEC §1: fail closed).
    if (audited.builtInRole !== "custom" || (audited.member.seat ?? "chat") !== "chat") return [];
    const roleIds = rolesGranting(membership, audited, grants);
    if (roleIds.length === 0) return [];
    const ids = involved({ memberIds: [audited.member.id], roleIds, capability: "claude_code" });
    return [
      {
        kind: "chat-seat-claude-code",
        severity: "info",
        rules: ["CAP-7"],
        path: memberPath(audited),
        ...ids,
        fix: null,
      },
    ];
  });
}

/** CAP-8: Custom-roles members who hold a role and do not have `chat` (the engine decides `chat`). */
export function membersLandingOnSettings(org: Org, membership: Membership): FindingDraft[] {
  return membership.members.flatMap((audited): FindingDraft[] => {
    if (audited.builtInRole !== "custom" || !audited.holdsRole) return [];
    const chat = resolveCapability(org, audited.member.id, "chat");
    if (chat.granted) return [];
    // A capability decision never cites CAP-8 (the landing page's rule), so none is repeated.
    const rules: RuleId[] = ["CAP-8", ...chat.rules];
    const ids = involved({ memberIds: [audited.member.id], capability: "chat" });
    return [{ kind: "lands-on-settings", severity: "info", rules, path: memberPath(audited), ...ids, fix: null }];
  });
}

// How much a built-in role may do, to tell a demotion (GRP-3).
const RANK: Readonly<Record<BuiltInRole, number>> = { user: 0, custom: 1, admin: 2, owner: 3, "primary-owner": 4 };

/** GRP-3: Owners and Admins to whom group mappings give a lower built-in role. */
export function demotingMappings(membership: Membership): FindingDraft[] {
  return membership.members.flatMap((audited): FindingDraft[] => {
    const stored = audited.member.role;
    if ((stored !== "owner" && stored !== "admin") || RANK[audited.builtInRole] >= RANK[stored]) return [];
    const ids = involved({ memberIds: [audited.member.id], groupIds: audited.mappedVia });
    return [
      {
        kind: "mapping-demotes",
        severity: "error",
        rules: ["GRP-3"],
        path: memberPath(audited),
        ...ids,
        storedRole: stored,
        builtInRole: audited.builtInRole,
        fix: null,
      },
    ];
  });
}
