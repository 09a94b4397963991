import type { Reason } from "./decision.js";
import type { HeldCompiledRole, MemberContext, OrgIndex } from "./compile.js";
import { q, reason } from "./explain.js";

/**
 * The reason for an id that is not a member of this org (CON-7): it has no access at all.
 */
export function unknownMemberReason(index: OrgIndex, memberId: string): Reason {
  return reason({ rule: "CON-7", says: `${q(memberId)} is not a member of org ${q(index.org.id)}` });
}

/**
 * The reason a member's built-in role differs from the stored one, when group mappings changed it
 * (GRP-3); none otherwise.
 */
export function mappingReasons(context: MemberContext): Reason[] {
  if (context.builtInRole === context.member.role) return [];
  // INVARIANT: the built-in role differs from the stored one only through a mapped group.
  const groups = context.mappedVia.map(q).join(", ");
  return [
    reason({
      rule: "GRP-3",
      says: `the group mapping of ${groups} makes the member's built-in role ${q(context.builtInRole)}`,
      builtInRole: context.builtInRole,
      via: context.mappedVia.join(", "),
    }),
  ];
}

/**
 * "role `Engineering` (via group `Engineering`)": how a member holds a role, for sentences.
 */
export function heldRoleText(held: HeldCompiledRole): string {
  const groups = held.via.map((group) => q(group.name)).join(", ");
  return `role ${q(held.role.role.name)} (via group ${groups})`;
}

/**
 * The id of the first group through which a role is held, for reasons as data.
 */
export function firstVia(held: HeldCompiledRole): { via: string } {
  return { via: held.via[0].id };
}
