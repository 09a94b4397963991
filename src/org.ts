import type { Level } from "./level.js";

/**
 * A member's built-in role, set in Organization settings > Members.
 *
 * - `"primary-owner"`: **Primary Owner**. Never changed by group mappings (GRP-3).
 * - `"owner"`: **Owner**.
 * - `"admin"`: **Admin**.
 * - `"user"`: **User**.
 * - `"custom"`: **Custom roles**. The only built-in role governed by custom roles (CAP-4, CON-5).
 */
export type BuiltInRole = "primary-owner" | "owner" | "admin" | "user" | "custom";

/**
 * A built-in role that an IdP group can be mapped to in the role mappings table (Path A, GRP-3):
 * **Custom roles**, **User**, **Admin** or **Owner**. Primary Owner cannot be mapped.
 */
export type MappableRole = "custom" | "user" | "admin" | "owner";

/**
 * A seat type of a legacy dual-seat plan: `"chat"` (**Chat**) or `"chat-code"`
 * (**Chat + Claude Code**). A Chat seat never has Claude Code (CAP-7).
 */
export type Seat = "chat" | "chat-code";

/**
 * The org's seat plan: `"standard"`, or `"dual"` for a legacy dual-seat Enterprise plan with Chat and
 * Chat + Claude Code seats. Seats only have an effect on a dual-seat plan.
 */
export type SeatPlan = "standard" | "dual";

/**
 * How the org is billed: `"seat"` (per seat) or `"usage"` (usage-based). Spend limits apply to
 * usage-based orgs only (SPD-1).
 */
export type Billing = "seat" | "usage";

/**
 * How members join the org: `"invite-only"`, `"jit"` (just-in-time on SSO login) or `"scim"`
 * (directory sync from an identity provider). In invite-only and JIT orgs, SCIM-sourced groups do
 * not count for custom roles (GRP-2).
 */
export type Provisioning = "invite-only" | "jit" | "scim";

/**
 * Where a group comes from: `"manual"` (created in Organization settings > Groups, membership managed
 * there) or `"scim"` (synced from the identity provider, membership managed in the IdP).
 */
export type GroupSource = "manual" | "scim";

/**
 * The capabilities (features) that the product knows today. An org may name others: capability ids
 * are open strings, and an unknown id behaves like any other (SPEC §1).
 *
 * `web_search` and `code_execution` are the built-in tools: they are capabilities, governed on the
 * Capabilities tab, never connectors (CAP-10).
 */
export type KnownCapability =
  "chat" | "projects" | "memory" | "web_search" | "code_execution" | "cowork" | "claude_code" | "fast_mode";

/**
 * The capability ids the product knows today, in the order the Capabilities tab lists them.
 *
 * @example
 * ```ts
 * KNOWN_CAPABILITIES.includes("claude_code") // => true
 * KNOWN_CAPABILITIES.includes("web_browsing") // => false
 * ```
 */
export const KNOWN_CAPABILITIES: readonly KnownCapability[] = /* @__PURE__ */ Object.freeze([
  "chat",
  "projects",
  "memory",
  "web_search",
  "code_execution",
  "cowork",
  "claude_code",
  "fast_mode",
]);

/**
 * A capability id: one of the {@link KnownCapability} ids, or any other non-empty string.
 */
export type Capability = KnownCapability | (string & {});

/**
 * The **Custom** choice of a connector row: each tool of the connector set on its own row. A tool
 * that is not listed is Blocked (CON-2).
 *
 * On the All connectors row, Custom holds no tools (`{ "custom": {} }`) and means "every connector
 * is set on its own row": a connector without its own row is Blocked, including connectors added
 * later (CON-2).
 */
export interface CustomGrant {
  /** Tool name → level. Keys are tool names, read only as own properties. */
  readonly custom: Readonly<Record<string, Level>>;
}

/**
 * One row of a role's Connectors tab: **Always allow**, **Needs approval** or **Blocked** for every
 * tool of the connector, or **Custom** to set each tool on its own.
 */
export type ConnectorGrant = Level | CustomGrant;

/**
 * A role's Connectors tab: the **All connectors** row at the top, then one row per connector that the
 * role sets on its own (CON-2).
 */
export interface RoleConnectors {
  /** The All connectors row: the level of every connector without its own row. */
  readonly all: ConnectorGrant;
  /** Connector id → that connector's own row. Absent means no per-connector rows. */
  readonly byConnector?: Readonly<Record<string, ConnectorGrant>>;
}

/**
 * A custom role of this org: a set of capabilities and connector permissions, assigned to groups.
 * It only governs members whose built-in role is **Custom roles** (CAP-4, CON-5).
 */
export interface CustomRole {
  /** The role's id, unique among the org's roles. */
  readonly id: string;
  /** The role's name as shown in the admin console, e.g. "Engineering". */
  readonly name: string;
  /** The capabilities the role grants (toggled on its Capabilities tab). */
  readonly capabilities: readonly Capability[];
  /** The role's Connectors tab. */
  readonly connectors: RoleConnectors;
}

/**
 * A group of members. Groups belong to the parent org and are shared by its child orgs (GRP-1);
 * a group may list members of sibling orgs, who get nothing in this org.
 */
export interface Group {
  /** The group's id, unique among the org's groups. */
  readonly id: string;
  /** The group's name as shown in Organization settings > Groups. */
  readonly name: string;
  /** Whether the group was created by hand or synced over SCIM. */
  readonly source: GroupSource;
  /** Member ids of the group. */
  readonly members: readonly string[];
}

