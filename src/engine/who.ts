import type { Group } from "../org.js";
import type { CompiledOrg } from "./compile.js";
import { groupsHolding, type MemberEntry } from "./membership.js";
import type { CommonReason } from "./reason.js";
import type { CompiledRole } from "./roles.js";

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

/**
 * What explaining a decision about one id collects: its reasons, and what only the explanation
 * needs of the member (their groups, their stored role). Deciding needs only the member's profile;
 * the rule functions take one of these when asked to explain, so one code path decides and explains.
 */
export class Explaining<R> {
  readonly reasons: R[] = [];
  readonly #compiled: CompiledOrg;
  /** The member's entry; `undefined` for an id that is not a member of the org. */
  readonly entry: MemberEntry | undefined;

  constructor(compiled: CompiledOrg, memberId: string) {
    this.#compiled = compiled;
    this.entry = compiled.membership.members.get(memberId);
  }

  // INVARIANT (both below): asked only once the id is known to be a member.
  /** GRP-3: why the member's built-in role is not the stored one, when a mapping changed it. */
  mapping(): CommonReason[] {
    return mappingReasons(this.entry as MemberEntry);
  }

  /** The groups, in org order, through which the member holds a role (GRP-1, GRP-2). */
  groupsHolding(role: CompiledRole): readonly Group[] {
    return groupsHolding(this.#compiled.membership, this.entry as MemberEntry, role);
  }
}
