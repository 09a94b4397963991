// Changes to connectors, the org-wide tool policy and connector permissions (guide "Before you
// begin" and Step 3): addConnector, removeConnector, setToolPolicy, removeToolPolicy,
// enableConnectorPermissions, disableConnectorPermissions.
import { produce, type Draft } from "immer";
import { frozenDraft } from "./freeze.js";
import type { CustomRole, Org, ToolPolicyEntry } from "../org.js";
import type { AddConnector, RemoveConnector, RemoveToolPolicy, SetToolPolicy } from "./change.js";
import { indexOfId, insertAt, insertionIndex, ownValue, removeAt, withEntry } from "./lists.js";
import { refuse } from "./refusal.js";

/** Adds the connector. */
export function addConnector(org: Org, change: AddConnector): Org {
  if (indexOfId(org.connectors, change.connector.id) >= 0)
    refuse({ code: "duplicate_connector", id: change.connector.id });
  const index = insertionIndex(change.at, org.connectors.length);
  return produce(org, (draft) => {
    draft.connectors = frozenDraft(insertAt(org.connectors, index, [change.connector]));
  });
}

/** Removes the connector, every role's row for it and its policy entry. */
export function removeConnector(org: Org, change: RemoveConnector): Org {
  const id = change.connectorId;
  const index = indexOfId(org.connectors, id);
  if (index < 0) refuse({ code: "unknown_connector", id });
  return produce(org, (draft) => {
    draft.connectors = frozenDraft(removeAt(org.connectors, index));
    org.roles.forEach((role, i) => {
      if (ownValue(role.connectors.byConnector, id) === undefined) return;
      (draft.roles[i] as Draft<CustomRole>).connectors = frozenDraft({
        ...role.connectors,
        byConnector: withEntry(role.connectors.byConnector, id, undefined),
      });
    });
    if (ownValue(org.toolPolicy, id) !== undefined)
      draft.toolPolicy = frozenDraft(withEntry(org.toolPolicy, id, undefined));
  });
}

/** Sets (creates or replaces) the connector's policy entry. */
export function setToolPolicy(org: Org, change: SetToolPolicy): Org {
  const entry: ToolPolicyEntry = {
    ...(change.level === undefined ? {} : { level: change.level }),
    ...(change.tools === undefined ? {} : { tools: change.tools }),
  };
  return produce(org, (draft) => {
    draft.toolPolicy = frozenDraft(withEntry(org.toolPolicy, change.connectorId, entry));
  });
}

/** Removes the connector's policy entry: `always` at org level then. */
export function removeToolPolicy(org: Org, change: RemoveToolPolicy): Org {
  if (ownValue(org.toolPolicy, change.connectorId) === undefined)
    refuse({ code: "unknown_tool_policy", id: change.connectorId });
  return produce(org, (draft) => {
    draft.toolPolicy = frozenDraft(withEntry(org.toolPolicy, change.connectorId, undefined));
  });
}

/**
 * CON-8: every existing role gets the All connectors row at Always allow and no per-connector rows,
 * so the org-wide tool policy alone sets each member's ceiling. Enabling an enabled org changes nothing.
 */
export function enableConnectorPermissions(org: Org): Org {
  if (org.connectorPermissionsEnabled) return org;
  return produce(org, (draft) => {
    draft.connectorPermissionsEnabled = true;
    for (const role of draft.roles) role.connectors = { all: "always" };
  });
}

/** CON-6: turns connector permissions off; every role keeps its rows. */
export function disableConnectorPermissions(org: Org): Org {
  return produce(org, (draft) => {
    draft.connectorPermissionsEnabled = false;
  });
}
