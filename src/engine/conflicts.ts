import { mostPermissive, type Level } from "../level.js";
import type { Org } from "../org.js";
import type { CompiledConnector } from "./catalog.js";
import { compiledOf, type CompiledOrg } from "./compile.js";
import type { ConflictReport, ConflictView, ConnectorConflicts, RoleConflict } from "./decision.js";
import { deepFreeze, ExplainedBy, worded, type Why } from "./explained.js";
import type { ConflictingRoleFacts, ConflictReason } from "./reason.js";
import { conflictReportSubject, conflictViewSubject, wordConflictReason } from "../words/conflicts.js";
import { roleGrant, roleRow, roleToolLevel, type CompiledRole } from "./roles.js";

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
  for (const { roles } of compiled.membership.profiles)
    if (roles.includes(role)) for (const other of roles) shared.add(other);
  return shared;
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
}

/** CON-13: whether `other` conflicts with the role on the connector, as a conflict; `undefined` if not. */
function conflictOf(target: Target, other: CompiledRole): { conflict: RoleConflict; levels: ToolLevels } | undefined {
  const { connectorId, own } = target;
  if (other === target.role) return undefined;
  const levels = levelsOf(other, connectorId, target.tools);
  const differingTools = levels.filter(([, level], i) => level !== own[i]?.[1]).map(([tool]) => tool);
  // CON-13: O conflicts with R when O grants C and differs from R on at least one tool of C.
  if (differingTools.length === 0 || levels.every(([, level]) => level === "blocked")) return undefined;
  const { row } = roleRow(other, connectorId);
  const conflict = {
    roleId: other.role.id,
    name: other.role.name,
    row,
    grant: roleGrant(other, connectorId),
    levels: Object.fromEntries(levels),
    differingTools,
  };
  return { conflict, levels };
}

function view(target: Target, others: Iterable<CompiledRole>, scope: "all-roles" | "shared-members"): ConflictView {
  const conflicts: RoleConflict[] = [];
  let applying = target.own;
  for (const other of others) {
    const found = conflictOf(target, other);
    if (found === undefined) continue;
    // CON-3: a member holding them together gets the most permissive grant, tool by tool.
    // INVARIANT: both lists hold the connector's tools in its order.
    applying = applying.map(
      ([tool, level], i) => [tool, mostPermissive(level, (found.levels[i] as readonly [string, Level])[1])] as const,
    );
    conflicts.push(found.conflict);
  }
  return new View(deepFreeze(conflicts), Object.freeze(Object.fromEntries(applying)), () => ({
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

function connectorConflicts(
  compiled: CompiledOrg,
  role: CompiledRole,
  { connector, toolList }: CompiledConnector,
  sharing: ReadonlySet<CompiledRole>,
): ConnectorConflicts {
  const connectorId = connector.id;
  const own = levelsOf(role, connectorId, toolList);
  const target: Target = { role, connectorId, name: connector.name, tools: toolList, own };
  const roles = [...compiled.roles.values()];
  return Object.freeze({
    connectorId,
    name: connector.name,
    row: roleRow(role, connectorId).row,
    grant: deepFreeze(roleGrant(role, connectorId)),
    levels: Object.freeze(Object.fromEntries(own)),
    allRoles: view(target, roles, "all-roles"),
    sharedMembers: view(
      target,
      roles.filter((other) => sharing.has(other)),
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
      subject: conflictReportSubject(roleId, false, []),
      reasons: worded([{ kind: "unknown-role", rule: "CON-13", roleId, orgId: compiled.org.id }], wordConflictReason),
    }));
  }
  const asked =
    connectorId === undefined
      ? [...compiled.connectors.values()]
      : [compiled.connectors.get(connectorId)].filter((c) => c !== undefined);
  const sharing = rolesSharingMembers(compiled, role);
  const rows = Object.freeze(asked.map((connector) => connectorConflicts(compiled, role, connector, sharing)));
  return new Report(roleId, true, rows, () => ({
    subject: conflictReportSubject(
      roleId,
      true,
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
