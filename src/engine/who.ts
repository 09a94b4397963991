import type { CompiledOrg } from "./compile.js";
import type { MemberEntry } from "./membership.js";
import type { CommonReason } from "./reason.js";

/** The reason for an id that is not a member of this org (CON-7): it has no access at all. */
export function unknownMemberReason(compiled: CompiledOrg, memberId: string): CommonReason {
  return { kind: "unknown-member", rule: "CON-7", memberId, orgId: compiled.org.id };
}

/**
 * The reason a member's built-in role differs from the stored one, when group mappings changed it
 * (GRP-3); none otherwise.
 */
export function mappingReasons(entry: MemberEntry): CommonReason[] {
  const { builtInRole } = entry.profile;
  if (builtInRole === entry.member.role) return [];
  // INVARIANT: the built-in role differs from the stored one only through a mapped group.
  return [{ kind: "group-mapping", rule: "GRP-3", builtInRole, groups: entry.mappedVia }];
}
