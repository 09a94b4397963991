// The undo of one change (CHG-3): the changes that, applied to the org it left, give back the org
// before it. Each is computed from that org, `before`, just before the change applies to it.
import type { BuiltInRole, Connector, CustomRole, Group, Member, Seat } from "../org.js";
import type { Change, ChangeKind } from "./change.js";
import {
  reinsertionsOf,
  restoreAssignments,
  restoreConnectorReferences,
  restoreConnectors,
  restoreGroupReferences,
  restoreMappingRows,
  rowKey,
  type UndoState,
} from "./restore.js";
import { pairKey, type WorkingOrg } from "./working.js";
import { getOrInsertComputed } from "../maps.js";

type Inverters = {
  readonly [K in ChangeKind]: (
    before: WorkingOrg,
    change: Extract<Change, { readonly kind: K }>,
    state: UndoState,
  ) => Change[];
};

// INVARIANT: a change is inverted only when it applies, so the role, group, member or connector it
// names exists in `before`.
function roleOf(before: WorkingOrg, roleId: string): CustomRole {
  return before.roles.get(roleId) as CustomRole;
}

/** The row a role had for a connector, as the change that sets it back. */
function rowBack(before: WorkingOrg, roleId: string, connectorId: string): Change {
  const grant = before.roles.row(roleId, connectorId);
  return grant === undefined
    ? { kind: "removeConnectorGrant", roleId, connectorId }
    : { kind: "setConnectorGrant", roleId, connectorId, grant };
}

/**
 * The undo of a change to a role's row for a connector: the row as it was before the row's first
 * change since the list's last enabling, carried by that first change's undo alone (it is applied
 * after the later ones' undos, and sets the row whole; see {@link UndoState.rows}). When that undo
 * removes the row and a later change removes it too, the row may be gone when the undo applies: it
 * then sets the row first, so that the removal applies.
 */
function rowUndo(
  before: WorkingOrg,
  roleId: string,
  connectorId: string,
  state: UndoState,
  removes: boolean,
): Change[] {
  const key = rowKey(roleId, connectorId);
  const first = state.rows.get(key);
  if (first === undefined) {
    const undo = [rowBack(before, roleId, connectorId)];
    state.rows.set(key, undo);
    return undo;
  }
  if (removes && (first[0] as Change).kind === "removeConnectorGrant")
    first.unshift({ kind: "setConnectorGrant", roleId, connectorId, grant: "blocked" });
  return [];
}

function groupOf(before: WorkingOrg, groupId: string): Group {
  return before.groupOf(groupId);
}

/** One change per old value, for the members whose value the change sets, in the order first met. */
function byOldValue<V>(
  before: WorkingOrg,
  memberIds: readonly string[],
  valueOf: (member: Member) => V,
  change: (ids: string[], old: V) => Change,
): Change[] {
  const groups = new Map<V, string[]>();
  for (const id of new Set(memberIds)) {
    getOrInsertComputed(groups, valueOf(before.members.get(id) as Member), () => []).push(id);
  }
  return [...groups].map(([old, ids]) => change(ids, old));
}

