// The reference model of SPEC §8 (CHG-1, CHG-4): a naive applyChanges written from the spec's table
// alone, with plain spreads (no immer), not reading src/admin. It takes changes already well formed
// (the differential tests draw them so) and says which change fails, by index and code.
import type { Change } from "../../src/admin/change.js";
import type { ConnectorGrant, CustomRole, Group, Level, Org, RoleConnectors } from "../../src/index.js";

/** The model's answer: the org, or the index and code of the first change that cannot apply. */
export type ModelResult =
  { readonly ok: true; readonly org: Org } | { readonly ok: false; readonly index: number; readonly code: string };

class Fail {
  constructor(readonly code: string) {}
}
const fail = (code: string): never => {
  throw new Fail(code);
};

const has = (record: object | undefined, key: string): boolean => record !== undefined && Object.hasOwn(record, key);
const get = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
const put = <T>(record: Readonly<Record<string, T>> | undefined, key: string, value: T): Record<string, T> =>
  Object.fromEntries([...Object.entries(record ?? {}).filter(([k]) => k !== key), [key, value]]);
const drop = <T>(record: Readonly<Record<string, T>> | undefined, key: string): Record<string, T> =>
  Object.fromEntries(Object.entries(record ?? {}).filter(([k]) => k !== key));

function insert<T>(list: readonly T[], at: number | undefined, items: readonly T[]): T[] {
  const i = at ?? list.length;
  if (i > list.length) fail("at_out_of_range");
  return [...list.slice(0, i), ...items, ...list.slice(i)];
}

function need<T extends { id: string }>(list: readonly T[], id: string, code: string): T {
  return list.find((x) => x.id === id) ?? fail(code);
}

function absent(list: readonly { id: string }[], id: string, code: string): void {
  if (list.some((x) => x.id === id)) fail(code);
}

function mapRole(org: Org, roleId: string, f: (role: CustomRole) => CustomRole): Org {
  need(org.roles, roleId, "unknown_role");
  return { ...org, roles: org.roles.map((r) => (r.id === roleId ? f(r) : r)) };
}

function mapGroup(org: Org, groupId: string, f: (group: Group) => Group): Org {
  need(org.groups, groupId, "unknown_group");
  return { ...org, groups: org.groups.map((g) => (g.id === groupId ? f(g) : g)) };
}

function mapMembers(org: Org, ids: readonly string[], f: (m: Org["members"][number]) => Org["members"][number]): Org {
  for (const id of ids) need(org.members, id, "unknown_member");
  const set = new Set(ids);
  return { ...org, members: org.members.map((m) => (set.has(m.id) ? f(m) : m)) };
}

const setRow = (c: RoleConnectors, id: string, grant: ConnectorGrant): RoleConnectors => ({
  ...c,
  byConnector: put(c.byConnector, id, grant),
});

// CON-2: a role's level for every tool of a connector, from its row or its All connectors row.
function levelNow(role: CustomRole, connectorId: string): Level {
  const row = get(role.connectors.byConnector, connectorId) ?? role.connectors.all;
  return typeof row === "string" ? row : "blocked";
}

function toolGrant(org: Org, c: Extract<Change, { kind: "setToolGrant" }>): Org {
  need(org.roles, c.roleId, "unknown_role");
  const connector = need(org.connectors, c.connectorId, "unknown_connector");
  if (!connector.tools.includes(c.tool)) fail("unknown_tool");
  return mapRole(org, c.roleId, (r) => {
    const row = get(r.connectors.byConnector, c.connectorId);
    const custom =
      row !== undefined && typeof row !== "string"
        ? put(row.custom, c.tool, c.level)
        : Object.fromEntries(connector.tools.map((t) => [t, t === c.tool ? c.level : levelNow(r, c.connectorId)]));
    return { ...r, connectors: setRow(r.connectors, c.connectorId, { custom }) };
  });
}

const notGroup = (id: string) => (x: { groupId: string }) => x.groupId !== id;

