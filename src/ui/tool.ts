import type { ToolDecision } from "../engine/decision.js";
import type { Level } from "../level.js";

/** The message on a blocked tool in connector settings (CON-11, guide Step 9). */
export const TOOL_BLOCKED_MESSAGE = "This tool is not enabled for your role. Contact your administrator.";

/** A member's own approval choice for a tool, in the personal approval menu. */
export type ApprovalChoice = "always" | "ask" | "never";

/**
 * How a tool shows in connector settings and in a conversation.
 */
export interface ToolUiState {
  /** The connector. */
  readonly connectorId: string;
  /** The tool. */
  readonly tool: string;
  /** The effective level the state derives from. */
  readonly level: Level;
  /** Greyed out in connector settings (Blocked). */
  readonly greyedOut: boolean;
  /** The message on a greyed-out tool; `null` otherwise. */
  readonly message: string | null;
  /** The personal approval menu: `always`, `ask`, `never` under Always allow; `ask`, `never` under Needs approval; none when Blocked. */
  readonly approvalOptions: readonly ApprovalChoice[];
  /** Whether Claude is offered the tool in a conversation (Blocked tools are not offered at all). */
  readonly offeredInConversation: boolean;
  /** Whether the in-conversation approval prompt offers "Always allow" (never for a Needs approval tool). */
  readonly promptOffersAlwaysAllow: boolean;
}

const OPTIONS: Readonly<Record<Level, readonly ApprovalChoice[]>> = Object.freeze({
  always: Object.freeze(["always", "ask", "never"] as const),
  approval: Object.freeze(["ask", "never"] as const),
  blocked: Object.freeze([] as const),
});

/**
 * The UI state of a tool, from the engine's decision (it never decides access itself).
 *
 * Rules: CON-11 (Blocked → greyed out with "This tool is not enabled for your role. Contact your
 * administrator." and not offered in a conversation; Needs approval → the personal approval menu
 * offers `ask` and `never`, and the approval prompt has no "Always allow"; Always allow → `always`,
 * `ask` and `never`).
 *
 * @param decision - a decision from `resolveToolLevel` or `resolveAccess`
 * @returns the state to render
 *
 * @example
 * ```ts
 * toolUiState(resolveToolLevel(org, "u1", "jira", "create_issue")).approvalOptions // => ["ask", "never"]
 * toolUiState(resolveToolLevel(org, "u1", "jira", "delete_issue")).message
 * // => "This tool is not enabled for your role. Contact your administrator."
 * ```
 */
export function toolUiState(decision: ToolDecision): ToolUiState {
  const { connectorId, tool, level } = decision;
  const blocked = level === "blocked";
  return Object.freeze({
    connectorId,
    tool,
    level,
    greyedOut: blocked,
    message: blocked ? TOOL_BLOCKED_MESSAGE : null,
    approvalOptions: OPTIONS[level],
    offeredInConversation: !blocked,
    promptOffersAlwaysAllow: level === "always",
  });
}

/**
 * The approval that applies to a tool call, given the member's own choice: a choice never exceeds
 * the cap, so a personal `always` under a Needs approval cap means `ask`, and a Blocked tool is
 * `never`.
 *
 * Rules: CON-11.
 *
 * @example
 * ```ts
 * effectiveApproval(resolveToolLevel(org, "u1", "jira", "create_issue"), "always") // => "ask"
 * effectiveApproval(resolveToolLevel(org, "u1", "github", "list_repos"), "always") // => "always"
 * ```
 */
export function effectiveApproval(decision: ToolDecision, choice: ApprovalChoice): ApprovalChoice {
  if (decision.level === "blocked") return "never";
  if (decision.level === "approval" && choice === "always") return "ask";
  return choice === "always" || choice === "ask" ? choice : "never";
}
