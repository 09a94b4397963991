// The fields of every change kind (SPEC §8, CHG-4) and how each is read: the org parser's readers
// for roles, members, connectors, grants, levels, money and ids, so a change can hold nothing that an
// org could not.
import type { Level } from "../level.js";
import { readArray, readRecord, type Decoder } from "../parse/containers.js";
import { report } from "../parse/context.js";
import { readConnector } from "../parse/connectors.js";
import { readMapping, readMember } from "../parse/people.js";
import { describe } from "../parse/read.js";
import { readAllGrant, readConnectors, readGrant } from "../parse/roles.js";
import {
  BUILT_IN_ROLE_WORDS,
  GROUP_SOURCE_WORDS,
  LEVEL_WORDS,
  MONEY,
  MULTI_GROUP_WORDS,
  SEAT_WORDS,
  idExpected,
  idOf,
  readBoolean,
  readLevel,
  readMoney,
  readString,
  wordOf,
} from "../parse/scalars.js";
import { OPTIONAL, readStruct, shape, type Field, type Fields } from "../parse/struct.js";
import type { Connector, ConnectorGrant, Member } from "../org.js";
import type { AddGroup, Change, ChangeKind, CreateRole } from "./change.js";

const roleId = idOf("role id");
const groupId = idOf("group id");
const memberId = idOf("member id");
const connectorId = idOf("connector id");
const toolName = idOf("tool name");
const capabilityId = idOf("capability id");

const INDEX = "an index: a whole number, 0 or more";
const readIndex: Decoder<number> = (ctx, value, path) => {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value;
  report(ctx, path, "invalid_type", { expected: INDEX, received: describe(value) });
  return 0;
};

function nullable<T>(read: Decoder<T>): Decoder<T | null> {
  return (ctx, value, path) => (value === null ? null : read(ctx, value, path));
}

function list<T>(read: Decoder<T | undefined>): Decoder<readonly T[]> {
  return (ctx, value, path) => readArray(ctx, value, path, read);
}

const memberIds = list(memberId);
const capabilities = list(capabilityId);
const toolLevels: Decoder<Readonly<Record<string, Level>>> = (ctx, value, path) => readRecord(ctx, value, path, "tool name", readLevel);

/** `{ [key]: value }` when the change has the optional field, `{}` otherwise. */
function optional<K extends string, T>(f: Fields<string>, key: K, read: Decoder<T>): { readonly [P in K]?: T } {
  return (f.has(key) ? { [key]: f.get(key, read) } : {}) as { readonly [P in K]?: T };
}

const NEW_ROLE = shape({ id: idExpected("role id"), name: "a string", capabilities: OPTIONAL, connectors: OPTIONAL });
const readNewRole: Decoder<{ id: string; name: string } | undefined> = (ctx, value, path) =>
  readStruct(
    ctx,
    value,
    path,
    NEW_ROLE,
    (f) => ({ id: f.get("id", roleId), name: f.get("name", readString), ...optional(f, "capabilities", capabilities), ...optional(f, "connectors", readConnectors) }),
    undefined,
  );

const NEW_GROUP = shape({ id: idExpected("group id"), name: "a string", source: GROUP_SOURCE_WORDS.expected, members: OPTIONAL });
const readNewGroup: Decoder<{ id: string; name: string; source: "manual" | "scim" } | undefined> = (ctx, value, path) =>
  readStruct(
    ctx,
    value,
    path,
    NEW_GROUP,
    (f) => ({ id: f.get("id", groupId), name: f.get("name", readString), source: f.get("source", wordOf(GROUP_SOURCE_WORDS)), ...optional(f, "members", memberIds) }),
    undefined,
  );

/** One kind's fields (beside `kind`), as a parser shape wants them, and the change built from them. */
interface KindFields {
  readonly fields: Readonly<Record<string, Field>>;
  readonly build: (f: Fields<string>) => Change;
}

