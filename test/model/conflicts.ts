// Reference model of SPEC §5 CON-13 (cross-role conflicts of one role's connector row).
import type { Level } from "../../src/level.js";
import type { ConnectorGrant, CustomRole, Org } from "../../src/org.js";
import { modelMax } from "./level.js";
import { modelHeldRoles } from "./members.js";
import { modelFindConnector, modelRoleRow, modelRoleToolLevel } from "./tools.js";

/** A tool and its level, in the connector's tool order. */
export interface ModelToolLevel {
  readonly tool: string;
  readonly level: Level;
}

/** A conflicting role: its id, the row that sets its levels, its levels, and where they differ from R's. */
export interface ModelRoleConflict {
  readonly roleId: string;
  readonly row: "connector" | "all-connectors";
  readonly grant: ConnectorGrant;
  readonly levels: readonly ModelToolLevel[];
  readonly differingTools: readonly string[];
}

/** One view of a conflict warning: the conflicting roles (org order) and the applying levels. */
export interface ModelConflictView {
  readonly conflicts: readonly ModelRoleConflict[];
  readonly applying: readonly ModelToolLevel[];
}

/** The conflict warning of role R's row on connector C, in both views. */
export interface ModelConnectorConflicts {
  readonly connectorId: string;
  readonly row: "connector" | "all-connectors";
  readonly grant: ConnectorGrant;
  readonly levels: readonly ModelToolLevel[];
  readonly allRoles: ModelConflictView;
  readonly sharedMembers: ModelConflictView;
}

/** CON-2: a role's level for every tool of a connector. */
function modelRoleLevels(role: CustomRole, connectorId: string, tools: readonly string[]): readonly ModelToolLevel[] {
  return tools.map((tool) => ({ tool, level: modelRoleToolLevel(role, connectorId, tool) }));
}

/** CON-13: O conflicts with R when O grants C (some tool not blocked) and differs on some tool. */
function modelConflictsWith(
  role: CustomRole,
  other: CustomRole,
  connectorId: string,
  tools: readonly string[],
): boolean {
  const grants = tools.some((tool) => modelRoleToolLevel(other, connectorId, tool) !== "blocked");
  const differs = tools.some(
    (tool) => modelRoleToolLevel(other, connectorId, tool) !== modelRoleToolLevel(role, connectorId, tool),
  );
  return grants && differs;
}

/** CON-13: the warning against the given candidate roles; applying = most permissive per tool. */
function modelView(
  role: CustomRole,
  candidates: readonly CustomRole[],
  connectorId: string,
  tools: readonly string[],
): ModelConflictView {
  const conflicting = candidates.filter((other) => modelConflictsWith(role, other, connectorId, tools));
  return {
    conflicts: conflicting.map((other) => ({
      roleId: other.id,
      ...modelRoleRow(other, connectorId),
      levels: modelRoleLevels(other, connectorId, tools),
      differingTools: tools.filter(
        (tool) => modelRoleToolLevel(other, connectorId, tool) !== modelRoleToolLevel(role, connectorId, tool),
      ),
    })),
    applying: tools.map((tool) => ({
      tool,
      level: conflicting.reduce(
        (acc, other) => modelMax(acc, modelRoleToolLevel(other, connectorId, tool)),
        modelRoleToolLevel(role, connectorId, tool),
      ),
    })),
  };
}

/**
 * CON-13 "shared members" view: whether some member of this org holds both roles through groups
 * that count under GRP-2, whatever the member's built-in role (group mappings not applied).
 */
export function modelShareMember(org: Org, roleId: string, otherId: string): boolean {
  return org.members.some((member) => {
    const held = modelHeldRoles(org, member.id);
    return held.some((r) => r.id === roleId) && held.some((r) => r.id === otherId);
  });
}

/**
 * CON-13: the conflict warning of role `roleId` on connector `connectorId`, or undefined for an
 * unknown role or a connector the org has not added (CON-7).
 */
export function modelConflicts(org: Org, roleId: string, connectorId: string): ModelConnectorConflicts | undefined {
  const role = org.roles.find((r) => r.id === roleId);
  const connector = modelFindConnector(org, connectorId);
  if (role === undefined || connector === undefined) return undefined;
  const others = org.roles.filter((other) => other.id !== roleId);
  const shared = others.filter((other) => modelShareMember(org, roleId, other.id));
  return {
    connectorId,
    ...modelRoleRow(role, connectorId),
    levels: modelRoleLevels(role, connectorId, connector.tools),
    allRoles: modelView(role, others, connectorId, connector.tools),
    sharedMembers: modelView(role, shared, connectorId, connector.tools),
  };
}
