import type { Level } from "../level.js";
import type { BuiltInRole, ConnectorGrant } from "../org.js";
import type { RuleId } from "../rules.js";

// A reason is data: every fact of the rule applied. Rule code builds these; src/words.ts words them
// (`message`) when an explanation is read. Lists are complete here; only their sentences are bounded.

/** A reason's kind, its rule and its facts, before it is worded. */
export type ReasonData =
  // CON-7
  | { readonly kind: "unknown-member"; readonly rule: "CON-7"; readonly memberId: string; readonly orgId: string }
  | { readonly kind: "connector-not-added"; readonly rule: "CON-7"; readonly connectorId: string }
  | {
      readonly kind: "tool-not-listed";
      readonly rule: "CON-7";
      readonly connectorId: string;
      readonly connectorName: string;
      readonly tool: string;
    }
  // GRP-3
  | {
      readonly kind: "group-mapping";
      readonly rule: "GRP-3";
      readonly builtInRole: BuiltInRole;
      /** The mapped groups that set the built-in role, by id, in org order. */
      readonly groups: readonly string[];
    }
  // CON-5, CON-6, GRP-4
  | { readonly kind: "connector-permissions-off"; readonly rule: "CON-6" }
  | { readonly kind: "not-governed"; readonly rule: "CON-5" | "GRP-4"; readonly builtInRole: BuiltInRole }
  // CON-4
  | {
      readonly kind: "tool-policy";
      readonly rule: "CON-4";
      readonly level: Level;
      /** The policy entry, as `connector` or `connector/tool`; `null` when the connector has none. */
      readonly policy: string | null;
      /** Whether the entry sets the level (ungoverned members) or caps the roles' level. */
      readonly effect: "sets" | "caps";
    }
  // CON-2, CON-3, CAP-6
  | { readonly kind: "no-custom-role"; readonly rule: "CON-3" | "CAP-6"; readonly builtInRole: "custom" }
  | {
      readonly kind: "role-tool-level";
      readonly rule: "CON-2" | "CON-3";
      readonly roleId: string;
      readonly roleName: string;
      /** The groups through which the member holds the role, by id, in org order. */
      readonly groups: readonly string[];
      /** The same groups' names. */
      readonly groupNames: readonly string[];
      readonly connectorId: string;
      readonly level: Level;
      /** The row the level came from (CON-2). */
      readonly row: "connector" | "all-connectors";
      /** Whether that row is Custom. */
      readonly custom: boolean;
      /** How many roles the member holds (CON-3 compares them all). */
      readonly rolesHeld: number;
    }
  // CAP-1..CAP-8
  | { readonly kind: "capability-off"; readonly rule: "CAP-1"; readonly capability: string }
  | { readonly kind: "chat-seat"; readonly rule: "CAP-7"; readonly seat: "chat" }
  | { readonly kind: "built-in-capabilities"; readonly rule: "CAP-2" | "CAP-3"; readonly builtInRole: BuiltInRole }
  | {
      readonly kind: "role-grants-capability";
      readonly rule: "CAP-4" | "CAP-5";
      readonly roleId: string;
      readonly roleName: string;
      readonly groups: readonly string[];
      readonly groupNames: readonly string[];
    }
  | {
      readonly kind: "no-role-grants-capability";
      readonly rule: "CAP-4";
      readonly builtInRole: "custom";
      readonly roles: readonly string[];
      readonly roleNames: readonly string[];
    }
  | { readonly kind: "landing-page"; readonly rule: "CAP-8"; readonly chat: boolean }
  | {
      readonly kind: "access-scope";
      readonly rule: "CAP-2" | "CAP-3" | "CAP-4";
      readonly builtInRole: BuiltInRole;
      /** How many custom roles the member holds. */
      readonly rolesHeld: number;
    }
  // SPD-1..SPD-4
  | { readonly kind: "not-usage-billed"; readonly rule: "SPD-1"; readonly orgId: string }
  | { readonly kind: "own-limit"; readonly rule: "SPD-2"; readonly limit: number }
  | {
      readonly kind: "group-limit";
      readonly rule: "SPD-3";
      readonly groupId: string;
      readonly limit: number;
      /** How many of the member's groups have a limit. */
      readonly groupsWithLimits: number;
      readonly multiGroup: "lowest" | "highest";
    }
  | {
      readonly kind: "org-limit";
      readonly rule: "SPD-4";
      readonly limit: number;
      readonly effect: "caps" | "does-not-lower";
    }
  | { readonly kind: "no-limit"; readonly rule: "SPD-4" }
  // CON-12
  | { readonly kind: "managed-setting"; readonly rule: "CON-12"; readonly level: Level }
  | { readonly kind: "managed-setting-alone"; readonly rule: "CON-12" }
  | { readonly kind: "managed-setting-and-policy"; readonly rule: "CON-12" }
  // CON-13
  | { readonly kind: "unknown-role"; readonly rule: "CON-13"; readonly roleId: string; readonly orgId: string }
  | { readonly kind: "rows-compared"; readonly rule: "CON-13"; readonly connectors: number }
  | { readonly kind: "no-conflict"; readonly rule: "CON-13"; readonly view: "all-roles" | "shared-members" }
  | {
      readonly kind: "conflicting-roles";
      readonly rule: "CON-13";
      readonly roles: readonly ConflictingRoleFacts[];
    }
  | {
      readonly kind: "conflict-applying";
      readonly rule: "CON-3";
      /** Per tool, in the connector's order, the level that applies to a member holding them all. */
      readonly applying: readonly (readonly [string, Level])[];
    };

