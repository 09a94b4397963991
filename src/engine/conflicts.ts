import { mostPermissive, type Level } from "../level.js";
import type { Org } from "../org.js";
import type { CompiledConnector } from "./catalog.js";
import { compiledOf, type CompiledOrg } from "./compile.js";
import { distinctProfiles } from "./membership.js";
import type { ConflictReport, ConflictView, ConnectorConflicts, RoleConflict } from "./decision.js";
import { deepFreeze } from "../freeze.js";
import { ExplainedBy, worded, type Why } from "./explained.js";
import type { ConflictingRoleFacts, ConflictReason } from "./reason.js";
import {
  conflictReportSubject,
  conflictViewSubject,
  unknownRoleSubject,
  wordConflictReason,
} from "../words/conflicts.js";
import { roleGrant, roleRow, roleToolLevel, type CompiledGrant, type CompiledRole } from "./roles.js";
import { getOrInsertComputed } from "../maps.js";

/** A role's level for each tool of a connector (CON-2), as `[tool, level]` pairs in tool order. */
type ToolLevels = readonly (readonly [string, Level])[];

/** One view of a warning; its explanation is built when read. */
class View extends ExplainedBy implements ConflictView {
  readonly conflicts: readonly RoleConflict[];
  readonly applying: Readonly<Record<string, Level>>;

  constructor(conflicts: readonly RoleConflict[], applying: Readonly<Record<string, Level>>, why: () => Why) {
    super(why);
    this.conflicts = conflicts;
    this.applying = applying;
    Object.freeze(this);
  }
}

/** A conflict report; its explanation is built when read. */
class Report extends ExplainedBy implements ConflictReport {
  readonly roleId: string;
  readonly known: boolean;
  readonly connectors: readonly ConnectorConflicts[];

  constructor(roleId: string, known: boolean, connectors: readonly ConnectorConflicts[], why: () => Why) {
    super(why);
    this.roleId = roleId;
    this.known = known;
    this.connectors = connectors;
    Object.freeze(this);
  }
}

/**
 * CON-13, second view: the roles that some member of the org holds together with `role` through
 * groups that count under GRP-2, whatever the member's built-in role. O(the org's distinct profiles).
 */
function rolesSharingMembers(compiled: CompiledOrg, role: CompiledRole): ReadonlySet<CompiledRole> {
  const shared = new Set<CompiledRole>();
  for (const { roles } of distinctProfiles(compiled.membership))
    if (roles.includes(role)) for (const other of roles) shared.add(other);
  return shared;
}

/**
 * The org's roles sorted once per report by what CON-2 gives them on a connector, so that a report
 * touches only the roles that can conflict: a role without a row of its own for a connector has its
 * All connectors row's level on every tool, so all such roles at one level conflict together or not
 * at all (and a Blocked or Custom All connectors row never grants, CON-2).
 */
interface RoleIndex {
  /** The roles whose All connectors row is `always` or `approval`, by that level, in org order. */
  readonly byAll: ReadonlyMap<Level, readonly CompiledRole[]>;
  /** The roles with a row of their own for a connector, by connector id, in org order. */
  readonly withRow: ReadonlyMap<string, readonly CompiledRole[]>;
}

function indexRoles(compiled: CompiledOrg): RoleIndex {
  // Keyed by every All connectors row a role can have (a Custom one is `null`): only these two hold roles.
  const byAll = new Map<Level | null, CompiledRole[]>([
    ["always", []],
    ["approval", []],
  ]);
  const withRow = new Map<string, CompiledRole[]>();
  for (const role of compiled.roles.values()) {
    byAll.get(role.all)?.push(role);
    for (const connectorId of role.byConnector.keys()) getOrInsertComputed(withRow, connectorId, () => []).push(role);
  }
  return { byAll: byAll as ReadonlyMap<Level, readonly CompiledRole[]>, withRow };
}

function levelsOf(role: CompiledRole, connectorId: string, tools: readonly string[]): ToolLevels {
  return tools.map((tool) => [tool, roleToolLevel(role, connectorId, tool)] as const);
}

/** The connector a view is about, and the role's own levels on it. */
interface Target {
  readonly role: CompiledRole;
  readonly connectorId: string;
  readonly name: string;
  readonly tools: readonly string[];
  readonly own: ToolLevels;
  /** The role's own level of each tool of the connector. */
  readonly ownByTool: ReadonlyMap<string, Level>;
  /** How many of the connector's tools the role has at each level. */
  readonly ownCount: ReadonlyMap<Level, number>;
}

