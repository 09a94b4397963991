import type { Org } from "../org.js";
import { compiledOf, type CompiledOrg } from "./compile.js";
import type { CapabilityDecision, LandingPageDecision } from "./decision.js";
import { ExplainedBy, LazyExplained, worded, type Why } from "./explained.js";
import type { ProfileTable } from "./profiles.js";
import { rulesOf, type CapabilityReason } from "./reason.js";
import type { RuleId } from "../rules.js";
import { capabilitySubject, landingPageSubject, wordCapabilityReason } from "../words/capabilities.js";
import { keep, keptDecision } from "./strangers.js";
import { reasonsBy, unknownMemberReason, type Explaining } from "./who.js";

/** The reasons of a capability decision as data, by the very code that decided (`detailed`: with the groups). */
function reasonsOf(
  detailed: boolean,
  compiled: CompiledOrg,
  memberId: string,
  capability: string,
): readonly CapabilityReason[] {
  return reasonsBy<CapabilityReason>(compiled, memberId, detailed, (p, why) =>
    capabilityGranted(compiled, p, memberId, capability, why),
  );
}

/** A capability decision; its explanation is built from the same facts when read. */
class CapabilityVerdict extends LazyExplained implements CapabilityDecision {
  readonly memberId: string;
  readonly capability: string;
  readonly orgEnabled: boolean;
  readonly granted: boolean;
  readonly #compiled: CompiledOrg;

  constructor(compiled: CompiledOrg, memberId: string, capability: string, granted: boolean) {
    super();
    this.memberId = memberId;
    this.capability = capability;
    this.orgEnabled = compiled.enabledCapabilities.has(capability);
    this.granted = granted;
    this.#compiled = compiled;
    Object.freeze(this);
  }

  protected explain(): Why {
    return {
      subject: capabilitySubject(this.memberId, this.capability, this.granted),
      reasons: worded(reasonsOf(true, this.#compiled, this.memberId, this.capability), wordCapabilityReason),
    };
  }

  protected override ruleIds(): readonly RuleId[] {
    return rulesOf(reasonsOf(false, this.#compiled, this.memberId, this.capability));
  }
}

/** CAP-4: whether a Custom-roles member's roles grant the capability. */
function rolesGrant(table: ProfileTable, p: number, capability: string): boolean {
  const count = table.roleCount(p);
  for (let k = 0; k < count; k++) if (table.role(p, k).capabilities.has(capability)) return true;
  return false;
}

/** CAP-4..CAP-6: why a Custom-roles member's roles grant the capability or not. */
function rolesGrantReasons(
  table: ProfileTable,
  p: number,
  capability: string,
  why: Explaining<CapabilityReason>,
): void {
  const roles = table.profile(p).roles;
  const grantors = roles.filter((role) => role.capabilities.has(capability));
  // CAP-5: roles are additive, each grantor is a reason.
  for (const role of grantors) {
    const via = why.groupsHolding(role);
    why.reasons.push({
      kind: "role-grants-capability",
      rule: grantors.length > 1 ? "CAP-5" : "CAP-4",
      roleId: role.role.id,
      roleName: role.role.name,
      groups: via.map((group) => group.id),
      groupNames: via.map((group) => group.name),
    });
  }
  if (grantors.length > 0) return;
  if (roles.length === 0) why.reasons.push({ kind: "no-custom-role", rule: "CAP-6", builtInRole: "custom" });
  else {
    why.reasons.push({
      kind: "no-role-grants-capability",
      rule: "CAP-4",
      builtInRole: "custom",
      roles: roles.map((role) => role.role.id),
      roleNames: roles.map((role) => role.role.name),
    });
  }
}

/**
 * Whether an id has a capability (CAP-1..CAP-7, CON-7), pushing the reasons onto `why` when asked:
 * one code path decides and explains.
 */
export function capabilityGranted(
  compiled: CompiledOrg,
  p: number,
  memberId: string,
  capability: string,
  why?: Explaining<CapabilityReason>,
): boolean {
  if (p === -1) {
    why?.reasons.push(unknownMemberReason(compiled, memberId));
    return false;
  }
  if (!compiled.enabledCapabilities.has(capability)) {
    why?.reasons.push({ kind: "capability-off", rule: "CAP-1", capability });
    return false;
  }
  why?.reasons.push(...why.mapping());
  const { table } = compiled.membership;
  const seat = table.seat(p);
  if (capability === "claude_code" && seat === "chat") {
    why?.reasons.push({ kind: "chat-seat", rule: "CAP-7", seat });
    return false;
  }
  if (!table.governed(p)) {
    const builtInRole = table.builtInRole(p);
    const owner = builtInRole === "owner" || builtInRole === "primary-owner";
    why?.reasons.push({ kind: "built-in-capabilities", rule: owner ? "CAP-2" : "CAP-3", builtInRole });
    return true;
  }
  if (why !== undefined) rolesGrantReasons(table, p, capability, why);
  return rolesGrant(table, p, capability);
}

/** A capability decision for one id, its explanation built when read. */
export function decideCapability(
  compiled: CompiledOrg,
  p: number,
  memberId: string,
  capability: string,
): CapabilityDecision {
  return new CapabilityVerdict(compiled, memberId, capability, capabilityGranted(compiled, p, memberId, capability));
}

/**
 * Whether one member has one capability (feature), with the reason. Test `.granted`: the decision
 * is an object, always truthy.
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
 * @throws {@link OrgValidationError} when the org did not come from `parseOrg` and is not valid (IN-3)
 *
 * @example
 * ```ts
 * // Engineering gets Claude Code + Fast Mode; u1 is in the Engineering group, set to Custom roles.
 * resolveCapability(org, "u1", "claude_code").granted // => true
 * resolveCapability(org, "u1", "cowork").granted // => false
 * resolveCapability(org, "u1", "cowork").summary
 * // => "member `u1` does not have capability `cowork` because none of the member's custom roles (`Engineering`) grants it (CAP-4)"
 * ```
 */
export function resolveCapability(org: Org, memberId: string, capability: string): CapabilityDecision {
  const compiled = compiledOf(org);
  const p = compiled.membership.profileOf(memberId);
  if (p !== -1) return decideCapability(compiled, p, memberId, capability);
  return (
    (keptDecision("capability", compiled, memberId, "", capability) as CapabilityDecision | undefined) ??
    keep("capability", compiled, memberId, "", capability, decideCapability(compiled, p, memberId, capability))
  );
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

/** A landing page decision; its explanation is built when read. */
class LandingPage extends ExplainedBy implements LandingPageDecision {
  readonly page: "chat" | "settings";

  constructor(page: "chat" | "settings", why: () => Why) {
    super(why);
    this.page = page;
    Object.freeze(this);
  }
}

/** CAP-8: where a member lands, given their `chat` decision. */
export function decideLandingPage(chat: CapabilityDecision): LandingPageDecision {
  const page = chat.granted ? "chat" : "settings";
  return new LandingPage(page, () => ({
    subject: landingPageSubject(chat.memberId, page),
    reasons: [
      ...worded([{ kind: "landing-page", rule: "CAP-8", chat: chat.granted }], wordCapabilityReason),
      ...chat.reasons,
    ],
  }));
}
