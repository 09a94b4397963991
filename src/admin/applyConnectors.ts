// Changes to connectors, the org-wide tool policy and connector permissions (guide "Before you
// begin" and Step 3): addConnector, removeConnector, setToolPolicy, removeToolPolicy,
// enableConnectorPermissions, disableConnectorPermissions.
import type { ToolPolicyEntry } from "../org.js";
import type { AddConnector, RemoveConnector, RemoveToolPolicy, SetToolPolicy } from "./change.js";
import { insertionIndex } from "./lists.js";
import { refuse } from "./refusal.js";
import type { WorkingOrg } from "./working.js";

/** Adds the connector. */
export function addConnector(org: WorkingOrg, change: AddConnector): void {
  if (org.connectors.has(change.connector.id)) refuse({ code: "duplicate_connector", id: change.connector.id });
  org.connectors.insert(insertionIndex(change.at, org.connectors.length), change.connector);
}

/** Removes the connector, every role's row for it and its policy entry. */
export function removeConnector(org: WorkingOrg, change: RemoveConnector): void {
  const id = change.connectorId;
  if (!org.connectors.has(id)) refuse({ code: "unknown_connector", id });
  org.connectors.removeKey(id);
  org.roles.removeRows(id);
  if (org.toolPolicy.get(id) !== undefined) org.toolPolicy.set(id, undefined);
}

/** Sets (creates or replaces) the connector's policy entry. */
export function setToolPolicy(org: WorkingOrg, change: SetToolPolicy): void {
  const entry: ToolPolicyEntry = {
    ...(change.level === undefined ? {} : { level: change.level }),
    ...(change.tools === undefined ? {} : { tools: change.tools }),
  };
  org.toolPolicy.set(change.connectorId, entry);
}

/** Removes the connector's policy entry: `always` at org level then. */
export function removeToolPolicy(org: WorkingOrg, change: RemoveToolPolicy): void {
  if (org.toolPolicy.get(change.connectorId) === undefined)
    refuse({ code: "unknown_tool_policy", id: change.connectorId });
  org.toolPolicy.set(change.connectorId, undefined);
}

/**
 * CON-8: every existing role gets the All connectors row at Always allow and no per-connector rows,
 * so the org-wide tool policy alone sets each member's ceiling. Enabling an enabled org changes nothing.
 */
export function enableConnectorPermissions(org: WorkingOrg): void {
  if (org.connectorPermissionsEnabled) return;
  org.set("connectorPermissionsEnabled", true);
  org.roles.seed();
}

/** CON-6: turns connector permissions off; every role keeps its rows. */
export function disableConnectorPermissions(org: WorkingOrg): void {
  org.set("connectorPermissionsEnabled", false);
}
