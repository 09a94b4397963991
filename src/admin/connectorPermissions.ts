import { deepFreeze } from "../engine/explained.js";
import type { CustomRole, Org } from "../org.js";

/**
 * The org after Anthropic enables connector permissions for it: every existing custom role is
 * seeded with the All connectors row at Always allow and no per-connector rows, so the org-wide
 * tool policy alone sets each member's ceiling. Enabling an org that is already enabled returns it
 * unchanged. The input is never changed; the result is a new, deeply frozen org.
 *
 * Rules: CON-8 (members who hold a role, and members who are not set to Custom roles, keep exactly
 * their access; Custom-roles members with no role lose connector access: `diff` and audit show them).
 *
 * @example
 * ```ts
 * const enabled = enableConnectorPermissions(org);
 * enabled.connectorPermissionsEnabled // => true
 * enabled.roles[0].connectors // => { all: "always" }
 * enableConnectorPermissions(enabled) === enabled // => true
 * ```
 */
export function enableConnectorPermissions(org: Org): Org {
  if (org.connectorPermissionsEnabled) return org;
  // A JSON copy: orgs are JSON, and JSON.parse keeps a `__proto__` key as an ordinary own property.
  const copy = JSON.parse(JSON.stringify(org)) as Org;
  return deepFreeze({
    ...copy,
    connectorPermissionsEnabled: true,
    roles: copy.roles.map((role) => ({ ...role, connectors: { all: "always" as const } })),
  });
}

/**
 * A new custom role as the create-role flow starts it: `chat` on and every other capability off,
 * and the All connectors row at Needs approval.
 *
 * Rules: CON-9.
 *
 * @param id - the new role's id
 * @param name - the new role's name
 *
 * @example
 * ```ts
 * newCustomRole("mkt", "Marketing")
 * // => { id: "mkt", name: "Marketing", capabilities: ["chat"], connectors: { all: "approval" } }
 * ```
 */
export function newCustomRole(id: string, name: string): CustomRole {
  return deepFreeze({ id, name, capabilities: ["chat"], connectors: { all: "approval" } });
}