const INVERTERS: Inverters = {
  createRole: (before, c) => [
    { kind: "deleteRole", roleId: c.role.id },
    ...restoreAssignments(before, before.assignmentKeys("roleId", c.role.id)),
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
    { kind: "createRole", role: roleOf(before, c.roleId), at: before.roles.indexOf(c.roleId) },
    ...restoreAssignments(before, before.assignmentKeys("roleId", c.roleId)),
  ],
  setConnectorGrant: (before, c, state) =>
    c.connectorId === null
      ? [{ kind: "setConnectorGrant", roleId: c.roleId, connectorId: null, grant: before.roles.all(c.roleId) }]
      : rowUndo(before, c.roleId, c.connectorId, state, false),
  removeConnectorGrant: (before, c, state) => rowUndo(before, c.roleId, c.connectorId, state, true),
  setToolGrant: (before, c, state) => rowUndo(before, c.roleId, c.connectorId, state, false),
  addGroup: (before, c, state) => [
    { kind: "removeGroup", groupId: c.group.id },
    ...restoreGroupReferences(before, c.group.id, state),
  ],
  removeGroup: (before, c, state) => [
    { kind: "addGroup", group: groupOf(before, c.groupId), at: before.groups.indexOf(c.groupId) },
    ...restoreGroupReferences(before, c.groupId, state),
  ],
  addGroupMembers: (before, c) => {
    const listed = before.membersOf(c.groupId);
    const added = [...new Set(c.memberIds)].filter((id) => !listed.has(id));
    return added.length === 0 ? [] : [{ kind: "removeGroupMembers", groupId: c.groupId, memberIds: added }];
  },
  removeGroupMembers: (before, c) =>
    reinsertionsOf(before.membersOf(c.groupId), c.memberIds, (id) => id).map(({ item, at }) => ({
      kind: "addGroupMembers",
      groupId: c.groupId,
      memberIds: [item],
      at,
    })),
  assignRole: (_before, c) => [{ kind: "unassignRole", groupId: c.groupId, roleId: c.roleId }],
  unassignRole: (before, c) => restoreAssignments(before, [pairKey(c)]),
  addMember: (_before, c) => [{ kind: "removeMember", memberId: c.member.id }],
  removeMember: (before, c) => [
    {
      kind: "addMember",
      member: before.members.get(c.memberId) as Member,
      at: before.members.indexOf(c.memberId),
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
    const member = before.members.get(c.memberId) as Member;
    return [{ kind: "setMemberSpendLimit", memberId: c.memberId, limit: member.spendLimit ?? null }];
  },
  addConnector: (before, c) => [
    { kind: "removeConnector", connectorId: c.connector.id },
    ...restoreConnectorReferences(before, c.connector.id),
  ],
  removeConnector: (before, c) => [
    {
      kind: "addConnector",
      connector: before.connectors.get(c.connectorId) as Connector,
      at: before.connectors.indexOf(c.connectorId),
    },
    ...restoreConnectorReferences(before, c.connectorId),
  ],
  setOrgCapability: (before, c) => [
    {
      kind: "setOrgCapability",
      capability: c.capability,
      enabled: before.capabilities.get(c.capability) ?? false,
    },
  ],
  setToolPolicy: (before, c) => {
    const entry = before.toolPolicy.get(c.connectorId);
    return [
      entry === undefined
        ? { kind: "removeToolPolicy", connectorId: c.connectorId }
        : { kind: "setToolPolicy", connectorId: c.connectorId, ...entry },
    ];
  },
  removeToolPolicy: (before, c) => [
    { kind: "setToolPolicy", connectorId: c.connectorId, ...before.toolPolicy.get(c.connectorId) },
  ],
  setSpend: (before, c) => [
    {
      kind: "setSpend",
      ...(c.orgLimit === undefined ? {} : { orgLimit: before.spend?.orgLimit ?? null }),
      ...(c.multiGroup === undefined ? {} : { multiGroup: before.spend?.multiGroup ?? "lowest" }),
    },
  ],
  setGroupSpendLimit: (before, c) => {
    const at = before.groupLimits.indexOf(c.groupId);
    const old = before.groupLimits.get(c.groupId);
    if (old === undefined) return [{ kind: "setGroupSpendLimit", groupId: c.groupId, limit: null }];
    return [{ kind: "setGroupSpendLimit", groupId: c.groupId, limit: old.limit, ...(c.limit === null ? { at } : {}) }];
  },
  setGroupMappings: (before, c, state) => {
    const rows = c.mappings === undefined ? [] : restoreMappingRows(before, state);
    if (c.enabled === undefined) return rows;
    return [{ kind: "setGroupMappings", enabled: before.mappingsEnabled, ...rows[0] }];
  },
  // CON-8 replaced every role's Connectors tab: the undo gives back every row (nothing an admin set
  // is lost) of every role whose tab was not already the seeded one. Rows changed after it have their
  // own undo (a row left by an earlier one would keep its place, out of the tab's order).
  enableConnectorPermissions: (before, _c, state) => {
    state.rows.clear();
    return before.connectorPermissionsEnabled
      ? []
      : [{ kind: "disableConnectorPermissions" }, ...before.roles.unseeded().flatMap(restoreConnectors)];
  },
  // Enabling again would seed the rows anew (CON-8): the undo then gives back the rows the roles kept.
  disableConnectorPermissions: (before) =>
    before.connectorPermissionsEnabled
      ? [{ kind: "enableConnectorPermissions" }, ...before.roles.unseeded().flatMap(restoreConnectors)]
      : [],
};

/** The changes that undo `change`, applied to the org it left from `before`, given what the list's undo holds so far. */
export function inverseOf(before: WorkingOrg, change: Change, state: UndoState): Change[] {
  const invert = INVERTERS[change.kind] as (before: WorkingOrg, change: Change, state: UndoState) => Change[];
  return invert(before, change, state);
}
