// The words of capability, landing page and access decisions (EXP-1, CAP-1..CAP-8).
import type { CapabilityReason } from "../engine/reason.js";
import { wordCommonReason } from "./common.js";
import { heldRoleText, listText, plural, q } from "./quote.js";

/** "member `u1` has capability `chat`". */
export function capabilitySubject(memberId: string, capability: string, granted: boolean): string {
  return `member ${q(memberId)} ${granted ? "has" : "does not have"} capability ${q(capability)}`;
}

/** "member `u1` lands on the chat page". */
export function landingPageSubject(memberId: string, page: "chat" | "settings"): string {
  return `member ${q(memberId)} lands on the ${page} page`;
}

/** "member `u1` has 6 capabilities and 2 connectors in the menu". */
export function accessSubject(memberId: string, capabilities: number, menu: number): string {
  return `member ${q(memberId)} has ${plural(capabilities, "capability", "capabilities")} and ${plural(menu, "connector", "connectors")} in the menu`;
}

/** A reason of a capability, landing page or access decision in words, as its `message`. One case per kind. */
export function wordCapabilityReason(reason: CapabilityReason): string {
  switch (reason.kind) {
    case "capability-off":
      return `${q(reason.capability)} is off at org level, for everyone`;
    case "chat-seat":
      return "the member has a Chat seat, which never has Claude Code";
    case "built-in-capabilities":
      return `built-in role ${q(reason.builtInRole)} has every capability the org has on`;
    case "role-grants-capability":
      return `${heldRoleText(reason.roleName, reason.groupNames)} grants it`;
    case "no-role-grants-capability":
      return `none of the member's custom roles (${listText(reason.roleNames.map(q))}) grants it`;
    case "landing-page":
      return reason.chat
        ? "the member has `chat`"
        : "the member does not have `chat`; their other capabilities stay available from the settings page";
    case "access-scope":
      return reason.builtInRole === "custom"
        ? `the member is set to Custom roles and holds ${plural(reason.rolesHeld, "custom role", "custom roles")}`
        : `built-in role ${q(reason.builtInRole)} is not governed by custom roles`;
    default:
      return wordCommonReason(reason);
  }
}