function one(org: Org, c: Change): Org {
  switch (c.kind) {
    case "createRole":
      absent(org.roles, c.role.id, "duplicate_role");
      return {
        ...org,
        roles: insert(org.roles, c.at, [
          {
            id: c.role.id,
            name: c.role.name,
            capabilities: c.role.capabilities ?? ["chat"],
            connectors: c.role.connectors ?? { all: "approval" },
          },
        ]),
      };
    case "updateRole":
      return mapRole(org, c.roleId, (r) => ({
        ...r,
        ...(c.name === undefined ? {} : { name: c.name }),
        ...(c.capabilities === undefined ? {} : { capabilities: c.capabilities }),
      }));
    case "deleteRole":
      need(org.roles, c.roleId, "unknown_role");
      return {
        ...org,
        roles: org.roles.filter((r) => r.id !== c.roleId),
        roleAssignments: org.roleAssignments.filter((a) => a.roleId !== c.roleId),
      };
    case "setConnectorGrant":
      return mapRole(org, c.roleId, (r) => ({
        ...r,
        connectors:
          c.connectorId === null ? { ...r.connectors, all: c.grant } : setRow(r.connectors, c.connectorId, c.grant),
      }));
    case "removeConnectorGrant":
      need(org.roles, c.roleId, "unknown_role");
      return mapRole(org, c.roleId, (r) => {
        if (!has(r.connectors.byConnector, c.connectorId)) fail("unknown_connector_grant");
        return { ...r, connectors: { ...r.connectors, byConnector: drop(r.connectors.byConnector, c.connectorId) } };
      });
    case "setToolGrant":
      return toolGrant(org, c);
    case "addGroup":
      absent(org.groups, c.group.id, "duplicate_group");
      return {
        ...org,
        groups: insert(org.groups, c.at, [
          { id: c.group.id, name: c.group.name, source: c.group.source, members: c.group.members ?? [] },
        ]),
      };
    case "removeGroup": {
      need(org.groups, c.groupId, "unknown_group");
      const keep = notGroup(c.groupId);
      return {
        ...org,
        groups: org.groups.filter((g) => g.id !== c.groupId),
        roleAssignments: org.roleAssignments.filter(keep),
        ...(org.spend === undefined
          ? {}
          : {
              spend: {
                ...org.spend,
                ...(org.spend.groupLimits === undefined ? {} : { groupLimits: org.spend.groupLimits.filter(keep) }),
              },
            }),
        ...(org.groupMappings === undefined
          ? {}
          : {
              groupMappings: {
                ...org.groupMappings,
                ...(org.groupMappings.mappings === undefined
                  ? {}
                  : { mappings: org.groupMappings.mappings.filter(keep) }),
              },
            }),
      };
    }
    case "addGroupMembers":
      return mapGroup(org, c.groupId, (g) => {
        const fresh: string[] = [];
        for (const id of c.memberIds) if (!g.members.includes(id) && !fresh.includes(id)) fresh.push(id);
        return { ...g, members: insert(g.members, c.at, fresh) };
      });
    case "removeGroupMembers":
      return mapGroup(org, c.groupId, (g) => ({ ...g, members: g.members.filter((m) => !c.memberIds.includes(m)) }));
    default:
      return two(org, c);
  }
}

