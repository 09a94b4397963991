// Admin edits as data (SPEC §8): one plain-JSON object per change, so a backend can store it, a UI can
// preview it and an auditor can read it.
import type { Level } from "../level.js";
import type {
  BuiltInRole,
  Capability,
  Connector,
  ConnectorGrant,
  GroupMapping,
  GroupSource,
  Member,
  RoleConnectors,
  Seat,
} from "../org.js";
import type { ValidationIssue } from "../parse/issues.js";

/**
 * Creates a custom role (guide Step 2, "Create custom roles"). An omitted `capabilities` or
 * `connectors` takes the create-role flow's default: `["chat"]`, All connectors at Needs approval
 * (CON-9); a given `connectors` is taken whole. Fails when a role with this id exists.
 *
 * @example
 * ```ts
 * const change: CreateRole = { kind: "createRole", role: { id: "eng", name: "Engineering" } };
 * ```
 */
export interface CreateRole {
  /** The change kind. */
  readonly kind: "createRole";
  /** The new role; `capabilities` and `connectors` are optional (CON-9 defaults). */
  readonly role: {
    /** The id. */
    readonly id: string;
    /** The name. */
    readonly name: string;
    /** The capabilities (default `["chat"]`, CON-9). */
    readonly capabilities?: readonly Capability[];
    /** The Connectors tab (default All connectors at Needs approval, CON-9). */
    readonly connectors?: RoleConnectors;
  };
  /** Where the role goes in `roles` (0..length); default: the end. */
  readonly at?: number;
}

/**
 * Renames a custom role or replaces its capabilities (guide Step 2, the role's Capabilities tab).
 * Fails when the role is missing.
 *
 * @example
 * ```ts
 * const change: UpdateRole = { kind: "updateRole", roleId: "eng", capabilities: ["chat", "claude_code"] };
 * ```
 */
export interface UpdateRole {
  /** The change kind. */
  readonly kind: "updateRole";
  /** The custom role. */
  readonly roleId: string;
  /** The new name, if it changes. */
  readonly name?: string;
  /** The new capabilities, replacing the old list whole, if they change. */
  readonly capabilities?: readonly Capability[];
}

/**
 * Deletes a custom role and every assignment of it (guide "Rollback plan"). Fails when the role is
 * missing.
 *
 * @example
 * ```ts
 * const change: DeleteRole = { kind: "deleteRole", roleId: "eng" };
 * ```
 */
export interface DeleteRole {
  /** The change kind. */
  readonly kind: "deleteRole";
  /** The custom role. */
  readonly roleId: string;
}

/**
 * Sets one row of a role's Connectors tab (guide Step 3, "Set connector permissions"): the All
 * connectors row (`connectorId: null`) or a connector's own row. The All connectors row takes a level
 * or `{ "custom": {} }` (SPEC §1). Fails when the role is missing.
 *
 * @example
 * ```ts
 * const change: SetConnectorGrant = { kind: "setConnectorGrant", roleId: "eng", connectorId: "github", grant: "always" };
 * ```
 */
export interface SetConnectorGrant {
  /** The change kind. */
  readonly kind: "setConnectorGrant";
  /** The custom role. */
  readonly roleId: string;
  /** The connector whose row is set, or `null` for the All connectors row. */
  readonly connectorId: string | null;
  /** The row: a level, or Custom. */
  readonly grant: ConnectorGrant;
}

/**
 * Removes a role's own row for a connector, so its All connectors row applies again (guide Step 3,
 * CON-2). Fails when the role or the row is missing.
 *
 * @example
 * ```ts
 * const change: RemoveConnectorGrant = { kind: "removeConnectorGrant", roleId: "eng", connectorId: "github" };
 * ```
 */
export interface RemoveConnectorGrant {
  /** The change kind. */
  readonly kind: "removeConnectorGrant";
  /** The custom role. */
  readonly roleId: string;
  /** The connector. */
  readonly connectorId: string;
}

