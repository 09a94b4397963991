// Changes to custom roles and their Connectors tab (guide Steps 2 and 3): createRole, updateRole,
// deleteRole, setConnectorGrant, removeConnectorGrant, setToolGrant.
import type { Level } from "../level.js";
import type { ConnectorGrant } from "../org.js";
import type {
  CreateRole,
  DeleteRole,
  RemoveConnectorGrant,
  SetConnectorGrant,
  SetToolGrant,
  UpdateRole,
} from "./change.js";
import { insertionIndex } from "./lists.js";
import { roleOf } from "./newRole.js";
import { refuse } from "./refusal.js";
import type { WorkingOrg } from "./working.js";

/** Refuses a role id that is no role. */
function mustHaveRole(org: WorkingOrg, roleId: string): void {
  if (!org.roles.has(roleId)) refuse({ code: "unknown_role", id: roleId });
}

/** Adds the role, with CON-9's defaults for what the change omits. */
export function createRole(org: WorkingOrg, change: CreateRole): void {
  if (org.roles.has(change.role.id)) refuse({ code: "duplicate_role", id: change.role.id });
  org.roles.insert(insertionIndex(change.at, org.roles.length), roleOf(change.role));
}

/** Replaces the role's name and/or capabilities. */
export function updateRole(org: WorkingOrg, change: UpdateRole): void {
  mustHaveRole(org, change.roleId);
  org.roles.update(change.roleId, {
    ...(change.name === undefined ? {} : { name: change.name }),
    ...(change.capabilities === undefined ? {} : { capabilities: change.capabilities }),
  });
}

/** Removes the role and every assignment of it. */
export function deleteRole(org: WorkingOrg, change: DeleteRole): void {
  const { roleId } = change;
  mustHaveRole(org, roleId);
  org.roles.remove(roleId);
  org.unassignAll("roleId", roleId);
}

/** Sets the All connectors row (`connectorId: null`) or a connector's own row. */
export function setConnectorGrant(org: WorkingOrg, change: SetConnectorGrant): void {
  mustHaveRole(org, change.roleId);
  if (change.connectorId === null) org.roles.setAll(change.roleId, change.grant);
  else org.roles.setRow(change.roleId, change.connectorId, change.grant);
}

/** Removes the role's own row for the connector; its All connectors row applies again (CON-2). */
export function removeConnectorGrant(org: WorkingOrg, change: RemoveConnectorGrant): void {
  mustHaveRole(org, change.roleId);
  if (org.roles.row(change.roleId, change.connectorId) === undefined) {
    refuse({ code: "unknown_connector_grant", roleId: change.roleId, connectorId: change.connectorId });
  }
  org.roles.setRow(change.roleId, change.connectorId, undefined);
}

/** CON-2: the level a row that is not Custom gives every tool; the All connectors row set to Custom blocks. */
function levelOf(grant: ConnectorGrant): Level {
  return typeof grant === "string" ? grant : "blocked";
}

/** Sets one tool of a connector on the role, changing no other tool's level (CON-2). */
export function setToolGrant(org: WorkingOrg, change: SetToolGrant): void {
  const { roleId, connectorId, tool } = change;
  mustHaveRole(org, roleId);
  const connector = org.connectors.get(connectorId);
  if (connector === undefined) refuse({ code: "unknown_connector", id: connectorId });
  if (!org.connectorTools(connectorId).has(tool)) refuse({ code: "unknown_tool", connectorId, tool });
  if (!org.roles.hasCustomRow(roleId, connectorId)) {
    // A level row, or no row, becomes a Custom row holding every tool at the level the role gives it now.
    const now = levelOf(org.roles.row(roleId, connectorId) ?? org.roles.all(roleId));
    org.roles.setCustomRow(roleId, connectorId, connector.tools, now);
  }
  org.roles.setTool(roleId, connectorId, tool, change.level);
}
