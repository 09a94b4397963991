import type { CapabilityDecision } from "../engine/decision.js";

/** The message on a capability that is greyed out (CAP-9, guide Step 9). */
export const CAPABILITY_DENIED_MESSAGE = "Contact your admin to request access to this feature.";

/**
 * How a capability shows in the member's UI.
 *
 * - `"available"`: works normally.
 * - `"greyed-out"`: on at org level but not available to the member; shown with `message`.
 * - `"hidden"`: off at org level.
 */
export type CapabilityUiState =
  | {
      /** The capability. */
      readonly capability: string;
      /** The member has it: shown and usable. */
      readonly state: "available";
      /** The message shown on a greyed-out capability; `null` otherwise. */
      readonly message: null;
    }
  | {
      /** The capability. */
      readonly capability: string;
      /** On at org level but not available to the member (CAP-9). */
      readonly state: "greyed-out";
      /** The message shown on the greyed-out capability. */
      readonly message: typeof CAPABILITY_DENIED_MESSAGE;
    }
  | {
      /** The capability. */
      readonly capability: string;
      /** Off at org level: not shown at all (CAP-1, CAP-9). */
      readonly state: "hidden";
      /** The message shown on a greyed-out capability; `null` otherwise. */
      readonly message: null;
    };

/**
 * The UI state of a capability, from the engine's decision (it never decides access itself).
 *
 * Rules: CAP-9 (Decision: on at org level but not available → greyed out with the message
 * "Contact your admin to request access to this feature."; off at org level → hidden).
 *
 * @param decision - a decision from `resolveCapability` or `resolveAccess`
 * @returns the state and message to render
 *
 * @example
 * ```ts
 * capabilityUiState(resolveCapability(org, "u2", "cowork"))
 * // => { capability: "cowork", state: "greyed-out", message: "Contact your admin to request access to this feature." }
 * capabilityUiState(resolveCapability(org, "u1", "chat"))
 * // => { capability: "chat", state: "available", message: null }
 * ```
 */
export function capabilityUiState(decision: CapabilityDecision): CapabilityUiState {
  const { capability } = decision;
  if (decision.granted) return Object.freeze({ capability, state: "available", message: null });
  if (!decision.orgEnabled) return Object.freeze({ capability, state: "hidden", message: null });
  return Object.freeze({ capability, state: "greyed-out", message: CAPABILITY_DENIED_MESSAGE });
}
