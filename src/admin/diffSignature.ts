// What decides a member's access apart from spend limits: built-in role after mappings, seat, and
// (for a Custom-roles member) the roles held. Members with the same signature have the same
// capabilities, landing page, connector menu and tool levels (only the explanations name other
// members and groups), so a diff compares each distinct pair of signatures once.
import { compiledOf } from "../engine/compile.js";
import { NONE } from "../engine/membership.js";
import { getOrInsertComputed } from "../maps.js";
import type { BuiltInRole, Org } from "../org.js";

/** The signature of a member in one org. Equal keys mean equal access (spend limits aside). */
export interface Signature {
  /** Equal for members with equal access values; distinct otherwise. */
  readonly key: string;
  readonly builtInRole: BuiltInRole;
  /** The roles held, in code-unit order of their ids; empty unless governed by custom roles. */
  readonly roleIds: readonly string[];
}

/**
 * Every member's signature in one org, in O(size of the org): member id → signature. Signatures
 * with equal keys are the same object.
 *
 * Rules: GRP-1, GRP-2 (counting groups), GRP-3 (mappings), GRP-4, CAP-3, CON-5 (roles matter for
 * Custom-roles members only), CAP-7 (the seat, on a dual-seat plan).
 */
export function signaturesOf(org: Org): ReadonlyMap<string, Signature> {
  // The engine's profiles already group members by built-in role, seat and roles held (one
  // implementation of GRP-1..GRP-3); a signature adds a key that compares across two orgs.
  const { membership } = compiledOf(org);
  const byProfile = new Map<number, Signature>();
  const interned = new Map<string, Signature>();
  const result = new Map<string, Signature>();
  const signatureOf = (p: number): Signature => {
    const profile = membership.table.profile(p);
    // Stryker disable next-line MethodExpression: ids in another order make another key, and members of another key are compared in full (the same differences); the order saves the cost only
    const roleIds = profile.governed ? profile.roles.map((role) => role.role.id).sort() : NONE;
    const key = JSON.stringify([profile.builtInRole, profile.seat, roleIds]);
    return getOrInsertComputed(interned, key, () =>
      Object.freeze({ key, builtInRole: profile.builtInRole, roleIds: Object.freeze(roleIds) }),
    );
  };
  for (const { id: memberId } of org.members)
    result.set(memberId, getOrInsertComputed(byProfile, membership.profileOf(memberId), signatureOf));
  return result;
}