/**
 * Sets one tool of a connector on a role's Connectors tab (guide Step 3, Custom), changing no other
 * tool's level: a level row, or no row, first becomes a Custom row holding every tool of the
 * connector at the level the role gives it now (CON-2). Fails when the role is missing, the connector
 * is not added, or it does not list the tool.
 *
 * @example
 * ```ts
 * const change: SetToolGrant = { kind: "setToolGrant", roleId: "eng", connectorId: "jira", tool: "create_issue", level: "approval" };
 * ```
 */
export interface SetToolGrant {
  /** The change kind. */
  readonly kind: "setToolGrant";
  /** The custom role. */
  readonly roleId: string;
  /** The connector. */
  readonly connectorId: string;
  /** The tool, one the connector lists. */
  readonly tool: string;
  /** The level. */
  readonly level: Level;
}

/**
 * Adds a group (guide Step 4, "Create groups"); `members` defaults to none. Fails when a group with
 * this id exists.
 *
 * @example
 * ```ts
 * const change: AddGroup = { kind: "addGroup", group: { id: "g-eng", name: "Engineering", source: "manual" } };
 * ```
 */
export interface AddGroup {
  /** The change kind. */
  readonly kind: "addGroup";
  /** The group. */
  readonly group: {
    /** The id. */
    readonly id: string;
    /** The name. */
    readonly name: string;
    /** Where the group comes from. */
    readonly source: GroupSource;
    /** Member ids of the group (default none). */
    readonly members?: readonly string[];
  };
  /** Where the group goes in `groups` (0..length); default: the end. */
  readonly at?: number;
}

/**
 * Removes a group, its role assignments, its group spend limit and its mappings (guide "Rollback
 * plan"). Fails when the group is missing.
 *
 * @example
 * ```ts
 * const change: RemoveGroup = { kind: "removeGroup", groupId: "g-eng" };
 * ```
 */
export interface RemoveGroup {
  /** The change kind. */
  readonly kind: "removeGroup";
  /** The group. */
  readonly groupId: string;
}

/**
 * Adds members to a group (guide Step 4, "Add members to groups"): the ids it does not list yet, in
 * the order given, inserted at `at` (default: the end). Fails when the group is missing.
 *
 * @example
 * ```ts
 * const change: AddGroupMembers = { kind: "addGroupMembers", groupId: "g-eng", memberIds: ["u1", "u2"] };
 * ```
 */
export interface AddGroupMembers {
  /** The change kind. */
  readonly kind: "addGroupMembers";
  /** The group. */
  readonly groupId: string;
  /** The members, by id. */
  readonly memberIds: readonly string[];
  /** Where the new ids go in the group's `members` (0..length); default: the end. */
  readonly at?: number;
}

/**
 * Removes members from a group (guide Step 4); ids the group does not list are ignored. Fails when
 * the group is missing.
 *
 * @example
 * ```ts
 * const change: RemoveGroupMembers = { kind: "removeGroupMembers", groupId: "g-eng", memberIds: ["u2"] };
 * ```
 */
export interface RemoveGroupMembers {
  /** The change kind. */
  readonly kind: "removeGroupMembers";
  /** The group. */
  readonly groupId: string;
  /** The members, by id. */
  readonly memberIds: readonly string[];
}

/**
 * Assigns a custom role to a group in this org (guide Step 4, "Assign roles to groups"). The group
 * and the role may be missing (IN-2). Fails when the assignment exists.
 *
 * @example
 * ```ts
 * const change: AssignRole = { kind: "assignRole", groupId: "g-eng", roleId: "eng" };
 * ```
 */
export interface AssignRole {
  /** The change kind. */
  readonly kind: "assignRole";
  /** The group. */
  readonly groupId: string;
  /** The custom role. */
  readonly roleId: string;
  /** Where the assignment goes in `roleAssignments` (0..length); default: the end. */
  readonly at?: number;
}

