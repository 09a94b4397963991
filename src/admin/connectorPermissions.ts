import type { CustomRole, Org } from "../org.js";
import { isProduced } from "../parse/produced.js";
import { parseOrg } from "../parse/parseOrg.js";
import { applyChanges } from "./applyChanges.js";
import { roleOf } from "./newRole.js";
import { deepFreeze } from "../freeze.js";

/**
 * The org after Anthropic enables connector permissions for it: every existing custom role is
 * seeded with the All connectors row at Always allow and no per-connector rows, so the org-wide
 * tool policy alone sets each member's ceiling. Enabling an org that is already enabled returns it
 * unchanged. The input is never changed; the result is a new, deeply frozen org. A shorthand for
 * `applyChanges(org, [{ kind: "enableConnectorPermissions" }])`, whose undo (`invertChanges`) gives
 * back every row it replaced.
 *
 * Rules: CON-8 (members who hold a role, and members who are not set to Custom roles, keep exactly
 * their access; Custom-roles members with no role lose connector access: `diff` and audit show them).
 *
 * @param org - the org; one that `parseOrg` or `applyChanges` did not return is validated by `parseOrg` first
 * @throws {@link OrgValidationError} when an org that did not come from `parseOrg` is not valid
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
  // An org the library did not produce is validated first (IN-3): a typo is an error, never a grant.
  return applyChanges(isProduced(org) ? org : parseOrg(org), [{ kind: "enableConnectorPermissions" }]);
}

/**
 * A new custom role as the create-role flow starts it: `chat` on and every other capability off,
 * and the All connectors row at Needs approval: the role that a `createRole` change without
 * `capabilities` and `connectors` creates.
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
  return deepFreeze(roleOf({ id, name }));
}