/** A conflicting role as a reason names it (CON-13). */
export interface ConflictingRoleFacts {
  readonly roleId: string;
  readonly roleName: string;
  readonly grant: ConnectorGrant;
  /** Its level for each tool of the connector, in the connector's order. */
  readonly levels: readonly (readonly [string, Level])[];
}

/**
 * One reason behind a decision (EXP-1): a discriminated union on `kind`, carrying the rule applied
 * and every fact involved (roles, groups as id lists, levels, policy entries, seats, limits), plus
 * `message`, the same reason in words for people. Switch on `kind` to read the facts.
 */
export type Reason = ReasonData & {
  /** The reason in words, e.g. "role `Engineering` (via group `Engineering`) grants `always` on its row for `jira`". */
  readonly message: string;
};

/** The rule ids of reasons, in the order applied, each once. */
export function rulesOf(reasons: readonly { readonly rule: RuleId }[]): readonly RuleId[] {
  return Object.freeze([...new Set(reasons.map((reason) => reason.rule))]);
}

/** Kinds of reason that several families of decisions give. */
type CommonKind = "unknown-member" | "connector-not-added" | "tool-not-listed" | "group-mapping" | "no-custom-role";

/** The reasons shared by several families of decisions. */
export type CommonReason = Extract<ReasonData, { kind: CommonKind }>;

/** The reasons of tool decisions, Claude Code's included (CON-2..CON-7, CON-12). */
export type ToolReason = Extract<
  ReasonData,
  {
    kind:
      | CommonKind
      | "connector-permissions-off"
      | "not-governed"
      | "tool-policy"
      | "role-tool-level"
      | "managed-setting"
      | "managed-setting-alone"
      | "managed-setting-and-policy";
  }
>;

/** The reasons of capability, landing page and access decisions (CAP-1..CAP-8). */
export type CapabilityReason = Extract<
  ReasonData,
  {
    kind:
      | CommonKind
      | "capability-off"
      | "chat-seat"
      | "built-in-capabilities"
      | "role-grants-capability"
      | "no-role-grants-capability"
      | "landing-page"
      | "access-scope";
  }
>;

/** The reasons of spend-limit decisions (SPD-1..SPD-4). */
export type SpendReason = Extract<
  ReasonData,
  { kind: CommonKind | "not-usage-billed" | "own-limit" | "group-limit" | "org-limit" | "no-limit" }
>;

/** The reasons of conflict warnings (CON-13). */
export type ConflictReason = Extract<
  ReasonData,
  { kind: CommonKind | "unknown-role" | "rows-compared" | "no-conflict" | "conflicting-roles" | "conflict-applying" }
>;