/**
 * Removes the assignment of a custom role to a group (guide "Rollback plan"). Fails when the
 * assignment is missing.
 *
 * @example
 * ```ts
 * const change: UnassignRole = { kind: "unassignRole", groupId: "g-eng", roleId: "eng" };
 * ```
 */
export interface UnassignRole {
  /** The change kind. */
  readonly kind: "unassignRole";
  /** The group. */
  readonly groupId: string;
  /** The custom role. */
  readonly roleId: string;
}

/**
 * Adds a member to this org (guide Step 6, members provisioned by invite, JIT or SCIM). Fails when a
 * member with this id exists.
 *
 * @example
 * ```ts
 * const change: AddMember = { kind: "addMember", member: { id: "u9", email: "eve@acme.test", role: "user" } };
 * ```
 */
export interface AddMember {
  /** The change kind. */
  readonly kind: "addMember";
  /** The member, in the org format (SPEC §1). */
  readonly member: Member;
  /** Where the member goes in `members` (0..length); default: the end. */
  readonly at?: number;
}

/**
 * Removes a member from this org. Groups keep the id: they are the parent org's (GRP-1). Fails when
 * the member is missing.
 *
 * @example
 * ```ts
 * const change: RemoveMember = { kind: "removeMember", memberId: "u9" };
 * ```
 */
export interface RemoveMember {
  /** The change kind. */
  readonly kind: "removeMember";
  /** The member. */
  readonly memberId: string;
}

/**
 * Sets members' stored built-in role (guide Step 6, "Move members to Custom roles", bulk
 * assignment). Fails when a member is missing, or when it would change a member to or from Primary
 * Owner.
 *
 * @example
 * ```ts
 * const change: SetBuiltInRole = { kind: "setBuiltInRole", memberIds: ["u1", "u2"], role: "custom" };
 * ```
 */
export interface SetBuiltInRole {
  /** The change kind. */
  readonly kind: "setBuiltInRole";
  /** The members, by id. */
  readonly memberIds: readonly string[];
  /** The role. */
  readonly role: BuiltInRole;
}

/**
 * Sets members' seat on a dual-seat plan, or removes it with `null` (a Chat seat then, CAP-7). Fails
 * when a member is missing.
 *
 * @example
 * ```ts
 * const change: SetSeat = { kind: "setSeat", memberIds: ["u1"], seat: "chat-code" };
 * ```
 */
export interface SetSeat {
  /** The change kind. */
  readonly kind: "setSeat";
  /** The members, by id. */
  readonly memberIds: readonly string[];
  /** The seat, or `null` to remove it. */
  readonly seat: Seat | null;
}

/**
 * Sets a member's individual monthly spend limit in minor units, or removes it with `null` (guide
 * Step 8, SPD-2). Fails when the member is missing.
 *
 * @example
 * ```ts
 * const change: SetMemberSpendLimit = { kind: "setMemberSpendLimit", memberId: "u1", limit: 5000 };
 * ```
 */
export interface SetMemberSpendLimit {
  /** The change kind. */
  readonly kind: "setMemberSpendLimit";
  /** The member. */
  readonly memberId: string;
  /** The limit in minor units (cents), or `null` to remove it. */
  readonly limit: number | null;
}

/**
 * Adds a connector to the org (guide "Before you begin": an Owner adds the connectors). Fails when a
 * connector with this id exists.
 *
 * @example
 * ```ts
 * const change: AddConnector = { kind: "addConnector", connector: { id: "jira", name: "Jira", tools: ["search_issues"] } };
 * ```
 */
export interface AddConnector {
  /** The change kind. */
  readonly kind: "addConnector";
  /** The connector, in the org format (SPEC §1); each tool listed once. */
  readonly connector: Connector;
  /** Where the connector goes in `connectors` (0..length); default: the end. */
  readonly at?: number;
}

