// resolveCapability as the browser entry answers it: the rules of capabilities (CAP-1..CAP-7, CON-7)
// applied to the org as given, read through plain maps (./orgMaps.ts), with no compiled index. The
// same decisions and the same reasons, word for word, as the engine's (src/engine/capabilities.ts):
// test/scan checks the two agree.
import type { Org } from "../org.js";
import type { CapabilityDecision } from "../engine/decision.js";
import { LazyExplained, worded, type Why } from "../engine/explained.js";
import type { CapabilityReason } from "../engine/reason.js";
import { capabilitySubject, wordCapabilityReason } from "../words/capabilities.js";
import { mappingReasons, memberFacts } from "./orgMaps.js";
import { own, scannable } from "./read.js";

/**
 * Decides one capability for one id by the rules of src/engine/capabilities.ts, in the same order,
 * pushing the same reasons onto `why` when it is given.
 */
function scanCapability(org: Org, memberId: string, capability: string, why?: CapabilityReason[]): boolean {
  const facts = memberFacts(org, memberId);
  // CON-7: an id that is not a member has no capability.
  if (facts === undefined) {
    why?.push({ kind: "unknown-member", rule: "CON-7", memberId, orgId: org.id });
    return false;
  }
  // CAP-1: a capability off at org level is nobody's.
  if (own(org.capabilities, capability) !== true) {
    why?.push({ kind: "capability-off", rule: "CAP-1", capability });
    return false;
  }
  why?.push(...mappingReasons(facts));
  // CAP-7: on a dual-seat plan a Chat seat (or no seat) never has Claude Code.
  if (capability === "claude_code" && org.seatPlan === "dual" && (facts.member.seat ?? "chat") === "chat") {
    why?.push({ kind: "chat-seat", rule: "CAP-7", seat: "chat" });
    return false;
  }
  // CAP-2, CAP-3: built-in roles other than Custom roles have every org-enabled capability.
  const { builtInRole } = facts;
  if (builtInRole !== "custom") {
    const owner = builtInRole === "owner" || builtInRole === "primary-owner";
    why?.push({ kind: "built-in-capabilities", rule: owner ? "CAP-2" : "CAP-3", builtInRole });
    return true;
  }
  // CAP-4, CAP-5: a Custom-roles member has what one of their roles grants, each grantor a reason.
  const grantors = facts.roles.filter(([role]) => role.capabilities.includes(capability));
  for (const [role, via] of grantors) {
    why?.push({
      kind: "role-grants-capability",
      rule: grantors.length > 1 ? "CAP-5" : "CAP-4",
      roleId: role.id,
      roleName: role.name,
      groups: via.map((group) => group.id),
      groupNames: via.map((group) => group.name),
    });
  }
  // CAP-6: no role at all; CAP-4: roles, none granting it.
  if (grantors.length > 0) return true;
  if (facts.roles.length === 0) why?.push({ kind: "no-custom-role", rule: "CAP-6", builtInRole });
  else {
    why?.push({
      kind: "no-role-grants-capability",
      rule: "CAP-4",
      builtInRole,
      roles: facts.roles.map(([role]) => role.id),
      roleNames: facts.roles.map(([role]) => role.name),
    });
  }
  return false;
}

/** A capability decision found through the org's maps; its explanation is found again, with its reasons, when read. */
class ScannedCapability extends LazyExplained implements CapabilityDecision {
  readonly memberId: string;
  readonly capability: string;
  readonly orgEnabled: boolean;
  readonly granted: boolean;
  readonly #org: Org;

  constructor(org: Org, memberId: string, capability: string) {
    super();
    this.memberId = memberId;
    this.capability = capability;
    this.orgEnabled = own(org.capabilities, capability) === true;
    this.granted = scanCapability(org, memberId, capability);
    this.#org = org;
    Object.freeze(this);
  }

  protected explain(): Why {
    const reasons: CapabilityReason[] = [];
    scanCapability(this.#org, this.memberId, this.capability, reasons);
    return {
      subject: capabilitySubject(this.memberId, this.capability, this.granted),
      reasons: worded(reasons, wordCapabilityReason),
    };
  }
}

/**
 * Whether one member has one capability (feature), with the reason, as a frontend asks it: the same
 * decision and explanation as the main entry's `resolveCapability`, read through plain maps built
 * by one pass over the org on its first question (a member's groups and roles found when first
 * asked, both kept with the org), with no compiled index, so that a bundle of it is small. Test
 * `.granted`: the decision is an object, always truthy.
 *
 * Rules:
 * - CAP-1: a capability off at org level is nobody's, Owners included.
 * - CAP-2: Primary Owners and Owners have every org-enabled capability; custom roles never affect them.
 * - CAP-3: Admins and Users have every org-enabled capability; custom roles have no effect on them.
 * - CAP-4: a Custom-roles member has a capability only if it is on at org level and a custom role
 *   assigned in this org to one of their counting groups grants it; they inherit nothing.
 * - CAP-5: roles are additive: one role never removes what another grants.
 * - CAP-6: a Custom-roles member in no group with a role has no governed capability.
 * - CAP-7: on a dual-seat plan a Chat seat (or no seat) never has `claude_code`; a seat grants nothing.
 * - CAP-10: built-in tools (`web_search`, `code_execution`) are capabilities like any other.
 * - GRP-1, GRP-2, GRP-3: roles come from this org's assignments to the member's counting groups,
 *   and the built-in role after group mappings.
 * - CON-7: an id that is not a member of this org has no capability.
 *
 * @param org - an org that `parseOrg` returned
 * @param memberId - the member's id
 * @param capability - a capability id such as `"cowork"`
 * @returns the decision with its explanation (EXP-1)
 * @throws TypeError when the org did not come from `parseOrg` (IN-3: the browser entry carries no parser to validate it)
 *
 * @example
 * ```ts
 * // Engineering gets Claude Code + Fast Mode; u1 is in the Engineering group, set to Custom roles.
 * resolveCapability(org, "u1", "claude_code").granted // => true
 * resolveCapability(org, "u1", "cowork").summary
 * // => "member `u1` does not have capability `cowork` because none of the member's custom roles (`Engineering`) grants it (CAP-4)"
 * ```
 */
export function resolveCapability(org: Org, memberId: string, capability: string): CapabilityDecision {
  return new ScannedCapability(scannable(org), memberId, capability);
}

/**
 * The former name of {@link resolveCapability}, kept for one minor version.
 *
 * Rules: CAP-1..CAP-7, CAP-10 (see `resolveCapability`).
 *
 * @deprecated Use `resolveCapability`: the decision is an object and always truthy, which the name
 * `hasCapability` hid. Test `.granted`.
 *
 * @example
 * ```ts
 * hasCapability(org, "u1", "claude_code").granted // => true
 * ```
 */
export function hasCapability(org: Org, memberId: string, capability: string): CapabilityDecision {
  return resolveCapability(org, memberId, capability);
}
