// Roles and their connector rows in changesBetween (PLN-1): Step 2 creates and updates roles, Step 3
// sets their connector rows.
import type { CustomRole, Org } from "../org.js";
import type { Change } from "./change.js";
import { unlessSame, type Sync } from "./changesBetweenOrg.js";
import { insertionsInto, misplacedIds, sameList } from "./changesBetweenLists.js";
import { sameGrant } from "./grants.js";

function rolesById(org: Org): Map<string, CustomRole> {
  return new Map(org.roles.map((role) => [role.id, role] as const));
}

/**
 * Step 2: every role of the target: created (with its capabilities and connector rows, CON-9 does
 * not apply), deleted and created again where it is out of place, or updated (name, capabilities).
 */
export const syncRoles: Sync = unlessSame("roles", (current, after) => {
  const now = rolesById(current);
  const target = after.roles.map((role) => role.id);
  const misplaced = misplacedIds([...now.keys()], target);
  const changes: Change[] = [...misplaced].map((roleId) => ({ kind: "deleteRole", roleId }));
  const present = current.roles.map((role) => role.id).filter((id) => !misplaced.has(id));
  const missing = new Set(target.filter((id) => !now.has(id) || misplaced.has(id)));
  const insertAt = new Map(insertionsInto(present, target, missing).map((i) => [i.id, i.at] as const));
  for (const role of after.roles) {
    if (missing.has(role.id)) {
      const at = insertAt.get(role.id);
      changes.push({
        kind: "createRole",
        role: { id: role.id, name: role.name, capabilities: role.capabilities, connectors: role.connectors },
        ...(at === undefined ? {} : { at }),
      });
    } else {
      // INVARIANT: a role of the target that is not missing exists now.
      changes.push(...updates(now.get(role.id) as CustomRole, role));
    }
  }
  return changes;
});

function updates(was: CustomRole, role: CustomRole): Change[] {
  const sameName = was.name === role.name;
  const sameCapabilities = sameList(was.capabilities, role.capabilities);
  if (sameName && sameCapabilities) return [];
  return [
    {
      kind: "updateRole",
      roleId: role.id,
      ...(sameName ? {} : { name: role.name }),
      ...(sameCapabilities ? {} : { capabilities: role.capabilities }),
    },
  ];
}

function rowChanges(was: CustomRole, role: CustomRole): Change[] {
  const changes: Change[] = [];
  if (!sameGrant(was.connectors.all, role.connectors.all))
    changes.push({ kind: "setConnectorGrant", roleId: role.id, connectorId: null, grant: role.connectors.all });
  const rows = new Map(Object.entries(was.connectors.byConnector ?? {}));
  const target = Object.entries(role.connectors.byConnector ?? {});
  for (const [connectorId, grant] of target) {
    const row = rows.get(connectorId);
    if (row === undefined || !sameGrant(row, grant))
      changes.push({ kind: "setConnectorGrant", roleId: role.id, connectorId, grant });
  }
  const kept = new Set(target.map(([connectorId]) => connectorId));
  for (const connectorId of rows.keys())
    if (!kept.has(connectorId)) changes.push({ kind: "removeConnectorGrant", roleId: role.id, connectorId });
  return changes;
}

/** Step 3: the connector rows of every role of the target (CON-2). */
export const syncConnectorRows: Sync = unlessSame("roles", (current, after) => {
  const now = rolesById(current);
  // INVARIANT: syncRoles ran before, so every role of the target exists now.
  return after.roles.flatMap((role) => rowChanges(now.get(role.id) as CustomRole, role));
});

/** Removals: roles the target does not have (with their assignments). */
export const deleteRoles: Sync = unlessSame("roles", (current, after) => {
  const kept = new Set(after.roles.map((role) => role.id));
  return current.roles.filter((role) => !kept.has(role.id)).map((role) => ({ kind: "deleteRole", roleId: role.id }));
});
