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
  /** The ids of the rules that decided. */
  readonly rules: readonly RuleId[];
  /** The decision and its reasons in one sentence. */
  readonly summary: string;
}

/** The explanations of one decision before and after. */
export interface DiffExplanations {
  /** On the `before` side. */
  readonly before: DiffExplanation;
  /** On the `after` side. */
  readonly after: DiffExplanation;
}

/** A capability as a member has it: granted or not, and how it shows (CAP-9). */
export interface CapabilityValue {
  /** Whether the member has the capability. */
  readonly granted: boolean;
  /** Available, greyed out or hidden. */
  readonly state: CapabilityUiState["state"];
}

/** A spend limit as a diff compares it: its status and amount, not its source (DIF-1). */
export interface SpendValue {
  /** The status of the spend-limit answer. */
  readonly status: SpendLimitDecision["status"];
  /** The limit in minor units, or `null` when there is none. */
  readonly limit: number | null;
}

/** The built-in role in effect (after group mappings, GRP-3) differs; `null` for a non-member. */
export interface BuiltInRoleDifference {
  readonly kind: "built-in-role";
  readonly effect: "change";
  readonly before: BuiltInRole | null;
  readonly after: BuiltInRole | null;
}

/** A capability is granted on one side only, or shows differently (greyed out ↔ hidden). */
export interface CapabilityDifference {
  readonly kind: "capability";
  readonly capability: string;
  readonly effect: DiffEffect;
  readonly before: CapabilityValue;
  readonly after: CapabilityValue;
  readonly explanation: DiffExplanations;
}

/** The member lands on another page (CAP-8). */
export interface LandingPageDifference {
  readonly kind: "landing-page";
  readonly effect: "change";
  readonly before: "chat" | "settings";
  readonly after: "chat" | "settings";
}

/** A connector appears in the member's connector menu on one side only (CON-10). */
export interface ConnectorMenuDifference {
  readonly kind: "connector-menu";
  readonly connectorId: string;
  readonly effect: "gain" | "loss";
  /** Whether the connector is in the menu before. */
  readonly before: boolean;
  /** Whether the connector is in the menu after. */
  readonly after: boolean;
}

/** A tool's effective level differs (CON-1..CON-7). */
export interface ToolDifference {
  readonly kind: "tool";
  readonly connectorId: string;
  readonly tool: string;
  readonly effect: "gain" | "loss";
  readonly before: Level;
  readonly after: Level;
  readonly explanation: DiffExplanations;
}

/** The spend limit's status or amount differs (SPD-1..SPD-5). */
export interface SpendLimitDifference {
  readonly kind: "spend-limit";
  readonly effect: DiffEffect;
  readonly before: SpendValue;
  readonly after: SpendValue;
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
  readonly memberId: string;
  readonly presence: "added" | "removed" | "kept";
  /** How many differences are gains, losses and changes. */
  readonly gains: number;
  readonly losses: number;
  readonly changes: number;
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
  /** How many differences, over every member, are gains, losses and changes. */
  readonly gains: number;
  readonly losses: number;
  readonly changes: number;
}
