// fast-check arbitraries for change lists (SPEC §8): each change drawn as a seed of plain numbers and
// values, resolved against the org the previous changes left (advanced with the reference model, not
// the implementation), so a list is valid as a whole and still shrinks to valid lists.
import fc from "fast-check";
import type { Change, ChangeKind } from "../../src/admin/change.js";
import { CHANGE_KINDS } from "../../src/admin/change.js";
import type {
  BuiltInRole,
  Connector,
  ConnectorGrant,
  GroupMapping,
  Level,
  Member,
  Org,
  RoleConnectors,
  Seat,
} from "../../src/index.js";
import {
  arbAllConnectorsGrant,
  arbBuiltInRole,
  arbCapabilityId,
  arbConnector,
  arbConnectorGrant,
  arbGroupMapping,
  arbGroupSource,
  arbId,
  arbLevel,
  arbMember,
  arbMoney,
  arbName,
  arbRecord,
  arbRoleConnectors,
  arbSeat,
} from "../arbitraries.js";
import { modelApplyChanges } from "../model/changes.js";

/** Everything one change may need, drawn before the org it applies to is known. */
export interface Seed {
  readonly kind: ChangeKind;
  readonly i: number;
  readonly j: number;
  readonly k: number;
  readonly flag: boolean;
  readonly id: string;
  readonly name: string;
  readonly ids: readonly string[];
  readonly level: Level;
  readonly grant: ConnectorGrant;
  readonly allGrant: ConnectorGrant;
  readonly connectors: RoleConnectors | null;
  readonly capabilities: readonly string[] | null;
  readonly member: Member;
  readonly connector: Connector;
  readonly builtIn: BuiltInRole;
  readonly seat: Seat | null;
  readonly money: number | null;
  readonly mappings: readonly GroupMapping[] | null;
  readonly tools: Readonly<Record<string, Level>> | null;
  readonly source: "manual" | "scim";
}

export function arbSeed(kinds: readonly ChangeKind[] = CHANGE_KINDS): fc.Arbitrary<Seed> {
  return fc.record({
    kind: fc.constantFrom(...kinds),
    i: fc.nat(20),
    j: fc.nat(20),
    k: fc.nat(20),
    flag: fc.boolean(),
    id: arbId("n"),
    name: arbName(),
    ids: fc.uniqueArray(fc.oneof(arbId("u"), arbId("x")), { maxLength: 4 }),
    level: arbLevel(),
    grant: arbConnectorGrant(),
    allGrant: arbAllConnectorsGrant(),
    connectors: fc.option(arbRoleConnectors(), { nil: null }),
    capabilities: fc.option(fc.array(arbCapabilityId(), { maxLength: 4 }), { nil: null }),
    member: arbMember(),
    connector: arbConnector(),
    builtIn: arbBuiltInRole(),
    seat: fc.option(arbSeat(), { nil: null }),
    money: fc.option(arbMoney(), { nil: null }),
    mappings: fc.option(fc.array(arbGroupMapping(), { maxLength: 3 }), { nil: null }),
    tools: fc.option(arbRecord(arbId("tool"), arbLevel(), 3), { nil: null }),
    source: arbGroupSource(),
  });
}

const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length === 0 ? undefined : list[n % list.length];
const fresh = (wanted: string, taken: readonly { id: string }[]): string => {
  let id = wanted;
  while (taken.some((x) => x.id === id)) id = `${id}′`;
  return id;
};
const atOf = (seed: Seed, length: number): number | undefined => (seed.flag ? seed.k % (length + 1) : undefined);
const opt = <K extends string, V>(key: K, value: V | null): { [P in K]?: V } =>
  value === null ? {} : ({ [key]: value } as { [P in K]?: V });

function roleChange(org: Org, s: Seed): Change | undefined {
  const role = pick(org.roles, s.i);
  const connector = pick(org.connectors, s.j);
  switch (s.kind) {
    case "createRole":
      return {
        kind: "createRole",
        role: {
          id: fresh(s.id, org.roles),
          name: s.name,
          ...opt("capabilities", s.capabilities),
          ...opt("connectors", s.connectors),
        },
        ...opt("at", atOf(s, org.roles.length) ?? null),
      };
    case "updateRole":
      return (
        role && {
          kind: "updateRole",
          roleId: role.id,
          ...(s.flag ? { name: s.name } : {}),
          ...opt("capabilities", s.capabilities),
        }
      );
    case "deleteRole":
      return role && { kind: "deleteRole", roleId: role.id };
    case "setConnectorGrant":
      return (
        role &&
        (s.flag || connector === undefined
          ? {
              kind: "setConnectorGrant",
              roleId: role.id,
              connectorId: s.flag ? null : s.id,
              grant: s.flag ? s.allGrant : s.grant,
            }
          : { kind: "setConnectorGrant", roleId: role.id, connectorId: connector.id, grant: s.grant })
      );
    case "removeConnectorGrant": {
      const row = role && pick(Object.keys(role.connectors.byConnector ?? {}), s.j);
      return role && row !== undefined
        ? { kind: "removeConnectorGrant", roleId: role.id, connectorId: row }
        : undefined;
    }
    default: {
      const tool = connector && pick(connector.tools, s.k);
      return role && connector && tool !== undefined
        ? { kind: "setToolGrant", roleId: role.id, connectorId: connector.id, tool, level: s.level }
        : undefined;
    }
  }
}