function targetOf(role: CompiledRole, { connector, toolList }: CompiledConnector): Target {
  const own = levelsOf(role, connector.id, toolList);
  const ownCount = new Map<Level, number>();
  for (const [, level] of own) ownCount.set(level, (ownCount.get(level) ?? 0) + 1);
  return {
    role,
    connectorId: connector.id,
    name: connector.name,
    tools: toolList,
    own,
    ownByTool: new Map(own),
    ownCount,
  };
}

/** CON-13 for a row that gives `level` to every tool: it grants the connector and differs somewhere. */
function levelConflicts(target: Target, level: Level): boolean {
  return level !== "blocked" && target.ownCount.get(level) !== target.tools.length;
}

/**
 * CON-13 for a Custom row, in O(the row's entries): it grants the connector when a tool of the
 * connector it lists is not blocked; it differs on a listed tool of another level, or on a tool it
 * does not list (blocked, CON-2) where the role's own level is not blocked.
 */
function customConflicts(target: Target, row: ReadonlyMap<string, Level>): boolean {
  let listed = 0;
  let same = 0;
  let listedOwnBlocked = 0;
  let grants = false;
  for (const [tool, level] of row) {
    const own = target.ownByTool.get(tool);
    // A tool the connector does not list is none of its tools (CON-7).
    if (own === undefined) continue;
    listed++;
    grants ||= level !== "blocked";
    if (level === own) same++;
    if (own === "blocked") listedOwnBlocked++;
  }
  const unlistedOwnBlocked = (target.ownCount.get("blocked") ?? 0) - listedOwnBlocked;
  return grants && (same < listed || unlistedOwnBlocked < target.tools.length - listed);
}

/** CON-13: the roles that conflict with the target's role on its connector, in org order. */
function conflictingRoles(target: Target, index: RoleIndex): CompiledRole[] {
  const { connectorId } = target;
  const found: CompiledRole[] = [];
  // A connector without tools has no conflicts (CON-13).
  if (target.tools.length === 0) return found;
  // INVARIANT: the role never conflicts with itself (its levels are its own), so it is never found.
  for (const [level, roles] of index.byAll)
    if (levelConflicts(target, level))
      for (const other of roles) if (!other.byConnector.has(connectorId)) found.push(other);
  for (const other of index.withRow.get(connectorId) ?? []) {
    // INVARIANT: every role listed for the connector has a row of its own for it.
    const row = other.byConnector.get(connectorId) as CompiledGrant;
    if (typeof row === "string" ? levelConflicts(target, row) : customConflicts(target, row)) found.push(other);
  }
  return found.sort((a, b) => a.order - b.order);
}

/** A conflicting role, and its levels on the connector's tools in their order. */
interface Found {
  readonly other: CompiledRole;
  readonly conflict: RoleConflict;
  readonly levels: readonly Level[];
}

/** A conflicting role as a warning names it, with its levels on the connector (CON-2). */
function conflictOf(target: Target, other: CompiledRole): Found {
  const { connectorId, tools, own } = target;
  const levels = tools.map((tool) => roleToolLevel(other, connectorId, tool));
  // Frozen as built: a report may hold a conflict per role and connector, each walked once.
  const conflict: RoleConflict = Object.freeze({
    roleId: other.role.id,
    name: other.role.name,
    row: roleRow(other, connectorId).row,
    grant: deepFreeze(roleGrant(other, connectorId)),
    levels: Object.freeze(Object.fromEntries(tools.map((tool, i) => [tool, levels[i] as Level]))),
    // INVARIANT: `own` has a level for each of `tools`, in the same order.
    differingTools: Object.freeze(tools.filter((_, i) => levels[i] !== (own[i] as readonly [string, Level])[1])),
  });
  return { other, conflict, levels };
}

function view(target: Target, found: readonly Found[], scope: "all-roles" | "shared-members"): ConflictView {
  const { tools } = target;
  const most = target.own.map(([, level]) => level);
  // CON-3: a member holding them together gets the most permissive grant, tool by tool.
  // INVARIANT: every list of levels holds the connector's tools in its order.
  for (const { levels } of found)
    levels.forEach((level, i) => {
      most[i] = mostPermissive(most[i] as Level, level);
    });
  const applying: ToolLevels = tools.map((tool, i) => [tool, most[i] as Level]);
  const conflicts = Object.freeze(found.map(({ conflict }) => conflict));
  return new View(conflicts, Object.freeze(Object.fromEntries(applying)), () => ({
    subject: conflictViewSubject(target.role.role.name, target.name, conflicts.length),
    reasons: worded(conflictReasons(conflicts, applying, scope), wordConflictReason),
  }));
}

