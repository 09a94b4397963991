import { mostPermissive, type Level } from "../level.js";
import type { ConnectorGrant, Org } from "../org.js";
import type { ConflictReport, ConflictView, ConnectorConflicts, Reason, RoleConflict } from "./decision.js";
import { indexOf, type CompiledRole, type OrgIndex } from "./compile.js";
import { deepFreeze, explain, joinClauses, q, reason } from "./explain.js";
import { roleToolLevel } from "./tools.js";

const coHeld = new WeakMap<OrgIndex, ReadonlyMap<CompiledRole, ReadonlySet<CompiledRole>>>();

/**
 * For every role, the roles that some member of the org holds together with it through groups that
 * count under GRP-2, whatever the member's built-in role (CON-13, second view). Built once per index.
 */
function rolesSharingMembers(index: OrgIndex): ReadonlyMap<CompiledRole, ReadonlySet<CompiledRole>> {
  let shared = coHeld.get(index);
  // Stryker disable next-line ConditionalExpression: equivalent, only the cache: the map is rebuilt the same
  if (shared === undefined) {
    const map = new Map<CompiledRole, Set<CompiledRole>>();
    for (const { held } of index.allMembers()) {
      for (const a of held) {
        let set = map.get(a.role);
        if (set === undefined) map.set(a.role, (set = new Set()));
        // Stryker disable next-line ConditionalExpression: equivalent, a role listed as sharing members with itself is skipped by `view`
        for (const b of held) if (b.role !== a.role) set.add(b.role);
      }
    }
    shared = map;
    coHeld.set(index, shared);
  }
  return shared;
}

/** The row that sets a role's levels on a connector (CON-2), copied out of the org. */
function rowOf(role: CompiledRole, connectorId: string): { row: "connector" | "all-connectors"; grant: ConnectorGrant } {
  const own = role.byConnector.get(connectorId);
  if (own === undefined) return { row: "all-connectors", grant: role.all ?? { custom: {} } };
  return { row: "connector", grant: typeof own === "string" ? own : { custom: Object.fromEntries(own) } };
}

/** A role's level for each tool of a connector (CON-2), as `[tool, level]` pairs in tool order. */
type ToolLevels = readonly (readonly [string, Level])[];

function levelsOf(role: CompiledRole, connectorId: string, tools: readonly string[]): ToolLevels {
  return tools.map((tool) => [tool, roleToolLevel(role, connectorId, tool).level] as const);
}

function levelsText(grant: ConnectorGrant, levels: ToolLevels): string {
  if (typeof grant === "string") return q(grant);
  return `Custom: ${levels.map(([tool, level]) => `${tool} ${q(level)}`).join(", ")}`;
}

function view(
  role: CompiledRole,
  connector: { id: string; name: string; tools: readonly string[] },
  own: ToolLevels,
  others: Iterable<CompiledRole>,
  scope: string,
): ConflictView {
  const { id, name, tools } = connector;
  const conflicts: RoleConflict[] = [];
  const texts: string[] = [];
  let applying = own;
  for (const other of others) {
    // Stryker disable next-line ConditionalExpression: equivalent, a role differs from itself on no tool, so CON-13 skips it a line later anyway
    if (other === role) continue;
    const levels = levelsOf(other, id, tools);
    const grants = levels.some(([, level]) => level !== "blocked");
    const differingTools = tools.filter((tool) => roleToolLevel(other, id, tool).level !== roleToolLevel(role, id, tool).level);
    // CON-13: O conflicts with R when O grants C and differs from R on at least one tool of C.
    if (!grants || differingTools.length === 0) continue;
    // CON-3: a member holding them together gets the most permissive grant, tool by tool.
    applying = applying.map(([tool, level]) => [tool, mostPermissive(level, roleToolLevel(other, id, tool).level)] as const);
    const row = rowOf(other, id);
    conflicts.push({ roleId: other.role.id, name: other.role.name, ...row, levels: Object.fromEntries(levels), differingTools });
    texts.push(`role ${q(other.role.name)} (${levelsText(row.grant, levels)})`);
  }
  const subject = `role ${q(role.role.name)} on connector ${q(name)}`;
  const applied = applying.map(([tool, level]) => `${tool} ${q(level)}`).join(", ");
  const reasons: Reason[] =
    conflicts.length === 0
      ? [reason({ rule: "CON-13", says: `no ${scope} grants the connector at a different level` })]
      : [
          reason({ rule: "CON-13", says: `${joinClauses(texts)} grant${conflicts.length > 1 ? "" : "s"} it at a different level` }),
          reason({ rule: "CON-3", says: `the most permissive grant applies to a member holding them together: ${applied}` }),
        ];
  const verdict = conflicts.length === 0 ? "has no cross-role conflict" : `conflicts with ${conflicts.length} ${conflicts.length > 1 ? "roles" : "role"}`;
  return { conflicts, applying: Object.fromEntries(applying), ...explain(subject, verdict, reasons) };
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
 * @param org - a parsed org (see `parseOrg`)
 * @param roleId - the role whose rows are checked
 * @param connectorId - one connector only; all added connectors when omitted
 * @returns the warnings with their explanations (EXP-1)
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
  const index = indexOf(org);
  const role = index.roles.get(roleId);
  const subject = `role ${q(roleId)}`;
  if (role === undefined) {
    return deepFreeze({
      roleId,
      known: false,
      connectors: [],
      ...explain(subject, "has no conflicts", [reason({ rule: "CON-13", says: `it is not a role of org ${q(org.id)}` })]),
    });
  }
  const connectors =
    connectorId === undefined
      ? [...index.connectors.values()]
      : [index.connectors.get(connectorId)].filter((c) => c !== undefined);
  const sharing = rolesSharingMembers(index).get(role) ?? new Set<CompiledRole>();
  const rows: ConnectorConflicts[] = connectors.map(({ connector }) => {
    const tools = [...new Set(connector.tools)];
    const own = levelsOf(role, connector.id, tools);
    const target = { id: connector.id, name: connector.name, tools };
    return {
      connectorId: connector.id,
      name: connector.name,
      ...rowOf(role, connector.id),
      levels: Object.fromEntries(own),
      allRoles: view(role, target, own, index.roles.values(), "other role"),
      sharedMembers: view(role, target, own, [...index.roles.values()].filter((r) => sharing.has(r)), "role sharing a member with it"),
    };
  });
  const warned = rows.filter((row) => row.allRoles.conflicts.length > 0).map((row) => q(row.name));
  const verdict = warned.length === 0 ? "has no cross-role conflict" : `has conflict warnings on ${joinClauses(warned)}`;
  const says =
    connectorId !== undefined && rows.length === 0
      ? `connector ${q(connectorId)} has not been added to the org`
      : `its rows were compared with every other role on ${rows.length} connector${rows.length === 1 ? "" : "s"}`;
  return deepFreeze({ roleId, known: true, connectors: rows, ...explain(subject, verdict, [reason({ rule: connectorId !== undefined && rows.length === 0 ? "CON-7" : "CON-13", says })]) });
}
