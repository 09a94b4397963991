// What decides a member's access apart from spend limits: built-in role after mappings, seat, and
// (for a Custom-roles member) the roles held. Members with the same signature have the same
// capabilities, landing page, connector menu and tool levels (only the explanations name other
// members and groups), so a diff compares each distinct pair of signatures once.
import type { BuiltInRole, MappableRole, Member, Org, Seat } from "../org.js";

/** The signature of a member in one org. Equal keys mean equal access (spend limits aside). */
export interface Signature {
  /** Equal for members with equal access values; distinct otherwise. */
  readonly key: string;
  readonly builtInRole: BuiltInRole;
  /** The roles held, in code-unit order of their ids; empty unless governed by custom roles. */
  readonly roleIds: readonly string[];
}

// GRP-3: user < custom < admin < owner.
const MAPPING_PRECEDENCE: readonly MappableRole[] = ["user", "custom", "admin", "owner"];

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** GRP-3: the built-in role the next sync would assign, from the mapped roles of the member's groups. */
function builtInRoleOf(member: Member, mapped: readonly MappableRole[]): BuiltInRole {
  if (member.role === "primary-owner") return member.role;
  const rank = mapped.reduce((best, role) => Math.max(best, MAPPING_PRECEDENCE.indexOf(role)), -1);
  return MAPPING_PRECEDENCE[rank] ?? member.role;
}

/** Per member id: the groups listing it that count for roles (GRP-1, GRP-2), and its mapped roles. */
function membershipOf(org: Org, members: ReadonlyMap<string, Member>) {
  const rolesOfGroup = new Map<string, string[]>();
  const roleIds = new Set(org.roles.map((role) => role.id));
  // IN-2: an assignment to a missing role grants nothing.
  for (const { groupId, roleId } of org.roleAssignments) if (roleIds.has(roleId)) push(rolesOfGroup, groupId, roleId);
  const mappings = new Map<string, MappableRole[]>();
  if (org.groupMappings?.enabled === true)
    for (const { groupId, role } of org.groupMappings.mappings ?? []) push(mappings, groupId, role);

  const held = new Map<string, Set<string>>();
  const mapped = new Map<string, MappableRole[]>();
  for (const group of org.groups) {
    const counts = group.source === "manual" || org.provisioning === "scim";
    const roles = counts ? (rolesOfGroup.get(group.id) ?? []) : [];
    const groupMapped = mappings.get(group.id) ?? [];
    for (const memberId of group.members) {
      if (!members.has(memberId)) continue;
      if (roles.length > 0) {
        let set = held.get(memberId);
        if (set === undefined) held.set(memberId, (set = new Set()));
        for (const roleId of roles) set.add(roleId);
      }
      for (const role of groupMapped) push(mapped, memberId, role);
    }
  }
  return { held, mapped };
}

/**
 * Orders distinct ids by code units, the same whichever org comes first (DIF-1 mirror).
 * INVARIANT: only ever sorts distinct ids (keys of a Map or a Set), so no two compare equal.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : 1;
}

/**
 * Every member's signature in one org, in O(size of the org): member id → signature. Signatures
 * with equal keys are the same object.
 *
 * Rules: GRP-1, GRP-2 (counting groups), GRP-3 (mappings), GRP-4, CAP-3, CON-5 (roles matter for
 * Custom-roles members only), CAP-7 (the seat, on a dual-seat plan).
 */
export function signaturesOf(org: Org): ReadonlyMap<string, Signature> {
  // parseOrg guarantees unique member ids.
  const members = new Map(org.members.map((member) => [member.id, member] as const));
  const { held, mapped } = membershipOf(org, members);
  const interned = new Map<string, Signature>();
  const result = new Map<string, Signature>();
  for (const [memberId, member] of members) {
    const builtInRole = builtInRoleOf(member, mapped.get(memberId) ?? []);
    const seat: Seat | null = org.seatPlan === "dual" ? (member.seat ?? "chat") : null;
    const roleIds = builtInRole === "custom" ? [...(held.get(memberId) ?? [])].sort(compareIds) : [];
    const key = JSON.stringify([builtInRole, seat, roleIds]);
    let signature = interned.get(key);
    if (signature === undefined)
      interned.set(key, (signature = Object.freeze({ key, builtInRole, roleIds: Object.freeze(roleIds) })));
    result.set(memberId, signature);
  }
  return result;
}