/**
 * Removes a connector from the org, every role's row for it and its tool policy entry. Fails when the
 * connector is missing.
 *
 * @example
 * ```ts
 * const change: RemoveConnector = { kind: "removeConnector", connectorId: "jira" };
 * ```
 */
export interface RemoveConnector {
  /** The change kind. */
  readonly kind: "removeConnector";
  /** The connector. */
  readonly connectorId: string;
}

/**
 * Turns a capability on or off at org level (guide Step 7, "Enable features at the org level";
 * CAP-1).
 *
 * @example
 * ```ts
 * const change: SetOrgCapability = { kind: "setOrgCapability", capability: "claude_code", enabled: true };
 * ```
 */
export interface SetOrgCapability {
  /** The change kind. */
  readonly kind: "setOrgCapability";
  /** The capability id. */
  readonly capability: Capability;
  /** Whether it is on. */
  readonly enabled: boolean;
}

/**
 * Sets (creates or replaces) a connector's entry in the org-wide tool policy (guide "Before you
 * begin", the ceiling of CON-4).
 *
 * @example
 * ```ts
 * const change: SetToolPolicy = { kind: "setToolPolicy", connectorId: "jira", tools: { create_issue: "approval" } };
 * ```
 */
export interface SetToolPolicy {
  /** The change kind. */
  readonly kind: "setToolPolicy";
  /** The connector. */
  readonly connectorId: string;
  /** The level of every tool; absent means Always allow. */
  readonly level?: Level;
  /** Tool name → level, overriding `level`. */
  readonly tools?: Readonly<Record<string, Level>>;
}

/**
 * Removes a connector's entry from the org-wide tool policy: the connector is then Always allow at
 * org level. Fails when the entry is missing.
 *
 * @example
 * ```ts
 * const change: RemoveToolPolicy = { kind: "removeToolPolicy", connectorId: "jira" };
 * ```
 */
export interface RemoveToolPolicy {
  /** The change kind. */
  readonly kind: "removeToolPolicy";
  /** The connector. */
  readonly connectorId: string;
}

/**
 * Sets the org spend limit (`null` removes it) and the multi-group rule (guide Step 8, SPD-3,
 * SPD-4); absent fields stay as they are.
 *
 * @example
 * ```ts
 * const change: SetSpend = { kind: "setSpend", orgLimit: 100000, multiGroup: "lowest" };
 * ```
 */
export interface SetSpend {
  /** The change kind. */
  readonly kind: "setSpend";
  /** The org-wide per-user limit in minor units (cents), or `null` to remove it. */
  readonly orgLimit?: number | null;
  /** Which group limit applies to a member in several groups (SPD-3). */
  readonly multiGroup?: "lowest" | "highest";
}

/**
 * Sets a group's spend limit in this org, or removes it with `null` (guide Step 8, SPD-3). Its
 * subject is the limit, so the group may be missing (IN-2). A new limit goes at `at`; an existing one
 * keeps its place. Removing fails when the group has no limit.
 *
 * @example
 * ```ts
 * const change: SetGroupSpendLimit = { kind: "setGroupSpendLimit", groupId: "g-eng", limit: 2000 };
 * ```
 */
export interface SetGroupSpendLimit {
  /** The change kind. */
  readonly kind: "setGroupSpendLimit";
  /** The group. */
  readonly groupId: string;
  /** The limit in minor units (cents), or `null` to remove it. */
  readonly limit: number | null;
  /** Where a new limit goes in `spend.groupLimits` (0..length); default: the end. */
  readonly at?: number;
}

/**
 * Turns IdP group mappings on or off and/or replaces the mapping table (guide Step 6, Path A; GRP-3);
 * absent fields stay as they are.
 *
 * @example
 * ```ts
 * const change: SetGroupMappings = { kind: "setGroupMappings", enabled: true, mappings: [{ groupId: "g-eng", role: "custom" }] };
 * ```
 */
