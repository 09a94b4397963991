// The undo of one change (CHG-3): the changes that, applied to the org it left, give back the org
// before it. Each is computed from that org, `before`, after the change applied to it.
import type { BuiltInRole, CustomRole, Group, Member, Org, Seat } from "../org.js";
import type { Change, ChangeKind } from "./change.js";
import { indexOfId, ownValue } from "./lists.js";
import {
  reinsertions,
  restoreAssignments,
  restoreConnectorReferences,
  restoreConnectors,
  restoreGroupReferences,
} from "./restore.js";

type Inverters = {
  readonly [K in ChangeKind]: (before: Org, change: Extract<Change, { readonly kind: K }>) => Change[];
};

function roleOf(before: Org, roleId: string): CustomRole {
  return before.roles[indexOfId(before.roles, roleId)] as CustomRole;
}

function groupOf(before: Org, groupId: string): Group {
  return before.groups[indexOfId(before.groups, groupId)] as Group;
}

/** The row a role had for a connector, as the change that sets it back. */
function rowBack(role: CustomRole, connectorId: string): Change {
  const grant = ownValue(role.connectors.byConnector, connectorId);
  return grant === undefined
    ? { kind: "removeConnectorGrant", roleId: role.id, connectorId }
    : { kind: "setConnectorGrant", roleId: role.id, connectorId, grant };
}

/** One change per old value, for the members whose value the change sets, in the order first met. */
function byOldValue<V>(
  before: Org,
  memberIds: readonly string[],
  valueOf: (member: Member) => V,
  change: (ids: string[], old: V) => Change,
): Change[] {
  const wanted = new Set(memberIds);
  const members = new Map(
    before.members.filter((member) => wanted.has(member.id)).map((member) => [member.id, member]),
  );
  const groups = new Map<V, string[]>();
  for (const id of new Set(memberIds)) {
    const old = valueOf(members.get(id) as Member);
    const ids = groups.get(old);
    if (ids === undefined) groups.set(old, [id]);
    else ids.push(id);
  }
  return [...groups].map(([old, ids]) => change(ids, old));
}

