// Reference model of the UI rules of SPEC §3 and §5 (CAP-9, CON-11): how a decision shows.
import type { Level } from "../../src/level.js";

/** CAP-9 Decision: available; on at org level but not available → greyed out; off at org level → hidden. */
export function modelCapabilityUiState(orgEnabled: boolean, granted: boolean): "available" | "greyed-out" | "hidden" {
  if (!orgEnabled) return "hidden";
  return granted ? "available" : "greyed-out";
}

/** CAP-9: the message on a greyed-out capability (guide Step 9). */
export const MODEL_CAPABILITY_MESSAGE = "Contact your admin to request access to this feature.";

/** CON-11: the message on a blocked tool in connector settings (guide Step 9). */
export const MODEL_TOOL_MESSAGE = "This tool is not enabled for your role. Contact your administrator.";

/** CON-11: the personal approval menu under a level: always → always, ask, never; approval → ask, never; blocked → none. */
export function modelApprovalOptions(level: Level): readonly ("always" | "ask" | "never")[] {
  if (level === "always") return ["always", "ask", "never"];
  if (level === "approval") return ["ask", "never"];
  return [];
}

/**
 * CON-11: a member's own approval choice under the cap: a personal `always` under an `approval` cap
 * means `ask`. Under `blocked` the tool is not offered at all, so nothing runs: `never`.
 */
export function modelEffectiveApproval(level: Level, choice: "always" | "ask" | "never"): "always" | "ask" | "never" {
  if (level === "blocked") return "never";
  if (level === "approval" && choice === "always") return "ask";
  return choice;
}