function groupChange(org: Org, s: Seed): Change | undefined {
  const group = pick(org.groups, s.i);
  const memberIds = [...s.ids, ...(pick(org.members, s.j) ? [(pick(org.members, s.j) as Member).id] : [])];
  switch (s.kind) {
    case "addGroup":
      return {
        kind: "addGroup",
        group: {
          id: fresh(s.id, org.groups),
          name: s.name,
          source: s.source,
          ...(s.flag ? { members: [...new Set(memberIds)] } : {}),
        },
        ...opt("at", atOf(s, org.groups.length) ?? null),
      };
    case "removeGroup":
      return group && { kind: "removeGroup", groupId: group.id };
    case "addGroupMembers":
      return (
        group && {
          kind: "addGroupMembers",
          groupId: group.id,
          memberIds,
          ...opt("at", atOf(s, group.members.length) ?? null),
        }
      );
    case "removeGroupMembers":
      return (
        group && {
          kind: "removeGroupMembers",
          groupId: group.id,
          memberIds: [
            ...memberIds,
            ...(pick(group.members, s.k) === undefined ? [] : [pick(group.members, s.k) as string]),
          ],
        }
      );
    case "assignRole": {
      const groupId = pick(org.groups, s.i)?.id ?? s.id;
      const roleId = pick(org.roles, s.j)?.id ?? s.name;
      if (roleId === "" || org.roleAssignments.some((a) => a.groupId === groupId && a.roleId === roleId))
        return undefined;
      return { kind: "assignRole", groupId, roleId, ...opt("at", atOf(s, org.roleAssignments.length) ?? null) };
    }
    default: {
      const a = pick(org.roleAssignments, s.i);
      return a && { kind: "unassignRole", groupId: a.groupId, roleId: a.roleId };
    }
  }
}

function memberChange(org: Org, s: Seed): Change | undefined {
  const member = pick(org.members, s.i);
  const some = org.members.filter((_, n) => (n + s.j) % 3 !== 0).map((m) => m.id);
  switch (s.kind) {
    case "addMember":
      return {
        kind: "addMember",
        member: { ...s.member, id: fresh(s.member.id, org.members) },
        ...opt("at", atOf(s, org.members.length) ?? null),
      };
    case "removeMember":
      return member && { kind: "removeMember", memberId: member.id };
    case "setBuiltInRole": {
      const primary = s.builtIn === "primary-owner";
      return {
        kind: "setBuiltInRole",
        memberIds: org.members
          .filter((m, n) => (m.role === "primary-owner") === primary && (n + s.j) % 3 !== 0)
          .map((m) => m.id),
        role: s.builtIn,
      };
    }
    case "setSeat":
      return { kind: "setSeat", memberIds: some, seat: s.seat };
    default:
      return member && { kind: "setMemberSpendLimit", memberId: member.id, limit: s.money };
  }
}

function settingsChange(org: Org, s: Seed): Change | undefined {
  const connector = pick(org.connectors, s.i);
  switch (s.kind) {
    case "addConnector":
      return {
        kind: "addConnector",
        connector: { ...s.connector, id: fresh(s.connector.id, org.connectors) },
        ...opt("at", atOf(s, org.connectors.length) ?? null),
      };
    case "removeConnector":
      return connector && { kind: "removeConnector", connectorId: connector.id };
    case "setOrgCapability":
      return { kind: "setOrgCapability", capability: s.capabilities?.[0] ?? "chat", enabled: s.flag };
    case "setToolPolicy":
      return {
        kind: "setToolPolicy",
        connectorId: connector?.id ?? s.id,
        ...(s.flag ? { level: s.level } : {}),
        ...opt("tools", s.tools),
      };
    case "removeToolPolicy": {
      const key = pick(Object.keys(org.toolPolicy ?? {}), s.i);
      return key === undefined ? undefined : { kind: "removeToolPolicy", connectorId: key };
    }
    case "setSpend":
      return {
        kind: "setSpend",
        ...(s.flag ? { orgLimit: s.money } : {}),
        ...(s.j % 2 === 0 ? { multiGroup: s.k % 2 === 0 ? "lowest" : "highest" } : {}),
      };
    case "setGroupSpendLimit": {
      const groupId = pick(org.groups, s.i)?.id ?? s.id;
      const exists = (org.spend?.groupLimits ?? []).some((l) => l.groupId === groupId);
      if (s.money === null && !exists) return undefined;
      return {
        kind: "setGroupSpendLimit",
        groupId,
        limit: s.money,
        ...opt("at", atOf(s, org.spend?.groupLimits?.length ?? 0) ?? null),
      };
    }
    case "setGroupMappings":
      return {
        kind: "setGroupMappings",
        ...(s.flag ? { enabled: s.j % 2 === 0 } : {}),
        ...opt("mappings", s.mappings),
      };
    default:
      return { kind: s.kind as "enableConnectorPermissions" | "disableConnectorPermissions" };
  }
}

