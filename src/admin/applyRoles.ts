// Changes to custom roles and their Connectors tab (guide Steps 2 and 3): createRole, updateRole,
// deleteRole, setConnectorGrant, removeConnectorGrant, setToolGrant.
import type { Level } from "../level.js";
import type { ConnectorGrant, CustomRole, RoleConnectors } from "../org.js";
import type {
  CreateRole,
  DeleteRole,
  RemoveConnectorGrant,
  SetConnectorGrant,
  SetToolGrant,
  UpdateRole,
} from "./change.js";
import { insertionIndex, ownValue, withEntry } from "./lists.js";
import { roleOf } from "./newRole.js";
import { refuse } from "./refusal.js";
import type { WorkingOrg } from "./working.js";

/** The role; refuses a missing one. */
function roleNamed(org: WorkingOrg, roleId: string): CustomRole {
  return org.roles.get(roleId) ?? refuse({ code: "unknown_role", id: roleId });
}

/** Adds the role, with CON-9's defaults for what the change omits. */
export function createRole(org: WorkingOrg, change: CreateRole): void {
  if (org.roles.has(change.role.id)) refuse({ code: "duplicate_role", id: change.role.id });
  org.roles.insert(insertionIndex(change.at, org.roles.length), roleOf(change.role));
}

/** Replaces the role's name and/or capabilities. */
export function updateRole(org: WorkingOrg, change: UpdateRole): void {
  const role = roleNamed(org, change.roleId);
  org.roles.replace({
    ...role,
    ...(change.name === undefined ? {} : { name: change.name }),
    ...(change.capabilities === undefined ? {} : { capabilities: change.capabilities }),
  });
}

/** Removes the role and every assignment of it. */
export function deleteRole(org: WorkingOrg, change: DeleteRole): void {
  const { roleId } = change;
  roleNamed(org, roleId);
  org.roles.removeKey(roleId);
  org.unassignAll("roleId", roleId);
}

function withConnectors(org: WorkingOrg, role: CustomRole, connectors: RoleConnectors): void {
  org.roles.replace({ ...role, connectors });
}

/** The role's Connectors tab with the row for `connectorId` set (or removed, for `undefined`). */
function withRow(connectors: RoleConnectors, connectorId: string, grant: ConnectorGrant | undefined): RoleConnectors {
  return { ...connectors, byConnector: withEntry(connectors.byConnector, connectorId, grant) };
}

/** Sets the All connectors row (`connectorId: null`) or a connector's own row. */
export function setConnectorGrant(org: WorkingOrg, change: SetConnectorGrant): void {
  const role = roleNamed(org, change.roleId);
  const { connectors } = role;
  if (change.connectorId === null) withConnectors(org, role, { ...connectors, all: change.grant });
  else withConnectors(org, role, withRow(connectors, change.connectorId, change.grant));
}

/** Removes the role's own row for the connector; its All connectors row applies again (CON-2). */
export function removeConnectorGrant(org: WorkingOrg, change: RemoveConnectorGrant): void {
  const role = roleNamed(org, change.roleId);
  const { connectors } = role;
  if (ownValue(connectors.byConnector, change.connectorId) === undefined) {
    refuse({ code: "unknown_connector_grant", roleId: change.roleId, connectorId: change.connectorId });
  }
  withConnectors(org, role, withRow(connectors, change.connectorId, undefined));
}

/** CON-2: the level a row that is not Custom gives every tool; the All connectors row set to Custom blocks. */
function levelOf(grant: ConnectorGrant): Level {
  return typeof grant === "string" ? grant : "blocked";
}

/** Sets one tool of a connector on the role, changing no other tool's level (CON-2). */
export function setToolGrant(org: WorkingOrg, change: SetToolGrant): void {
  const role = roleNamed(org, change.roleId);
  const connector = org.connectors.get(change.connectorId);
  if (connector === undefined) refuse({ code: "unknown_connector", id: change.connectorId });
  if (!connector.tools.includes(change.tool))
    refuse({ code: "unknown_tool", connectorId: change.connectorId, tool: change.tool });
  const { connectors } = role;
  const row = ownValue(connectors.byConnector, change.connectorId);
  if (row !== undefined && typeof row !== "string") {
    const custom = withEntry(row.custom, change.tool, change.level);
    withConnectors(org, role, withRow(connectors, change.connectorId, { custom }));
    return;
  }
  // A level row, or no row, becomes a Custom row holding every tool at the level the role gives it now.
  const now = levelOf(row ?? connectors.all);
  const custom = Object.fromEntries(connector.tools.map((tool) => [tool, tool === change.tool ? change.level : now]));
  withConnectors(org, role, withRow(connectors, change.connectorId, { custom }));
}
