// Reference model of SPEC §5 CON-1..12 (connectors and tools): a member's level for one tool.
import type { Level } from "../../src/level.js";
import type { Connector, ConnectorGrant, CustomRole, Org } from "../../src/org.js";
import { modelMax, modelMin } from "./level.js";
import { modelBuiltInRole, modelHeldRoles } from "./members.js";

/** CON-7: the added connector with this id, or undefined. */
export function modelFindConnector(org: Org, connectorId: string): Connector | undefined {
  return org.connectors.find((connector) => connector.id === connectorId);
}

/** CON-7: whether the org has added the connector and the connector lists the tool. */
export function modelToolExists(org: Org, connectorId: string, tool: string): boolean {
  const connector = modelFindConnector(org, connectorId);
  return connector !== undefined && connector.tools.includes(tool);
}

/** CON-2: the row that sets a role's levels on a connector: its own row if it has one, else All connectors. */
export function modelRoleRow(
  role: CustomRole,
  connectorId: string,
): { readonly row: "connector" | "all-connectors"; readonly grant: ConnectorGrant } {
  const byConnector = role.connectors.byConnector ?? {}; // SPEC §1: byConnector defaults to {}
  const own = Object.hasOwn(byConnector, connectorId) ? byConnector[connectorId] : undefined;
  return own === undefined ? { row: "all-connectors", grant: role.connectors.all } : { row: "connector", grant: own };
}

/**
 * CON-2: a role's level for tool `tool` of connector `connectorId`. Its row for the connector if it
 * has one, else its All connectors row; a level row applies to every tool; a Custom row gives the
 * tool's own level and blocks tools it does not list; an All connectors row set to Custom blocks
 * every connector without its own row.
 */
export function modelRoleToolLevel(role: CustomRole, connectorId: string, tool: string): Level {
  const byConnector = role.connectors.byConnector ?? {}; // SPEC §1: byConnector defaults to {}
  if (Object.hasOwn(byConnector, connectorId)) {
    const row = byConnector[connectorId];
    if (row === undefined) return "blocked";
    if (typeof row === "string") return row;
    const level = Object.hasOwn(row.custom, tool) ? row.custom[tool] : undefined;
    return level ?? "blocked"; // CON-2 Decision: a tool missing from a Custom row is blocked
  }
  const all = role.connectors.all;
  return typeof all === "string" ? all : "blocked"; // CON-2: All connectors = Custom blocks unlisted connectors
}

/**
 * CON-4 + SPEC §1: the org-wide tool policy's level for a tool. A connector without an entry is
 * `always`; an entry's `level` defaults to `always`; a tool's own entry overrides it either way.
 */
export function modelPolicyLevel(org: Org, connectorId: string, tool: string): Level {
  const policy = org.toolPolicy ?? {};
  if (!Object.hasOwn(policy, connectorId)) return "always";
  const entry = policy[connectorId];
  if (entry === undefined) return "always";
  const tools = entry.tools ?? {};
  const own = Object.hasOwn(tools, tool) ? tools[tool] : undefined;
  return own ?? entry.level ?? "always";
}

/** CON-3: the most permissive level of a set of roles for a tool. */
export function modelRolesLevel(roles: readonly CustomRole[], connectorId: string, tool: string): Level {
  return roles.reduce<Level>((acc, role) => modelMax(acc, modelRoleToolLevel(role, connectorId, tool)), "blocked");
}

/** CON-3..7: a member's effective level for one tool. */
export function modelToolLevel(org: Org, memberId: string, connectorId: string, tool: string): Level {
  const builtIn = modelBuiltInRole(org, memberId);
  if (builtIn === undefined) return "blocked"; // CON-7: an unknown member has no access at all
  if (!modelToolExists(org, connectorId, tool)) return "blocked"; // CON-7
  const policy = modelPolicyLevel(org, connectorId, tool);
  if (!org.connectorPermissionsEnabled) return policy; // CON-6
  if (builtIn !== "custom") return policy; // CON-5, GRP-4
  // CON-3 + CON-4; a Custom-roles member with no role holds nothing, so every tool is blocked.
  return modelMin(policy, modelRolesLevel(modelHeldRoles(org, memberId), connectorId, tool));
}

/** CON-10: the connectors in a member's menu (at least one tool not blocked), in org order. */
export function modelMenu(org: Org, memberId: string): readonly string[] {
  return org.connectors
    .filter((connector) =>
      connector.tools.some((tool) => modelToolLevel(org, memberId, connector.id, tool) !== "blocked"),
    )
    .map((connector) => connector.id);
}

/**
 * CON-12: a Claude Code tool level. While connector permissions are on: min(org policy, managed
 * setting), and blocked for a connector not added or a tool it does not list; while off, the managed
 * setting alone decides, for any connector.
 */
export function modelClaudeCodeToolLevel(org: Org, connectorId: string, tool: string, managed: Level): Level {
  if (!org.connectorPermissionsEnabled) return managed;
  if (!modelToolExists(org, connectorId, tool)) return "blocked";
  return modelMin(modelPolicyLevel(org, connectorId, tool), managed);
}