const ROLE_KINDS = new Set<ChangeKind>([
  "createRole",
  "updateRole",
  "deleteRole",
  "setConnectorGrant",
  "removeConnectorGrant",
  "setToolGrant",
]);
const GROUP_KINDS = new Set<ChangeKind>([
  "addGroup",
  "removeGroup",
  "addGroupMembers",
  "removeGroupMembers",
  "assignRole",
  "unassignRole",
]);
const MEMBER_KINDS = new Set<ChangeKind>([
  "addMember",
  "removeMember",
  "setBuiltInRole",
  "setSeat",
  "setMemberSpendLimit",
]);

/** The change a seed gives for this org; `undefined` when the org has nothing it can apply to. */
export function changeFor(org: Org, seed: Seed): Change | undefined {
  if (ROLE_KINDS.has(seed.kind)) return roleChange(org, seed);
  if (GROUP_KINDS.has(seed.kind)) return groupChange(org, seed);
  if (MEMBER_KINDS.has(seed.kind)) return memberChange(org, seed);
  return settingsChange(org, seed);
}

/** The valid change list the seeds give for `org`: each resolved against the org the previous ones left. */
export function changesFor(org: Org, seeds: readonly Seed[]): Change[] {
  const changes: Change[] = [];
  let current = org;
  for (const seed of seeds) {
    const change = changeFor(current, seed);
    if (change === undefined) continue;
    const next = modelApplyChanges(current, [change]);
    if (!next.ok) continue;
    changes.push(change);
    current = next.org;
  }
  return changes;
}

/** Seeds for a change list of up to `maxLength` changes. */
export function arbSeeds(maxLength = 8, kinds: readonly ChangeKind[] = CHANGE_KINDS): fc.Arbitrary<Seed[]> {
  return fc.array(arbSeed(kinds), { maxLength });
}

/** The thing a creating change creates, with the id of one that exists already (so it cannot apply), when there is one. */
function duplicate(change: Change, org: Org, n: number): Change | undefined {
  switch (change.kind) {
    case "createRole":
      return (
        pick(org.roles, n) && { ...change, role: { ...change.role, id: (pick(org.roles, n) as { id: string }).id } }
      );
    case "addGroup":
      return (
        pick(org.groups, n) && { ...change, group: { ...change.group, id: (pick(org.groups, n) as { id: string }).id } }
      );
    case "addMember":
      return (
        pick(org.members, n) && { ...change, member: { ...change.member, id: (pick(org.members, n) as Member).id } }
      );
    case "addConnector":
      return (
        pick(org.connectors, n) && {
          ...change,
          connector: { ...change.connector, id: (pick(org.connectors, n) as Connector).id },
        }
      );
    case "assignRole": {
      const a = pick(org.roleAssignments, n);
      return a && { ...change, groupId: a.groupId, roleId: a.roleId };
    }
    default:
      return undefined;
  }
}

/**
 * The change with one reference spoiled, so it may not apply: an id that points nowhere, an `at` out
 * of range, a member id that is no member, or (given the org it applies to) the id of something that
 * exists where the change creates it.
 */
export function spoil(change: Change, seed: Seed, org?: Org): Change {
  const dup = org === undefined || seed.flag ? undefined : duplicate(change, org, seed.i);
  if (dup !== undefined) return dup;
  const copy: Record<string, unknown> = { ...change };
  const keys = Object.keys(copy).filter((k) => k.endsWith("Id") || k === "at" || k === "memberIds");
  const key = pick(keys, seed.k);
  if (key === "at") copy["at"] = 1000 + seed.i;
  else if (key === "memberIds") copy["memberIds"] = [...(copy["memberIds"] as string[]), `${seed.id}?`];
  else if (key !== undefined && typeof copy[key] === "string") copy[key] = `${String(copy[key])}?`;
  return copy as unknown as Change;
}
