import type { Org } from "../index.js";
import type { OrgLookup } from "./lookup.js";

/**
 * One line describing an org as the answers depend on it: billing, seat plan, provisioning,
 * connector permissions and group mappings.
 *
 * @param org - a parsed org
 * @returns e.g. "org acme-eu (child of acme): usage billing, dual-seat plan, scim provisioning,
 *   connector permissions on, group mappings on"
 *
 * @example
 * ```ts
 * formatOrgHeader(acme)
 * // => "org acme: seat billing, standard plan, jit provisioning, connector permissions off, group mappings off"
 * ```
 */
export function formatOrgHeader(org: Org): string {
  const parent = org.parentId === undefined ? "" : ` (child of ${org.parentId})`;
  const plan = org.seatPlan === "dual" ? "dual-seat plan" : "standard plan";
  const permissions = org.connectorPermissionsEnabled ? "on" : "off";
  const mappings = org.groupMappings?.enabled === true ? "on" : "off";
  return (
    `org ${org.id}${parent}: ${org.billing} billing, ${plan}, ${org.provisioning} provisioning, ` +
    `connector permissions ${permissions}, group mappings ${mappings}`
  );
}

/**
 * A group as people read it: its name, then its id (`Engineering (g-eng)`). A group id that the org
 * does not list is shown alone.
 *
 * @param lookup - the org whose groups are looked up
 * @param groupId - the group's id
 *
 * @example
 * ```ts
 * groupLabel(lookupOf(org), "g-eng") // => "Engineering (g-eng)"
 * groupLabel(lookupOf(org), "g-gone") // => "g-gone"
 * ```
 */
export function groupLabel(lookup: OrgLookup, groupId: string): string {
  const group = lookup.groups.get(groupId);
  return group === undefined ? groupId : `${group.name} (${group.id})`;
}
