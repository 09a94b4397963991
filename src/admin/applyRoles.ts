// Changes to custom roles and their Connectors tab (guide Steps 2 and 3): createRole, updateRole,
// deleteRole, setConnectorGrant, removeConnectorGrant, setToolGrant.
import { produce, type Draft } from "immer";
import { frozenDraft } from "./freeze.js";
import type { Level } from "../level.js";
import type { ConnectorGrant, CustomRole, Org, RoleConnectors } from "../org.js";
import type {
  CreateRole,
  DeleteRole,
  RemoveConnectorGrant,
  SetConnectorGrant,
  SetToolGrant,
  UpdateRole,
} from "./change.js";
import { indexOfId, insertAt, insertionIndex, ownValue, removeAt, withEntry } from "./lists.js";
import { roleOf } from "./newRole.js";
import { refuse } from "./refusal.js";

/** The position of an existing role; refuses a missing one. */
export function roleIndex(org: Org, roleId: string): number {
  const index = indexOfId(org.roles, roleId);
  if (index < 0) refuse({ code: "unknown_role", id: roleId });
  return index;
}

/** Adds the role, with CON-9's defaults for what the change omits. */
export function createRole(org: Org, change: CreateRole): Org {
  if (indexOfId(org.roles, change.role.id) >= 0) refuse({ code: "duplicate_role", id: change.role.id });
  const index = insertionIndex(change.at, org.roles.length);
  return produce(org, (draft) => {
    draft.roles = frozenDraft(insertAt(org.roles, index, [roleOf(change.role)]));
  });
}

/** Replaces the role's name and/or capabilities. */
export function updateRole(org: Org, change: UpdateRole): Org {
  const index = roleIndex(org, change.roleId);
  return produce(org, (draft) => {
    const role = draft.roles[index] as Draft<CustomRole>;
    if (change.name !== undefined) role.name = change.name;
    if (change.capabilities !== undefined) role.capabilities = frozenDraft(change.capabilities);
  });
}

/** Removes the role and every assignment of it. */
export function deleteRole(org: Org, change: DeleteRole): Org {
  const index = roleIndex(org, change.roleId);
  return produce(org, (draft) => {
    draft.roles = frozenDraft(removeAt(org.roles, index));
    if (org.roleAssignments.some((a) => a.roleId === change.roleId)) {
      draft.roleAssignments = frozenDraft(org.roleAssignments.filter((a) => a.roleId !== change.roleId));
    }
  });
}

function withConnectors(org: Org, index: number, connectors: RoleConnectors): Org {
  return produce(org, (draft) => {
    (draft.roles[index] as Draft<CustomRole>).connectors = frozenDraft(connectors);
  });
}

/** The role's Connectors tab with the row for `connectorId` set (or removed, for `undefined`). */
function withRow(connectors: RoleConnectors, connectorId: string, grant: ConnectorGrant | undefined): RoleConnectors {
  return { ...connectors, byConnector: withEntry(connectors.byConnector, connectorId, grant) };
}

/** Sets the All connectors row (`connectorId: null`) or a connector's own row. */
export function setConnectorGrant(org: Org, change: SetConnectorGrant): Org {
  const index = roleIndex(org, change.roleId);
  const connectors = (org.roles[index] as CustomRole).connectors;
  if (change.connectorId === null) return withConnectors(org, index, { ...connectors, all: change.grant });
  return withConnectors(org, index, withRow(connectors, change.connectorId, change.grant));
}

/** Removes the role's own row for the connector; its All connectors row applies again (CON-2). */
export function removeConnectorGrant(org: Org, change: RemoveConnectorGrant): Org {
  const index = roleIndex(org, change.roleId);
  const connectors = (org.roles[index] as CustomRole).connectors;
  if (ownValue(connectors.byConnector, change.connectorId) === undefined) {
    refuse({ code: "unknown_connector_grant", roleId: change.roleId, connectorId: change.connectorId });
  }
  return withConnectors(org, index, withRow(connectors, change.connectorId, undefined));
}

/** CON-2: the level a row that is not Custom gives every tool; the All connectors row set to Custom blocks. */
function levelOf(grant: ConnectorGrant): Level {
  return typeof grant === "string" ? grant : "blocked";
}

/** Sets one tool of a connector on the role, changing no other tool's level (CON-2). */
export function setToolGrant(org: Org, change: SetToolGrant): Org {
  const index = roleIndex(org, change.roleId);
  const connector = org.connectors[indexOfId(org.connectors, change.connectorId)];
  if (connector === undefined) refuse({ code: "unknown_connector", id: change.connectorId });
  if (!connector.tools.includes(change.tool))
    refuse({ code: "unknown_tool", connectorId: change.connectorId, tool: change.tool });
  const connectors = (org.roles[index] as CustomRole).connectors;
  const row = ownValue(connectors.byConnector, change.connectorId);
  if (row !== undefined && typeof row !== "string") {
    return withConnectors(
      org,
      index,
      withRow(connectors, change.connectorId, { custom: withEntry(row.custom, change.tool, change.level) }),
    );
  }
  // A level row, or no row, becomes a Custom row holding every tool at the level the role gives it now.
  const now = levelOf(row ?? connectors.all);
  const custom = Object.fromEntries(connector.tools.map((tool) => [tool, tool === change.tool ? change.level : now]));
  return withConnectors(org, index, withRow(connectors, change.connectorId, { custom }));
}
