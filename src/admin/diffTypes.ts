import type { SpendLimitDecision } from "../engine/decision.js";
import type { Level } from "../level.js";
import type { BuiltInRole } from "../org.js";
import type { RuleId } from "../rules.js";
import type { CapabilityUiState } from "../ui/capability.js";

/**
 * What a difference does to the member (DIF-1): `"gain"` (more permissive: not granted → granted,
 * shown in the menu, a higher level, a higher limit or none), `"loss"` (the reverse) or `"change"`
 * (neither more nor less: built-in role, landing page, greyed out ↔ hidden, a spend status other
 * than an amount).
 */
export type DiffEffect = "gain" | "loss" | "change";

/** A decision's explanation (EXP-1), as the engine gave it on one side of a diff. */
export interface DiffExplanation {
  /** The ids of the rules that decided, e.g. `"CAP-1"`. */
  readonly rules: readonly RuleId[];
  /** The decision and its reasons in one sentence. */
  readonly summary: string;
}

/** The explanations of one decision before and after. */
export interface DiffExplanations {
  /** The explanation of the decision in the `before` org. */
  readonly before: DiffExplanation;
  /** The explanation of the decision in the `after` org. */
  readonly after: DiffExplanation;
}

/** A capability as a member has it: granted or not, and how it shows (CAP-9). */
export interface CapabilityValue {
  /** Whether the member has the capability (CAP-9). */
  readonly granted: boolean;
  /** How it shows in the member's UI: available, greyed out or hidden (CAP-9). */
  readonly state: CapabilityUiState["state"];
}

/** A spend limit as a diff compares it: its status and amount, not its source (DIF-1). */
export interface SpendValue {
  /** The status of the spend-limit answer, e.g. `"limited"` or `"unlimited"` (SPD-1..SPD-5). */
  readonly status: SpendLimitDecision["status"];
  /** The monthly limit in minor units when the status is `"limited"`, else `null`. */
  readonly limit: number | null;
}

/** The built-in role in effect (after group mappings, GRP-3) differs; `null` for a non-member. */
export interface BuiltInRoleDifference {
  /** Tells this difference apart: the built-in role differs (DIF-1). */
  readonly kind: "built-in-role";
  /** Always a change: another built-in role is neither a gain nor a loss (DIF-1). */
  readonly effect: "change";
  /** The built-in role in effect in `before`, or `null` when the member is not in `before`. */
  readonly before: BuiltInRole | null;
  /** The built-in role in effect in `after`, or `null` when the member is not in `after`. */
  readonly after: BuiltInRole | null;
}

/** A capability is granted on one side only, or shows differently (greyed out ↔ hidden). */
export interface CapabilityDifference {
  /** Tells this difference apart: a capability differs (DIF-1). */
  readonly kind: "capability";
  /** The id of the capability that differs, e.g. `"chat"` or `"claude_code"`. */
  readonly capability: string;
  /** A gain or loss when it is granted on one side only; a change when only its UI state differs (DIF-1). */
  readonly effect: DiffEffect;
  /** Whether the member has it in `before`, and how it shows there. */
  readonly before: CapabilityValue;
  /** Whether the member has it in `after`, and how it shows there. */
  readonly after: CapabilityValue;
  /** Why the engine decided as it did on each side (EXP-1). */
  readonly explanation: DiffExplanations;
}

/** The member lands on another page (CAP-8). */
export interface LandingPageDifference {
  /** Tells this difference apart: the landing page differs (DIF-1). */
  readonly kind: "landing-page";
  /** Always a change: another landing page is neither a gain nor a loss (DIF-1). */
  readonly effect: "change";
  /** The page the member lands on in `before`: `"chat"` with the `chat` capability, else `"settings"`. */
  readonly before: "chat" | "settings";
  /** The page the member lands on in `after`: `"chat"` with the `chat` capability, else `"settings"`. */
  readonly after: "chat" | "settings";
}

