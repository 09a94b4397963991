import type { BuiltInRole, Group, Member } from "../org.js";
import type { CompiledOrg } from "./compile.js";
import { NONE } from "./membership.js";
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
export function mappingReasons(member: Member, builtInRole: BuiltInRole, via: readonly string[]): CommonReason[] {
  if (builtInRole === member.role) return [];
  // INVARIANT: the built-in role differs from the stored one only through a mapped group.
  return [{ kind: "group-mapping", rule: "GRP-3", builtInRole, groups: via }];
}

/**
 * What explaining a decision about one id collects: its reasons, and what only the explanation
 * needs of the member (their groups, their stored role). Deciding needs only the member's profile;
 * the rule functions take one of these when asked to explain, so one code path decides and explains.
 * When only the rule ids are wanted (`detailed` false), the groups a role comes through are left
 * out of the reasons (they name no rule), so that reading `rules` costs no walk of the member's groups.
 */
export class Explaining<R> {
  readonly reasons: R[] = [];
  readonly #compiled: CompiledOrg;
  readonly #memberId: string;
  readonly #detailed: boolean;

  constructor(compiled: CompiledOrg, memberId: string, detailed: boolean) {
    this.#compiled = compiled;
    this.#memberId = memberId;
    this.#detailed = detailed;
  }

  // INVARIANT (both below): asked only once the id is known to be a member.
  /** GRP-3: why the member's built-in role is not the stored one, when a mapping changed it. */
  mapping(): CommonReason[] {
    const { members, table, profileOf } = this.#compiled.membership;
    const { member, mappedVia } = members.stored(this.#memberId);
    return mappingReasons(member, table.builtInRole(profileOf(this.#memberId)), mappedVia);
  }

  /**
   * The groups, in org order, through which the member holds a role (GRP-1, GRP-2); none when not
   * detailed. A role an explanation names is one the member holds, through at least one group.
   */
  groupsHolding(role: CompiledRole): readonly Group[] {
    return this.#detailed ? this.#compiled.membership.members.groupsHolding(this.#memberId, role) : NONE;
  }
}

/**
 * The reasons of a decision about `memberId`, by the very code that decided it: `decide` is the
 * rule function, given the member's profile and what to collect into (`detailed`: with the groups).
 */
export function reasonsBy<R>(
  compiled: CompiledOrg,
  memberId: string,
  detailed: boolean,
  decide: (p: number, why: Explaining<R>) => unknown,
): readonly R[] {
  const why = new Explaining<R>(compiled, memberId, detailed);
  decide(compiled.membership.profileOf(memberId), why);
  return why.reasons;
}