const ROLE_ID = idExpected("role id");
const GROUP_ID = idExpected("group id");
const MEMBER_ID = idExpected("member id");
const CONNECTOR_ID = idExpected("connector id");
const MEMBER_IDS = "an array of member ids";

/** Every change kind's fields (SPEC §8's table), and how to read them. */
export const CHANGE_FIELDS: Readonly<Record<ChangeKind, KindFields>> = {
  createRole: {
    fields: { role: 'a role, e.g. { "id": "eng", "name": "Engineering" }', at: OPTIONAL },
    build: (f) => ({ kind: "createRole", role: f.get("role", readNewRole) as CreateRole["role"], ...optional(f, "at", readIndex) }),
  },
  updateRole: {
    fields: { roleId: ROLE_ID, name: OPTIONAL, capabilities: OPTIONAL },
    build: (f) => ({ kind: "updateRole", roleId: f.get("roleId", roleId), ...optional(f, "name", readString), ...optional(f, "capabilities", capabilities) }),
  },
  deleteRole: { fields: { roleId: ROLE_ID }, build: (f) => ({ kind: "deleteRole", roleId: f.get("roleId", roleId) }) },
  setConnectorGrant: {
    fields: { roleId: ROLE_ID, connectorId: `${CONNECTOR_ID}, or null for the All connectors row`, grant: `${LEVEL_WORDS.expected}, or { "custom": { tool name: level } }` },
    build: (f) => {
      const connector = f.get("connectorId", nullable(connectorId));
      const grant = f.get("grant", connector === null ? readAllGrant : readGrant) as ConnectorGrant;
      return { kind: "setConnectorGrant", roleId: f.get("roleId", roleId), connectorId: connector, grant };
    },
  },
  removeConnectorGrant: {
    fields: { roleId: ROLE_ID, connectorId: CONNECTOR_ID },
    build: (f) => ({ kind: "removeConnectorGrant", roleId: f.get("roleId", roleId), connectorId: f.get("connectorId", connectorId) }),
  },
  setToolGrant: {
    fields: { roleId: ROLE_ID, connectorId: CONNECTOR_ID, tool: idExpected("tool name"), level: LEVEL_WORDS.expected },
    build: (f) => ({
      kind: "setToolGrant",
      roleId: f.get("roleId", roleId),
      connectorId: f.get("connectorId", connectorId),
      tool: f.get("tool", toolName),
      level: f.get("level", readLevel),
    }),
  },
  addGroup: {
    fields: { group: 'a group, e.g. { "id": "g-eng", "name": "Engineering", "source": "manual" }', at: OPTIONAL },
    build: (f) => ({ kind: "addGroup", group: f.get("group", readNewGroup) as AddGroup["group"], ...optional(f, "at", readIndex) }),
  },
  removeGroup: { fields: { groupId: GROUP_ID }, build: (f) => ({ kind: "removeGroup", groupId: f.get("groupId", groupId) }) },
  addGroupMembers: {
    fields: { groupId: GROUP_ID, memberIds: MEMBER_IDS, at: OPTIONAL },
    build: (f) => ({ kind: "addGroupMembers", groupId: f.get("groupId", groupId), memberIds: f.get("memberIds", memberIds), ...optional(f, "at", readIndex) }),
  },
  removeGroupMembers: {
    fields: { groupId: GROUP_ID, memberIds: MEMBER_IDS },
    build: (f) => ({ kind: "removeGroupMembers", groupId: f.get("groupId", groupId), memberIds: f.get("memberIds", memberIds) }),
  },
  assignRole: {
    fields: { groupId: GROUP_ID, roleId: ROLE_ID, at: OPTIONAL },
    build: (f) => ({ kind: "assignRole", groupId: f.get("groupId", groupId), roleId: f.get("roleId", roleId), ...optional(f, "at", readIndex) }),
  },
  unassignRole: {
    fields: { groupId: GROUP_ID, roleId: ROLE_ID },
    build: (f) => ({ kind: "unassignRole", groupId: f.get("groupId", groupId), roleId: f.get("roleId", roleId) }),
  },
  addMember: {
    fields: { member: 'a member, e.g. { "id": "u1", "role": "custom" }', at: OPTIONAL },
    build: (f) => ({ kind: "addMember", member: f.get("member", readMember) as Member, ...optional(f, "at", readIndex) }),
  },
  removeMember: { fields: { memberId: MEMBER_ID }, build: (f) => ({ kind: "removeMember", memberId: f.get("memberId", memberId) }) },
  setBuiltInRole: {
    fields: { memberIds: MEMBER_IDS, role: BUILT_IN_ROLE_WORDS.expected },
    build: (f) => ({ kind: "setBuiltInRole", memberIds: f.get("memberIds", memberIds), role: f.get("role", wordOf(BUILT_IN_ROLE_WORDS)) }),
  },
  setSeat: {
    fields: { memberIds: MEMBER_IDS, seat: `${SEAT_WORDS.expected}, or null to remove it` },
    build: (f) => ({ kind: "setSeat", memberIds: f.get("memberIds", memberIds), seat: f.get("seat", nullable(wordOf(SEAT_WORDS))) }),
  },
  setMemberSpendLimit: {
    fields: { memberId: MEMBER_ID, limit: `${MONEY}, or null to remove it` },
    build: (f) => ({ kind: "setMemberSpendLimit", memberId: f.get("memberId", memberId), limit: f.get("limit", nullable(readMoney)) }),
  },
  addConnector: {
    fields: { connector: 'a connector, e.g. { "id": "jira", "name": "Jira", "tools": [] }', at: OPTIONAL },
    build: (f) => ({ kind: "addConnector", connector: f.get("connector", readConnector) as Connector, ...optional(f, "at", readIndex) }),
  },
  removeConnector: { fields: { connectorId: CONNECTOR_ID }, build: (f) => ({ kind: "removeConnector", connectorId: f.get("connectorId", connectorId) }) },
  setOrgCapability: {
    fields: { capability: idExpected("capability id"), enabled: "true or false" },
    build: (f) => ({ kind: "setOrgCapability", capability: f.get("capability", capabilityId), enabled: f.get("enabled", readBoolean) }),
  },
  setToolPolicy: {
    fields: { connectorId: CONNECTOR_ID, level: OPTIONAL, tools: OPTIONAL },
    build: (f) => ({ kind: "setToolPolicy", connectorId: f.get("connectorId", connectorId), ...optional(f, "level", readLevel), ...optional(f, "tools", toolLevels) }),
  },
  removeToolPolicy: { fields: { connectorId: CONNECTOR_ID }, build: (f) => ({ kind: "removeToolPolicy", connectorId: f.get("connectorId", connectorId) }) },
  setSpend: {
    fields: { orgLimit: OPTIONAL, multiGroup: OPTIONAL },
    build: (f) => ({ kind: "setSpend", ...optional(f, "orgLimit", nullable(readMoney)), ...optional(f, "multiGroup", wordOf(MULTI_GROUP_WORDS)) }),
  },
  setGroupSpendLimit: {
    fields: { groupId: GROUP_ID, limit: `${MONEY}, or null to remove it`, at: OPTIONAL },
    build: (f) => ({ kind: "setGroupSpendLimit", groupId: f.get("groupId", groupId), limit: f.get("limit", nullable(readMoney)), ...optional(f, "at", readIndex) }),
  },
  setGroupMappings: {
    fields: { enabled: OPTIONAL, mappings: OPTIONAL },
    build: (f) => ({ kind: "setGroupMappings", ...optional(f, "enabled", readBoolean), ...optional(f, "mappings", list(readMapping)) }),
  },
  enableConnectorPermissions: { fields: {}, build: () => ({ kind: "enableConnectorPermissions" }) },
  disableConnectorPermissions: { fields: {}, build: () => ({ kind: "disableConnectorPermissions" }) },
};
