import type { ToolDecision } from "../engine/decision.js";

/** The message on a blocked tool in connector settings (CON-11, guide Step 9). */
export const TOOL_BLOCKED_MESSAGE = "This tool is not enabled for your role. Contact your administrator.";

/** A member's own approval choice for a tool, in the personal approval menu. */
export type ApprovalChoice = "always" | "ask" | "never";

/** What every tool's UI state holds. */
export interface ToolUiBase {
  /** The connector. */
  readonly connectorId: string;
  /** The tool. */
  readonly tool: string;
}

/** A Blocked tool (CON-11). */
export interface BlockedToolState {
  /** Blocked. */
  readonly level: "blocked";
  /** Greyed out in connector settings. */
  readonly greyedOut: true;
  /** The message on the greyed-out tool. */
  readonly message: typeof TOOL_BLOCKED_MESSAGE;
  /** No personal approval menu. */
  readonly approvalOptions: readonly [];
  /** Blocked tools are not offered in a conversation at all. */
  readonly offeredInConversation: false;
  /** Whether the in-conversation approval prompt offers "Always allow" (Always allow tools only). */
  readonly promptOffersAlwaysAllow: false;
}

/** A Needs approval tool (CON-11). */
export interface ApprovalToolState {
  /** Needs approval. */
  readonly level: "approval";
  /** Whether it is greyed out in connector settings (Blocked only). */
  readonly greyedOut: false;
  /** The message on a greyed-out tool; `null` when it is not greyed out. */
  readonly message: null;
  /** The personal approval menu offers `ask` and `never`. */
  readonly approvalOptions: readonly ["ask", "never"];
  /** Whether Claude is offered the tool in a conversation (Blocked tools are not). */
  readonly offeredInConversation: true;
  /** The in-conversation approval prompt never offers "Always allow" for a Needs approval tool. */
  readonly promptOffersAlwaysAllow: false;
}

/** An Always allow tool (CON-11). */
export interface AlwaysToolState {
  /** Always allow. */
  readonly level: "always";
  /** Whether it is greyed out in connector settings (Blocked only). */
  readonly greyedOut: false;
  /** The message on a greyed-out tool; `null` when it is not greyed out. */
  readonly message: null;
  /** The personal approval menu offers `always`, `ask` and `never`. */
  readonly approvalOptions: readonly ["always", "ask", "never"];
  /** Whether Claude is offered the tool in a conversation (Blocked tools are not). */
  readonly offeredInConversation: true;
  /** Whether the in-conversation approval prompt offers "Always allow" (Always allow tools only). */
  readonly promptOffersAlwaysAllow: true;
}

/**
 * How a tool shows in connector settings and in a conversation: a union on `level`, so that testing
 * the level narrows every other field (a Blocked tool is greyed out with its message and offered
 * nowhere; an available one is never greyed out).
 */
export type ToolUiState = ToolUiBase & (BlockedToolState | ApprovalToolState | AlwaysToolState);

// CON-11: the state of each level, without the tool it is about.
const STATES: {
  readonly blocked: BlockedToolState;
  readonly approval: ApprovalToolState;
  readonly always: AlwaysToolState;
} = {
  blocked: {
    level: "blocked",
    greyedOut: true,
    message: TOOL_BLOCKED_MESSAGE,
    approvalOptions: /* @__PURE__ */ Object.freeze([] as const),
    offeredInConversation: false,
    promptOffersAlwaysAllow: false,
  },
  approval: {
    level: "approval",
    greyedOut: false,
    message: null,
    approvalOptions: /* @__PURE__ */ Object.freeze(["ask", "never"] as const),
    offeredInConversation: true,
    promptOffersAlwaysAllow: false,
  },
  always: {
    level: "always",
    greyedOut: false,
    message: null,
    approvalOptions: /* @__PURE__ */ Object.freeze(["always", "ask", "never"] as const),
    offeredInConversation: true,
    promptOffersAlwaysAllow: true,
  },
};

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
  return Object.freeze({ connectorId, tool, ...STATES[level] });
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