/**
 * The assignment of a custom role to a group, in this org. Assignments are per org: a child org
 * assigns roles independently of its parent and siblings (GRP-1).
 */
export interface RoleAssignment {
  /** The group that gets the role. */
  readonly groupId: string;
  /** The custom role assigned. */
  readonly roleId: string;
}

/**
 * One row of the IdP group-to-role mapping table: members of this group get this built-in role on
 * the next sync (GRP-3).
 */
export interface GroupMapping {
  /** The (usually SCIM-sourced) group. */
  readonly groupId: string;
  /** The built-in role the group maps to. */
  readonly role: MappableRole;
}

/**
 * The IdP group-to-role mappings (Path A). Only in effect while `enabled` (GRP-3). Both properties
 * are optional (SPEC §1): `{}` is mappings turned off, with no rows.
 */
export interface GroupMappings {
  /** Whether group mappings are turned on; absent means `false` (off). */
  readonly enabled?: boolean;
  /** The mapping rows; absent means `[]` (no rows). */
  readonly mappings?: readonly GroupMapping[];
}

/**
 * A member of this org.
 */
export interface Member {
  /** The member's id, unique among the org's members. */
  readonly id: string;
  /** The member's email address, for people reading reports. */
  readonly email?: string;
  /** The member's stored built-in role. Group mappings may change it (GRP-3). */
  readonly role: BuiltInRole;
  /**
   * The member's seat on a dual-seat plan. Absent on a dual-seat plan means a Chat seat (fail
   * closed); ignored on a standard plan.
   */
  readonly seat?: Seat;
  /**
   * The member's individual monthly spend limit, in integer minor units (cents). Overrides group
   * limits, higher or lower (SPD-2).
   */
  readonly spendLimit?: number;
}

/**
 * A connector that an Owner or Primary Owner has added to the org under Organization settings >
 * Connectors, with the tools it offers. Connector permissions cover only added connectors (CON-7).
 */
export interface Connector {
  /** The connector's id, unique among the org's connectors. */
  readonly id: string;
  /** The connector's name, e.g. "Jira". */
  readonly name: string;
  /** The connector's tools, each listed once. */
  readonly tools: readonly string[];
}

/**
 * One connector's entry in the org-wide tool policy.
 */
export interface ToolPolicyEntry {
  /** The level of every tool of the connector; absent means Always allow. */
  readonly level?: Level;
  /** Tool name → level, overriding `level` for that tool, higher or lower. */
  readonly tools?: Readonly<Record<string, Level>>;
}

/**
 * The organization-wide tool policy: connector id → its entry. It is the ceiling of every member's
 * tool levels (CON-4). A connector without an entry is Always allow.
 */
export type ToolPolicy = Readonly<Record<string, ToolPolicyEntry>>;

/**
 * A group's monthly per-user spend limit, set on the Usage page of this org (SPD-3, SPD-5).
 */
export interface GroupSpendLimit {
  /** The group. */
  readonly groupId: string;
  /** The limit in integer minor units (cents). */
  readonly limit: number;
}

/**
 * The org's spend limits (usage-based billing only, SPD-1). Money is in integer minor units.
 */
export interface SpendSettings {
  /** The org-wide per-user monthly limit: the hard ceiling (SPD-4). */
  readonly orgLimit?: number;
  /**
   * Which group limit applies to a member in several groups with limits ("Spending defaults"):
   * `"lowest"` (the default) or `"highest"` (SPD-3).
   */
  readonly multiGroup?: "lowest" | "highest";
  /** The group limits of this org. */
  readonly groupLimits?: readonly GroupSpendLimit[];
}

/**
 * An Enterprise organization (or a child org of a parent org): its capability switches, connectors,
 * tool policy, custom roles, groups, members and spend limits. The JSON format of SPEC §1.
 *
 * Obtain one from untrusted JSON with `parseOrg`, which validates it and returns it deeply frozen.
 */
export interface Org {
  /** The org's id. */
  readonly id: string;
  /** The parent org's id, for a child org. */
  readonly parentId?: string;
  /** Seat-based or usage-based billing. */
  readonly billing: Billing;
  /** Standard or legacy dual-seat plan. */
  readonly seatPlan: SeatPlan;
  /** How members are provisioned. */
  readonly provisioning: Provisioning;
  /** The org-level capability switches (Organization settings > Capabilities). Absent = off. */
  readonly capabilities: Readonly<Record<string, boolean>>;
  /** Whether connector permissions are enabled for the org (CON-6). */
  readonly connectorPermissionsEnabled: boolean;
  /** The connectors added to the org. */
  readonly connectors: readonly Connector[];
  /** The org-wide tool policy, the ceiling of every role (CON-4). */
  readonly toolPolicy?: ToolPolicy;
  /** The org's custom roles. */
  readonly roles: readonly CustomRole[];
  /** The groups, shared from the parent org (GRP-1). */
  readonly groups: readonly Group[];
  /** This org's custom-role assignments to groups. */
  readonly roleAssignments: readonly RoleAssignment[];
  /** IdP group-to-role mappings (GRP-3). */
  readonly groupMappings?: GroupMappings;
  /** The members of this org. */
  readonly members: readonly Member[];
  /** Spend limits (usage-based billing only). */
  readonly spend?: SpendSettings;
}