export interface SetGroupMappings {
  /** The change kind. */
  readonly kind: "setGroupMappings";
  /** Whether it is on. */
  readonly enabled?: boolean;
  /** The mapping rows, replacing the old ones whole. */
  readonly mappings?: readonly GroupMapping[];
}

/**
 * Enables connector permissions (guide Step 3, "contact your account team"): every role's
 * Connectors tab becomes the All connectors row at Always allow with no per-connector rows (CON-8).
 * Enabling an enabled org changes nothing.
 *
 * @example
 * ```ts
 * const change: EnableConnectorPermissions = { kind: "enableConnectorPermissions" };
 * ```
 */
export interface EnableConnectorPermissions {
  /** The change kind. */
  readonly kind: "enableConnectorPermissions";
}

/**
 * Turns connector permissions off (CON-6): every member gets the org policy level; every role keeps
 * its rows.
 *
 * @example
 * ```ts
 * const change: DisableConnectorPermissions = { kind: "disableConnectorPermissions" };
 * ```
 */
export interface DisableConnectorPermissions {
  /** The change kind. */
  readonly kind: "disableConnectorPermissions";
}

/**
 * One admin change to an org, as plain JSON: an object `{ kind, ...fields }` of one of the kinds of
 * SPEC §8, with no other fields. `applyChanges` applies a list of them, all or nothing.
 *
 * Rules: CHG-1, CHG-4.
 *
 * @example
 * ```ts
 * const changes: readonly Change[] = [
 *   { kind: "createRole", role: { id: "eng", name: "Engineering" } },
 *   { kind: "assignRole", groupId: "g-eng", roleId: "eng" },
 * ];
 * changes.map((change) => change.kind) // => ["createRole", "assignRole"]
 * ```
 */
export type Change =
  | CreateRole
  | UpdateRole
  | DeleteRole
  | SetConnectorGrant
  | RemoveConnectorGrant
  | SetToolGrant
  | AddGroup
  | RemoveGroup
  | AddGroupMembers
  | RemoveGroupMembers
  | AssignRole
  | UnassignRole
  | AddMember
  | RemoveMember
  | SetBuiltInRole
  | SetSeat
  | SetMemberSpendLimit
  | AddConnector
  | RemoveConnector
  | SetOrgCapability
  | SetToolPolicy
  | RemoveToolPolicy
  | SetSpend
  | SetGroupSpendLimit
  | SetGroupMappings
  | EnableConnectorPermissions
  | DisableConnectorPermissions;

/**
 * The kind of a {@link Change}: the name of what it does.
 *
 * @example
 * ```ts
 * const kind: ChangeKind = "assignRole";
 * ```
 */
export type ChangeKind = Change["kind"];

/**
 * Every change kind, in the order of SPEC §8's table.
 *
 * Rules: CHG-4.
 *
 * @example
 * ```ts
 * CHANGE_KINDS.includes("assignRole") // => true
 * CHANGE_KINDS.includes("grantEverything") // => false
 * ```
 */
export const CHANGE_KINDS: readonly ChangeKind[] = Object.freeze([
  "createRole",
  "updateRole",
  "deleteRole",
  "setConnectorGrant",
  "removeConnectorGrant",
  "setToolGrant",
  "addGroup",
  "removeGroup",
  "addGroupMembers",
  "removeGroupMembers",
  "assignRole",
  "unassignRole",
  "addMember",
  "removeMember",
  "setBuiltInRole",
  "setSeat",
  "setMemberSpendLimit",
  "addConnector",
  "removeConnector",
  "setOrgCapability",
  "setToolPolicy",
  "removeToolPolicy",
  "setSpend",
  "setGroupSpendLimit",
  "setGroupMappings",
  "enableConnectorPermissions",
  "disableConnectorPermissions",
] as const);