function conflictReasons(
  conflicts: readonly RoleConflict[],
  applying: ToolLevels,
  scope: "all-roles" | "shared-members",
): ConflictReason[] {
  if (conflicts.length === 0) return [{ kind: "no-conflict", rule: "CON-13", view: scope }];
  const roles = conflicts.map((c): ConflictingRoleFacts => ({
    roleId: c.roleId,
    roleName: c.name,
    grant: c.grant,
    levels: Object.entries(c.levels),
  }));
  return [
    { kind: "conflicting-roles", rule: "CON-13", roles },
    { kind: "conflict-applying", rule: "CON-3", applying },
  ];
}

/**
 * Both views of one connector row. Time: the role's levels on the connector, the rows of other
 * roles for it, and the conflicts found (each names its levels on every tool): linear in the org
 * and the report, never roles x tools for roles that do not conflict.
 */
function connectorConflicts(
  role: CompiledRole,
  connector: CompiledConnector,
  index: RoleIndex,
  sharing: ReadonlySet<CompiledRole>,
): ConnectorConflicts {
  const target = targetOf(role, connector);
  const { connectorId } = target;
  // The second view's conflicts are the first's among the roles sharing a member (CON-13).
  const found = conflictingRoles(target, index).map((other) => conflictOf(target, other));
  return Object.freeze({
    connectorId,
    name: target.name,
    row: roleRow(role, connectorId).row,
    grant: deepFreeze(roleGrant(role, connectorId)),
    levels: Object.freeze(Object.fromEntries(target.own)),
    allRoles: view(target, found, "all-roles"),
    sharedMembers: view(
      target,
      found.filter(({ other }) => sharing.has(other)),
      "shared-members",
    ),
  });
}

/**
 * The cross-role conflict warnings of a role's connector rows, as the Connectors tab shows them.
 *
 * For each connector (every added connector, or the one asked for), the role is compared tool by
 * tool with every other role, each role's levels coming from its own row for the connector or its
 * All connectors row (CON-2). Another role conflicts when it grants the connector (some tool is not
 * Blocked for it) and its level differs on at least one tool. The warning names those roles with
 * their per-tool levels, and per tool the level that applies to a member holding the role and all
 * of them together: the most permissive (CON-3), before the org-wide cap of CON-4.
 *
 * Two views: `allRoles` compares with every other role of the org; `sharedMembers` only with the
 * roles that share a member with this role (a member of the org who holds both through groups that
 * count under GRP-2, whatever their built-in role).
 *
 * Rules: CON-13, CON-2, CON-3, GRP-2. A connector without tools has no conflicts; an unknown role or
 * a connector the org has not added has no rows (CON-7).
 *
 * @param org - an org that `parseOrg` returned
 * @param roleId - the role whose rows are checked
 * @param connectorId - one connector only; all added connectors when omitted
 * @returns the warnings with their explanations (EXP-1)
 * @throws {@link OrgValidationError} when the org did not come from `parseOrg` and is not valid (IN-3)
 *
 * @example
 * ```ts
 * // "Support" blocks Jira; "Engineering" has Jira at Always allow.
 * const [jira] = findCrossRoleConflicts(org, "support", "jira").connectors;
 * jira.allRoles.conflicts.map((c) => c.roleId) // => ["eng"]
 * jira.allRoles.applying // => { search_issues: "always", create_issue: "always" }
 * // With no other role granting GitHub:
 * findCrossRoleConflicts(org, "support", "github").connectors[0].allRoles.conflicts // => []
 * ```
 */
export function findCrossRoleConflicts(org: Org, roleId: string, connectorId?: string): ConflictReport {
  const compiled = compiledOf(org);
  const role = compiled.roles.get(roleId);
  if (role === undefined) {
    return new Report(roleId, false, Object.freeze([]), () => ({
      subject: unknownRoleSubject(roleId),
      reasons: worded([{ kind: "unknown-role", rule: "CON-13", roleId, orgId: compiled.org.id }], wordConflictReason),
    }));
  }
  const asked =
    connectorId === undefined
      ? [...compiled.connectors.values()]
      : [compiled.connectors.get(connectorId)].filter((c) => c !== undefined);
  const sharing = rolesSharingMembers(compiled, role);
  const index = indexRoles(compiled);
  const rows = Object.freeze(asked.map((connector) => connectorConflicts(role, connector, index, sharing)));
  return new Report(roleId, true, rows, () => ({
    subject: conflictReportSubject(
      roleId,
      rows.filter((row) => row.allRoles.conflicts.length > 0).map((row) => row.name),
    ),
    reasons: worded(
      [
        connectorId !== undefined && rows.length === 0
          ? { kind: "connector-not-added", rule: "CON-7", connectorId }
          : { kind: "rows-compared", rule: "CON-13", connectors: rows.length },
      ],
      wordConflictReason,
    ),
  }));
}