/** A connector appears in the member's connector menu on one side only (CON-10). */
export interface ConnectorMenuDifference {
  /** Tells this difference apart: the connector menu differs (DIF-1). */
  readonly kind: "connector-menu";
  /** The id of the connector shown on one side only. */
  readonly connectorId: string;
  /** A gain when the connector is shown in `after` only, a loss when in `before` only (DIF-1). */
  readonly effect: "gain" | "loss";
  /** Whether the connector is in the member's menu in `before`. */
  readonly before: boolean;
  /** Whether the connector is in the member's menu in `after`. */
  readonly after: boolean;
}

/** A tool's effective level differs (CON-1..CON-7). */
export interface ToolDifference {
  /** Tells this difference apart: a tool's level differs (DIF-1). */
  readonly kind: "tool";
  /** The id of the connector the tool belongs to. */
  readonly connectorId: string;
  /** The name of the tool, as the connector lists it. */
  readonly tool: string;
  /** A gain when the level is higher in `after` (CON-1 order), a loss when lower (DIF-1). */
  readonly effect: "gain" | "loss";
  /** The member's effective level in `before` (`"blocked"` for a non-member, CON-7). */
  readonly before: Level;
  /** The member's effective level in `after` (`"blocked"` for a non-member, CON-7). */
  readonly after: Level;
  /** Why the engine decided as it did on each side (EXP-1). */
  readonly explanation: DiffExplanations;
}

/** The spend limit's status or amount differs (SPD-1..SPD-5). */
export interface SpendLimitDifference {
  /** Tells this difference apart: the spend limit differs (DIF-1). */
  readonly kind: "spend-limit";
  /** A gain for a higher limit or none, a loss for a lower one, a change when a side is not an amount (DIF-1). */
  readonly effect: DiffEffect;
  /** The member's spend-limit status and amount in `before`. */
  readonly before: SpendValue;
  /** The member's spend-limit status and amount in `after`. */
  readonly after: SpendValue;
  /** Why the engine decided as it did on each side (EXP-1). */
  readonly explanation: DiffExplanations;
}

/** One difference in a member's access between two orgs (DIF-1), told apart by `kind`. */
export type AccessDifference =
  | BuiltInRoleDifference
  | CapabilityDifference
  | LandingPageDifference
  | ConnectorMenuDifference
  | ToolDifference
  | SpendLimitDifference;

/**
 * One member whose access differs: `"added"` (a member of `after` only: a gain), `"removed"` (of
 * `before` only: a loss) or `"kept"` (of both), and every difference, in this order: built-in role,
 * capabilities, landing page, then per connector its menu entry and its tools, then the spend limit.
 */
export interface MemberAccessDiff {
  /** The id of the member whose access differs. */
  readonly memberId: string;
  /** `"added"` (in `after` only), `"removed"` (in `before` only) or `"kept"` (in both) (DIF-1). */
  readonly presence: "added" | "removed" | "kept";
  /** How many of this member's differences are gains (more permissive in `after`). */
  readonly gains: number;
  /** How many of this member's differences are losses (less permissive in `after`). */
  readonly losses: number;
  /** How many of this member's differences are changes (neither gain nor loss). */
  readonly changes: number;
  /** Every difference of this member, in the order above (DIF-1); never empty. */
  readonly differences: readonly AccessDifference[];
}

/**
 * The access diff of two orgs (DIF-1): every member id of either org whose access differs, in
 * code-unit order of the ids.
 */
export interface AccessDiff {
  /** The id of the `before` org. */
  readonly beforeOrgId: string;
  /** The id of the `after` org. */
  readonly afterOrgId: string;
  /** The members whose access differs. Empty: nobody's access differs. */
  readonly members: readonly MemberAccessDiff[];
  /** How many differences, over every member, are gains. */
  readonly gains: number;
  /** How many differences, over every member, are losses. */
  readonly losses: number;
  /** How many differences, over every member, are changes. */
  readonly changes: number;
}
