import type { Level } from "../level.js";
import type { BuiltInRole, ConnectorGrant } from "../org.js";
import type { RuleId } from "../rules.js";

// A reason is data: every fact of the rule applied. Rule code builds these; src/words.ts words them
// (`message`) when an explanation is read. Lists are complete here; only their sentences are bounded.

/**
 * A reason's kind, its rule and its facts, before it is worded: a discriminated union on `kind`.
 * Rule code builds these; the words of src/words/ give each its `message`.
 */
export type ReasonData =
  // CON-7
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "unknown-member";
      /** The rule applied (SPEC.md). */
      readonly rule: "CON-7";
      /** The member asked about, by id. */
      readonly memberId: string;
      /** The org, by id. */
      readonly orgId: string;
    }
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "connector-not-added";
      /** The rule applied (SPEC.md). */
      readonly rule: "CON-7";
      /** The connector, by id. */
      readonly connectorId: string;
    }
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "tool-not-listed";
      /** The rule applied (SPEC.md). */
      readonly rule: "CON-7";
      /** The connector, by id. */
      readonly connectorId: string;
      /** The connector's name. */
      readonly connectorName: string;
      /** The tool's name. */
      readonly tool: string;
    }
  // GRP-3
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "group-mapping";
      /** The rule applied (SPEC.md). */
      readonly rule: "GRP-3";
      /** The member's built-in role in effect, after group mappings (GRP-3). */
      readonly builtInRole: BuiltInRole;
      /** The mapped groups that set the built-in role, by id, in org order. */
      readonly groups: readonly string[];
    }
  // CON-5, CON-6, GRP-4
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "connector-permissions-off";
      /** The rule applied (SPEC.md). */
      readonly rule: "CON-6";
    }
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "not-governed";
      /** The rule applied (SPEC.md). */
      readonly rule: "CON-5" | "GRP-4";
      /** The member's built-in role in effect, after group mappings (GRP-3). */
      readonly builtInRole: BuiltInRole;
    }
  // CON-4
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "tool-policy";
      /** The rule applied (SPEC.md). */
      readonly rule: "CON-4";
      /** The level this reason gives (CON-1). */
      readonly level: Level;
      /** The policy entry, as `connector` or `connector/tool`; `null` when the connector has none. */
      readonly policy: string | null;
      /** Whether the entry sets the level (ungoverned members) or caps the roles' level. */
      readonly effect: "sets" | "caps";
    }
  // CON-2, CON-3, CAP-6
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "no-custom-role";
      /** The rule applied (SPEC.md). */
      readonly rule: "CON-3" | "CAP-6";
      /** The member's built-in role in effect, after group mappings (GRP-3). */
      readonly builtInRole: "custom";
    }
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "role-tool-level";
      /** The rule applied (SPEC.md). */
      readonly rule: "CON-2" | "CON-3";
      /** The role, by id. */
      readonly roleId: string;
      /** The role's name. */
      readonly roleName: string;
      /** The groups through which the member holds the role, by id, in org order. */
      readonly groups: readonly string[];
      /** The same groups' names. */
      readonly groupNames: readonly string[];
      /** The connector, by id. */
      readonly connectorId: string;
      /** The level this reason gives (CON-1). */
      readonly level: Level;
      /** The row the level came from (CON-2). */
      readonly row: "connector" | "all-connectors";
      /** Whether that row is Custom. */
      readonly custom: boolean;
      /** How many roles the member holds (CON-3 compares them all). */
      readonly rolesHeld: number;
    }
  // CAP-1..CAP-8
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "capability-off";
      /** The rule applied (SPEC.md). */
      readonly rule: "CAP-1";
      /** The capability asked about. */
      readonly capability: string;
    }
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "chat-seat";
      /** The rule applied (SPEC.md). */
      readonly rule: "CAP-7";
      /** The member's seat. */
      readonly seat: "chat";
    }
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "built-in-capabilities";
      /** The rule applied (SPEC.md). */
      readonly rule: "CAP-2" | "CAP-3";
      /** The member's built-in role in effect, after group mappings (GRP-3). */
      readonly builtInRole: BuiltInRole;
    }
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "role-grants-capability";
      /** The rule applied (SPEC.md). */
      readonly rule: "CAP-4" | "CAP-5";
      /** The role, by id. */
      readonly roleId: string;
      /** The role's name. */
      readonly roleName: string;
      /** The groups involved, by id, in org order. */
      readonly groups: readonly string[];
      /** The same groups' names. */
      readonly groupNames: readonly string[];
    }
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "no-role-grants-capability";
      /** The rule applied (SPEC.md). */
      readonly rule: "CAP-4";
      /** The member's built-in role in effect, after group mappings (GRP-3). */
      readonly builtInRole: "custom";
      /** The roles the member holds, by id, in org order. */
      readonly roles: readonly string[];
      /** The same roles' names. */
      readonly roleNames: readonly string[];
    }
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "landing-page";
      /** The rule applied (SPEC.md). */
      readonly rule: "CAP-8";
      /** Whether the member has `chat`. */
      readonly chat: boolean;
    }
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "access-scope";
      /** The rule applied (SPEC.md). */
      readonly rule: "CAP-2" | "CAP-3" | "CAP-4";
      /** The member's built-in role in effect, after group mappings (GRP-3). */
      readonly builtInRole: BuiltInRole;
      /** How many custom roles the member holds. */
      readonly rolesHeld: number;
    }
  // SPD-1..SPD-4
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "not-usage-billed";
      /** The rule applied (SPEC.md). */
      readonly rule: "SPD-1";
      /** The org, by id. */
      readonly orgId: string;
    }
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "own-limit";
      /** The rule applied (SPEC.md). */
      readonly rule: "SPD-2";
      /** The limit, in minor units (cents). */
      readonly limit: number;
    }
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "group-limit";
      /** The rule applied (SPEC.md). */
      readonly rule: "SPD-3";
      /** The group whose limit it is, by id. */
      readonly groupId: string;
      /** The limit, in minor units (cents). */
      readonly limit: number;
      /** How many of the member's groups have a limit. */
      readonly groupsWithLimits: number;
      /** Whether the lowest or the highest group limit applies (SPD-3). */
      readonly multiGroup: "lowest" | "highest";
    }
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "org-limit";
      /** The rule applied (SPEC.md). */
      readonly rule: "SPD-4";
      /** The limit, in minor units (cents). */
      readonly limit: number;
      /** What the entry does to the level. */
      readonly effect: "caps" | "does-not-lower";
    }
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "no-limit";
      /** The rule applied (SPEC.md). */
      readonly rule: "SPD-4";
    }
  // CON-12
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "managed-setting";
      /** The rule applied (SPEC.md). */
      readonly rule: "CON-12";
      /** The level this reason gives (CON-1). */
      readonly level: Level;
    }
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "managed-setting-alone";
      /** The rule applied (SPEC.md). */
      readonly rule: "CON-12";
    }
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "managed-setting-and-policy";
      /** The rule applied (SPEC.md). */
      readonly rule: "CON-12";
    }
  // CON-13
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "unknown-role";
      /** The rule applied (SPEC.md). */
      readonly rule: "CON-13";
      /** The role, by id. */
      readonly roleId: string;
      /** The org, by id. */
      readonly orgId: string;
    }
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "rows-compared";
      /** The rule applied (SPEC.md). */
      readonly rule: "CON-13";
      /** How many connectors were compared. */
      readonly connectors: number;
    }
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "no-conflict";
      /** The rule applied (SPEC.md). */
      readonly rule: "CON-13";
      /** The view of the warning: every other role, or the roles sharing a member (CON-13). */
      readonly view: "all-roles" | "shared-members";
    }
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "conflicting-roles";
      /** The rule applied (SPEC.md). */
      readonly rule: "CON-13";
      /** The conflicting roles, with their rows and levels, in org order. */
      readonly roles: readonly ConflictingRoleFacts[];
    }
  | {
      /** The kind of reason, which says which facts it carries. */
      readonly kind: "conflict-applying";
      /** The rule applied (SPEC.md). */
      readonly rule: "CON-3";
      /** Per tool, in the connector's order, the level that applies to a member holding them all. */
      readonly applying: readonly (readonly [string, Level])[];
    };

/** A conflicting role as a reason names it (CON-13). */
export interface ConflictingRoleFacts {
  /** The role, by id. */
  readonly roleId: string;
  /** The role's name. */
  readonly roleName: string;
  /** Its row for the connector (or its All connectors row): a level or Custom. */
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