function two(org: Org, c: Change): Org {
  switch (c.kind) {
    case "assignRole":
      if (org.roleAssignments.some((a) => a.groupId === c.groupId && a.roleId === c.roleId))
        fail("duplicate_assignment");
      return { ...org, roleAssignments: insert(org.roleAssignments, c.at, [{ groupId: c.groupId, roleId: c.roleId }]) };
    case "unassignRole":
      if (!org.roleAssignments.some((a) => a.groupId === c.groupId && a.roleId === c.roleId))
        fail("unknown_assignment");
      return {
        ...org,
        roleAssignments: org.roleAssignments.filter((a) => !(a.groupId === c.groupId && a.roleId === c.roleId)),
      };
    case "addMember":
      absent(org.members, c.member.id, "duplicate_member");
      return { ...org, members: insert(org.members, c.at, [c.member]) };
    case "removeMember":
      need(org.members, c.memberId, "unknown_member");
      return { ...org, members: org.members.filter((m) => m.id !== c.memberId) };
    case "setBuiltInRole":
      for (const id of c.memberIds) need(org.members, id, "unknown_member");
      for (const id of c.memberIds) {
        const m = need(org.members, id, "unknown_member");
        if ((m.role === "primary-owner") !== (c.role === "primary-owner")) fail("primary_owner_change");
      }
      return mapMembers(org, c.memberIds, (m) => ({ ...m, role: c.role }));
    case "setSeat":
      return mapMembers(org, c.memberIds, ({ seat: _s, ...m }) => (c.seat === null ? m : { ...m, seat: c.seat }));
    case "setMemberSpendLimit":
      return mapMembers(org, [c.memberId], ({ spendLimit: _l, ...m }) =>
        c.limit === null ? m : { ...m, spendLimit: c.limit },
      );
    case "addConnector":
      absent(org.connectors, c.connector.id, "duplicate_connector");
      return { ...org, connectors: insert(org.connectors, c.at, [c.connector]) };
    case "removeConnector":
      need(org.connectors, c.connectorId, "unknown_connector");
      return {
        ...org,
        connectors: org.connectors.filter((x) => x.id !== c.connectorId),
        roles: org.roles.map((r) =>
          has(r.connectors.byConnector, c.connectorId)
            ? { ...r, connectors: { ...r.connectors, byConnector: drop(r.connectors.byConnector, c.connectorId) } }
            : r,
        ),
        ...(org.toolPolicy === undefined ? {} : { toolPolicy: drop(org.toolPolicy, c.connectorId) }),
      };
    default:
      return three(org, c);
  }
}

function three(org: Org, c: Change): Org {
  switch (c.kind) {
    case "setOrgCapability":
      return { ...org, capabilities: put(org.capabilities, c.capability, c.enabled) };
    case "setToolPolicy":
      return {
        ...org,
        toolPolicy: put(org.toolPolicy, c.connectorId, {
          ...(c.level === undefined ? {} : { level: c.level }),
          ...(c.tools === undefined ? {} : { tools: c.tools }),
        }),
      };
    case "removeToolPolicy":
      if (!has(org.toolPolicy, c.connectorId)) fail("unknown_tool_policy");
      return { ...org, toolPolicy: drop(org.toolPolicy, c.connectorId) };
    case "setSpend": {
      const { orgLimit, ...rest } = org.spend ?? {};
      const limit = c.orgLimit === undefined ? orgLimit : (c.orgLimit ?? undefined);
      return {
        ...org,
        spend: {
          ...rest,
          ...(limit === undefined ? {} : { orgLimit: limit }),
          ...(c.multiGroup === undefined ? {} : { multiGroup: c.multiGroup }),
        },
      };
    }
    case "setGroupSpendLimit": {
      const limits = org.spend?.groupLimits ?? [];
      const exists = limits.some((l) => l.groupId === c.groupId);
      if (c.limit === null && !exists) fail("unknown_group_limit");
      const groupLimits =
        c.limit === null
          ? limits.filter((l) => l.groupId !== c.groupId)
          : exists
            ? limits.map((l) => (l.groupId === c.groupId ? { groupId: c.groupId, limit: c.limit as number } : l))
            : insert(limits, c.at, [{ groupId: c.groupId, limit: c.limit }]);
      return { ...org, spend: { ...org.spend, groupLimits } };
    }
    case "setGroupMappings":
      return {
        ...org,
        groupMappings: {
          enabled: c.enabled ?? org.groupMappings?.enabled ?? false,
          mappings: c.mappings ?? org.groupMappings?.mappings ?? [],
        },
      };
    case "enableConnectorPermissions":
      // CON-8: every role seeded with the All connectors row at always and no per-connector rows.
      return org.connectorPermissionsEnabled
        ? org
        : {
            ...org,
            connectorPermissionsEnabled: true,
            roles: org.roles.map((r) => ({ ...r, connectors: { all: "always" } })),
          };
    default:
      return { ...org, connectorPermissionsEnabled: false };
  }
}

/** Applies well-formed changes in order, all or nothing (CHG-1). */
export function modelApplyChanges(org: Org, changes: readonly Change[]): ModelResult {
  let current = org;
  for (const [index, change] of changes.entries()) {
    try {
      current = one(current, change);
    } catch (error) {
      if (error instanceof Fail) return { ok: false, index, code: error.code };
      throw error;
    }
  }
  return { ok: true, org: current };
}
