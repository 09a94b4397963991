import type { Org } from "../org.js";
import type { CapabilityDecision, LandingPageDecision, Reason } from "./decision.js";
import { indexOf, type MemberContext, type OrgIndex } from "./compile.js";
import { explain, q, reason } from "./explain.js";
import { firstVia, heldRoleText, mappingReasons, unknownMemberReason } from "./member.js";

function rolesReasons(context: MemberContext, capability: string): { granted: boolean; reasons: Reason[] } {
  const grantors = context.held.filter((held) => held.role.capabilities.has(capability));
  if (grantors.length > 0) {
    const rule = grantors.length > 1 ? "CAP-5" : "CAP-4";
    return {
      granted: true,
      reasons: grantors.map((held) =>
        reason({ rule, says: `${heldRoleText(held)} grants it`, role: held.role.role.id, ...firstVia(held) }),
      ),
    };
  }
  if (context.held.length === 0) {
    return {
      granted: false,
      reasons: [reason({ rule: "CAP-6", says: "the member is set to Custom roles and holds no custom role", builtInRole: "custom" })],
    };
  }
  const names = context.held.map((held) => q(held.role.role.name)).join(", ");
  return {
    granted: false,
    reasons: [reason({ rule: "CAP-4", says: `none of the member's custom roles (${names}) grants it`, builtInRole: "custom" })],
  };
}

/**
 * Decides one capability for one member (or an unknown id, `context` undefined). The one place the
 * capability rules are applied: `hasCapability` and `resolveAccess` both call it.
 */
export function decideCapability(
  index: OrgIndex,
  context: MemberContext | undefined,
  memberId: string,
  capability: string,
): CapabilityDecision {
  const orgEnabled = index.enabledCapabilities.has(capability);
  const decide = (granted: boolean, reasons: Reason[]): CapabilityDecision =>
    Object.freeze({
      memberId,
      capability,
      orgEnabled,
      granted,
      ...explain(`member ${q(memberId)}`, `${granted ? "has" : "does not have"} capability ${q(capability)}`, reasons),
    });

  if (context === undefined) return decide(false, [unknownMemberReason(index, memberId)]);
  // Only capability ids the org knows reach the memo, so callers' arbitrary ids never grow it.
  const known = context.capabilityDecisions.get(capability);
  if (known !== undefined) return known;
  const decision = decideForMember(context, capability, orgEnabled, decide);
  if (index.capabilityIds.includes(capability) && index.mayRemember()) context.capabilityDecisions.set(capability, decision);
  return decision;
}

function decideForMember(
  context: MemberContext,
  capability: string,
  orgEnabled: boolean,
  decide: (granted: boolean, reasons: Reason[]) => CapabilityDecision,
): CapabilityDecision {
  if (!orgEnabled) {
    return decide(false, [reason({ rule: "CAP-1", says: `${q(capability)} is off at org level, for everyone` })]);
  }
  const reasons = mappingReasons(context);
  if (capability === "claude_code" && context.seat === "chat") {
    reasons.push(reason({ rule: "CAP-7", says: "the member has a Chat seat, which never has Claude Code", seat: "chat" }));
    return decide(false, reasons);
  }
  const builtIn = context.builtInRole;
  if (builtIn !== "custom") {
    const owner = builtIn === "owner" || builtIn === "primary-owner";
    reasons.push(
      reason({
        rule: owner ? "CAP-2" : "CAP-3",
        says: `built-in role ${q(builtIn)} has every capability the org has on`,
        builtInRole: builtIn,
      }),
    );
    return decide(true, reasons);
  }
  const roles = rolesReasons(context, capability);
  reasons.push(...roles.reasons);
  return decide(roles.granted, reasons);
}

/**
 * Whether one member has one capability (feature), with the reason. Test `.granted`: the decision
 * object is always truthy.
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
 * @param org - a parsed org (see `parseOrg`)
 * @param memberId - the member's id
 * @param capability - a capability id such as `"cowork"`
 * @returns the decision with its explanation (EXP-1)
 *
 * @example
 * ```ts
 * // Engineering gets Claude Code + Fast Mode; u1 is in the Engineering group, set to Custom roles.
 * hasCapability(org, "u1", "claude_code").granted // => true
 * hasCapability(org, "u1", "cowork").granted // => false
 * hasCapability(org, "u1", "cowork").summary
 * // => "member `u1` does not have capability `cowork` because none of the member's custom roles (`Engineering`) grants it (CAP-4)"
 * ```
 */
export function hasCapability(org: Org, memberId: string, capability: string): CapabilityDecision {
  const index = indexOf(org);
  return decideCapability(index, index.member(memberId), memberId, capability);
}

/**
 * CAP-8: where a member lands, given their `chat` decision.
 */
export function decideLandingPage(chat: CapabilityDecision): LandingPageDecision {
  const page = chat.granted ? "chat" : "settings";
  const says = chat.granted
    ? "the member has `chat`"
    : "the member does not have `chat`; their other capabilities stay available from the settings page";
  return Object.freeze({
    page,
    ...explain(`member ${q(chat.memberId)}`, `lands on the ${page} page`, [reason({ rule: "CAP-8", says }), ...chat.reasons]),
  });
}
