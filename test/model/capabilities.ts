// Reference model of SPEC §3 (capabilities): whether a member has a capability.
import type { Org } from "../../src/org.js";
import { modelBuiltInRole, modelHeldRoles, modelSeat } from "./members.js";

/** SPEC §1: the capability ids the product knows today. */
export const MODEL_KNOWN_CAPABILITIES: readonly string[] = [
  "chat",
  "projects",
  "memory",
  "web_search",
  "code_execution",
  "cowork",
  "claude_code",
  "fast_mode",
];

/** CAP-1: a capability is on at org level only when its switch is `true`; absent = off. */
export function modelOrgEnabled(org: Org, capability: string): boolean {
  return Object.hasOwn(org.capabilities, capability) && org.capabilities[capability] === true;
}

/**
 * CAP-1..7: whether a member has a capability.
 * Lead's decision: an id that is not a member of this org has no capability (CON-7).
 */
export function modelHasCapability(org: Org, memberId: string, capability: string): boolean {
  const builtIn = modelBuiltInRole(org, memberId);
  if (builtIn === undefined) return false; // CON-7
  if (!modelOrgEnabled(org, capability)) return false; // CAP-1: the main switch, Owners included
  if (capability === "claude_code" && modelSeat(org, memberId) === "chat") return false; // CAP-7
  if (builtIn !== "custom") return true; // CAP-2, CAP-3, GRP-4: built-in roles get every org-enabled one
  // CAP-4, CAP-5, CAP-6: a Custom-roles member needs a held role that grants it (additive).
  return modelHeldRoles(org, memberId).some((role) => role.capabilities.includes(capability));
}

/** The capability ids resolveAccess answers for: known ones, the org's switches and every role's. */
export function modelCapabilityIds(org: Org): readonly string[] {
  const ids: string[] = [];
  const add = (id: string): void => {
    if (!ids.includes(id)) ids.push(id);
  };
  MODEL_KNOWN_CAPABILITIES.forEach(add);
  Object.keys(org.capabilities).forEach(add);
  for (const role of org.roles) role.capabilities.forEach(add);
  return ids;
}

/** CAP-8: a member without chat lands on their settings page. */
export function modelLandingPage(org: Org, memberId: string): "chat" | "settings" {
  return modelHasCapability(org, memberId, "chat") ? "chat" : "settings";
}