const INVERTERS: Inverters = {
  createRole: (before, c) => [
    { kind: "deleteRole", roleId: c.role.id },
    ...restoreAssignments(before, (a) => a.roleId === c.role.id),
  ],
  updateRole: (before, c) => {
    const role = roleOf(before, c.roleId);
    return [
      {
        kind: "updateRole",
        roleId: c.roleId,
        ...(c.name === undefined ? {} : { name: role.name }),
        ...(c.capabilities === undefined ? {} : { capabilities: role.capabilities }),
      },
    ];
  },
  deleteRole: (before, c) => [
    { kind: "createRole", role: roleOf(before, c.roleId), at: indexOfId(before.roles, c.roleId) },
    ...restoreAssignments(before, (a) => a.roleId === c.roleId),
  ],
  setConnectorGrant: (before, c) => {
    const role = roleOf(before, c.roleId);
    return [
      c.connectorId === null
        ? { kind: "setConnectorGrant", roleId: c.roleId, connectorId: null, grant: role.connectors.all }
        : rowBack(role, c.connectorId),
    ];
  },
  removeConnectorGrant: (before, c) => [rowBack(roleOf(before, c.roleId), c.connectorId)],
  setToolGrant: (before, c) => [rowBack(roleOf(before, c.roleId), c.connectorId)],
  addGroup: (before, c) => [
    { kind: "removeGroup", groupId: c.group.id },
    ...restoreGroupReferences(before, c.group.id),
  ],
  removeGroup: (before, c) => [
    { kind: "addGroup", group: groupOf(before, c.groupId), at: indexOfId(before.groups, c.groupId) },
    ...restoreGroupReferences(before, c.groupId),
  ],
  addGroupMembers: (before, c) => {
    const listed = new Set(groupOf(before, c.groupId).members);
    const added = [...new Set(c.memberIds)].filter((id) => !listed.has(id));
    return added.length === 0 ? [] : [{ kind: "removeGroupMembers", groupId: c.groupId, memberIds: added }];
  },
  removeGroupMembers: (before, c) => {
    const removed = new Set(c.memberIds);
    return reinsertions(
      groupOf(before, c.groupId).members,
      (id) => removed.has(id),
      (id) => id,
    ).map(({ item, at }) => ({ kind: "addGroupMembers", groupId: c.groupId, memberIds: [item], at }));
  },
  assignRole: (_before, c) => [{ kind: "unassignRole", groupId: c.groupId, roleId: c.roleId }],
  unassignRole: (before, c) => restoreAssignments(before, (a) => a.groupId === c.groupId && a.roleId === c.roleId),
  addMember: (_before, c) => [{ kind: "removeMember", memberId: c.member.id }],
  removeMember: (before, c) => [
    {
      kind: "addMember",
      member: before.members[indexOfId(before.members, c.memberId)] as Member,
      at: indexOfId(before.members, c.memberId),
    },
  ],
  setBuiltInRole: (before, c) =>
    byOldValue<BuiltInRole>(
      before,
      c.memberIds,
      (m) => m.role,
      (memberIds, role) => ({ kind: "setBuiltInRole", memberIds, role }),
    ),
  setSeat: (before, c) =>
    byOldValue<Seat | null>(
      before,
      c.memberIds,
      (m) => m.seat ?? null,
      (memberIds, seat) => ({ kind: "setSeat", memberIds, seat }),
    ),
  setMemberSpendLimit: (before, c) => {
    const member = before.members[indexOfId(before.members, c.memberId)] as Member;
    return [{ kind: "setMemberSpendLimit", memberId: c.memberId, limit: member.spendLimit ?? null }];
  },
  addConnector: (before, c) => [
    { kind: "removeConnector", connectorId: c.connector.id },
    ...restoreConnectorReferences(before, c.connector.id),
  ],
  removeConnector: (before, c) => [
    {
      kind: "addConnector",
      connector: before.connectors[indexOfId(before.connectors, c.connectorId)] as Org["connectors"][number],
      at: indexOfId(before.connectors, c.connectorId),
    },
    ...restoreConnectorReferences(before, c.connectorId),
  ],
  setOrgCapability: (before, c) => [
    {
      kind: "setOrgCapability",
      capability: c.capability,
      enabled: ownValue(before.capabilities, c.capability) ?? false,
    },
  ],
  setToolPolicy: (before, c) => {
    const entry = ownValue(before.toolPolicy, c.connectorId);
    return [
      entry === undefined
        ? { kind: "removeToolPolicy", connectorId: c.connectorId }
        : { kind: "setToolPolicy", connectorId: c.connectorId, ...entry },
    ];
  },
  removeToolPolicy: (before, c) => [
    { kind: "setToolPolicy", connectorId: c.connectorId, ...ownValue(before.toolPolicy, c.connectorId) },
  ],
  setSpend: (before, c) => [
    {
      kind: "setSpend",
      ...(c.orgLimit === undefined ? {} : { orgLimit: before.spend?.orgLimit ?? null }),
      ...(c.multiGroup === undefined ? {} : { multiGroup: before.spend?.multiGroup ?? "lowest" }),
    },
  ],
  setGroupSpendLimit: (before, c) => {
    const limits = before.spend?.groupLimits ?? [];
    const at = limits.findIndex((limit) => limit.groupId === c.groupId);
    const old = limits[at];
    if (old === undefined) return [{ kind: "setGroupSpendLimit", groupId: c.groupId, limit: null }];
    return [{ kind: "setGroupSpendLimit", groupId: c.groupId, limit: old.limit, ...(c.limit === null ? { at } : {}) }];
  },
  setGroupMappings: (before, c) => [
    {
      kind: "setGroupMappings",
      ...(c.enabled === undefined ? {} : { enabled: before.groupMappings?.enabled ?? false }),
      ...(c.mappings === undefined ? {} : { mappings: before.groupMappings?.mappings ?? [] }),
    },
  ],
  // CON-8 replaced every role's Connectors tab: the undo gives back every row (nothing an admin set is lost).
  enableConnectorPermissions: (before) =>
    before.connectorPermissionsEnabled
      ? []
      : [{ kind: "disableConnectorPermissions" }, ...before.roles.flatMap(restoreConnectors)],
  // Enabling again would seed the rows anew (CON-8): the undo then gives back the rows the roles kept.
  disableConnectorPermissions: (before) =>
    before.connectorPermissionsEnabled
      ? [{ kind: "enableConnectorPermissions" }, ...before.roles.flatMap(restoreConnectors)]
      : [],
};

/** The changes that undo `change`, applied to the org it left from `before`. */
export function inverseOf(before: Org, change: Change): Change[] {
  const invert = INVERTERS[change.kind] as (before: Org, change: Change) => Change[];
  return invert(before, change);
}