/**
 * The stable code of a {@link ChangeError}: why a change cannot apply, independent of the wording.
 * Codes are never renamed; new ones may be added.
 *
 * - `"invalid_changes"`: the change list is not an array.
 * - `"invalid_change"`: the change has the wrong form (unknown kind, missing, unknown or mistyped
 *   fields); its `issues` name each problem with its path, e.g. `changes[3].role.id`.
 * - `"at_out_of_range"`: an `at` outside 0..length of the list it inserts into.
 * - `"unknown_role"`, `"unknown_group"`, `"unknown_member"`, `"unknown_connector"`: the subject is
 *   missing.
 * - `"unknown_tool"`: `setToolGrant` names a tool that its connector does not list.
 * - `"unknown_assignment"`, `"unknown_connector_grant"`, `"unknown_tool_policy"`,
 *   `"unknown_group_limit"`: the assignment, role row, policy entry or group limit to remove is
 *   missing.
 * - `"duplicate_role"`, `"duplicate_group"`, `"duplicate_member"`, `"duplicate_connector"`,
 *   `"duplicate_assignment"`: what the change creates exists already.
 * - `"primary_owner_change"`: `setBuiltInRole` would change a member to or from Primary Owner.
 *
 * Rules: CHG-1, CHG-4.
 *
 * @example
 * ```ts
 * safeApplyChanges(org, [{ kind: "deleteRole", roleId: "nope" }]).error.code // => "unknown_role"
 * safeApplyChanges(org, []).ok // => true (no error, no code)
 * ```
 */
export type ChangeErrorCode =
  | "invalid_changes"
  | "invalid_change"
  | "at_out_of_range"
  | "unknown_role"
  | "unknown_group"
  | "unknown_member"
  | "unknown_connector"
  | "unknown_tool"
  | "unknown_assignment"
  | "unknown_connector_grant"
  | "unknown_tool_policy"
  | "unknown_group_limit"
  | "duplicate_role"
  | "duplicate_group"
  | "duplicate_member"
  | "duplicate_connector"
  | "duplicate_assignment"
  | "primary_owner_change";

/**
 * Why a change list cannot apply: the first change that cannot, by its index (from 0) and kind, a
 * stable code and the reason. Nothing of the list was applied (CHG-1).
 *
 * Rules: CHG-1.
 *
 * @example
 * ```ts
 * try {
 *   applyChanges(org, [{ kind: "assignRole", groupId: "g-eng", roleId: "eng" }, { kind: "deleteRole", roleId: "nope" }]);
 * } catch (error) {
 *   error instanceof ChangeError // => true
 *   error.index // => 1
 *   error.code // => "unknown_role"
 *   error.message // => "cannot apply changes[1] (deleteRole): no role `nope`: check the role id"
 * }
 * applyChanges(org, []) === org // => true (no error)
 * ```
 */
export class ChangeError extends Error {
  /** The index of the change that cannot apply, from 0; `undefined` when the list itself is not an array. */
  readonly index: number | undefined;
  /** The kind of that change; `undefined` when it has no known kind. */
  readonly kind: ChangeKind | undefined;
  /** Why, as a stable code. */
  readonly code: ChangeErrorCode;
  /** Why, as a lowercase sentence with ids in backticks. */
  readonly reason: string;
  /** For `"invalid_change"`: every problem of the change's form, with its path (`changes[3].role.id`); else empty. */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param details - where, what and why
   */
  constructor(details: {
    readonly index: number | undefined;
    /** The change kind. */
    readonly kind: ChangeKind | undefined;
    readonly code: ChangeErrorCode;
    readonly reason: string;
    readonly message: string;
    readonly issues?: readonly ValidationIssue[];
  }) {
    super(details.message);
    this.name = "ChangeError";
    this.index = details.index;
    this.kind = details.kind;
    this.code = details.code;
    this.reason = details.reason;
    this.issues = Object.freeze([...(details.issues ?? [])]);
  }
}
