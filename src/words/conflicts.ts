// The words of cross-role conflict warnings (EXP-1, CON-13).
import type { Level } from "../level.js";
import type { ConnectorGrant } from "../org.js";
import type { ConflictReason } from "../engine/reason.js";
import { wordCommonReason } from "./common.js";
import { joinClauses, listText, plural, q } from "./quote.js";

/** "role `Support` on connector `Jira` conflicts with 2 roles". */
export function conflictViewSubject(roleName: string, connectorName: string, conflicts: number): string {
  const verdict =
    conflicts === 0 ? "has no cross-role conflict" : `conflicts with ${plural(conflicts, "role", "roles")}`;
  return `role ${q(roleName)} on connector ${q(connectorName)} ${verdict}`;
}

/** "role `nope` has no conflicts": a role the org does not have. */
export function unknownRoleSubject(roleId: string): string {
  return `role ${q(roleId)} has no conflicts`;
}

/** "role `support` has conflict warnings on `Jira`". */
export function conflictReportSubject(roleId: string, warned: readonly string[]): string {
  return `role ${q(roleId)} ${warned.length === 0 ? "has no cross-role conflict" : `has conflict warnings on ${joinClauses(warned.map(q))}`}`;
}

function levelsText(tools: readonly (readonly [string, Level])[]): string {
  return listText(tools.map(([tool, level]) => `${tool} ${q(level)}`));
}

function grantText(grant: ConnectorGrant, levels: readonly (readonly [string, Level])[]): string {
  return typeof grant === "string" ? q(grant) : `Custom: ${levelsText(levels)}`;
}

/** A reason of a conflict warning in words, as its `message`. One case per kind. */
export function wordConflictReason(reason: ConflictReason): string {
  switch (reason.kind) {
    case "unknown-role":
      return `it is not a role of org ${q(reason.orgId)}`;
    case "rows-compared":
      return `its rows were compared with every other role on ${plural(reason.connectors, "connector", "connectors")}`;
    case "no-conflict":
      return `no ${reason.view === "all-roles" ? "other role" : "role sharing a member with it"} grants the connector at a different level`;
    case "conflicting-roles": {
      const roles = reason.roles.map((role) => `role ${q(role.roleName)} (${grantText(role.grant, role.levels)})`);
      return `${joinClauses(roles)} grant${reason.roles.length > 1 ? "" : "s"} it at a different level`;
    }
    case "conflict-applying":
      return `the most permissive grant applies to a member holding them together: ${levelsText(reason.applying)}`;
    default:
      return wordCommonReason(reason);
  }
}
