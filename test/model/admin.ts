// Reference model of the admin rules of SPEC §5 (CON-8, CON-9): enabling connector permissions and
// creating a role.
import type { CustomRole, Org } from "../../src/org.js";

/**
 * CON-8: the org after connector permissions are enabled: every existing role seeded with the All
 * connectors row at `always` and no per-connector rows; an org already enabled is unchanged.
 */
export function modelEnableConnectorPermissions(org: Org): Org {
  if (org.connectorPermissionsEnabled) return org;
  return {
    ...org,
    connectorPermissionsEnabled: true,
    roles: org.roles.map((role) => ({ ...role, connectors: { all: "always" } })),
  };
}

/** CON-9: a new role has `chat` on, every other capability off, and All connectors = `approval`. */
export function modelNewCustomRole(id: string, name: string): CustomRole {
  return { id, name, capabilities: ["chat"], connectors: { all: "approval" } };
}
