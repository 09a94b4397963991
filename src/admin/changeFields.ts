// The fields of every change kind (SPEC §8, CHG-4) and how each is read: the org parser's readers
// for roles, members, connectors, grants, levels, money and ids, so a change can hold nothing that an
// org could not.
import type { Level } from "../level.js";
import { readArray, readRecord, type Decoder } from "../parse/containers.js";
import { report } from "../parse/context.js";
import { readConnector } from "../parse/connectors.js";
import { readMapping, readMember } from "../parse/people.js";
import { describe, isWholeNumber } from "../parse/read.js";
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
import { optional, readStruct, required, shape, type Optional, type Required, type Struct } from "../parse/struct.js";
import { CHANGE_KINDS, type Change, type ChangeKind } from "./change.js";

/** What a change's `kind` must be: one of the kinds, by name. */
export const KIND_EXPECTED = `one of ${CHANGE_KINDS.map((kind) => JSON.stringify(kind)).join(", ")}`;

const roleId = idOf("role id");
const groupId = idOf("group id");
const memberId = idOf("member id");
const connectorId = idOf("connector id");
const toolName = idOf("tool name");
const capabilityId = idOf("capability id");

const INDEX = "an index: a whole number, 0 or more";
const readIndex: Decoder<number> = (ctx, value, path) => {
  if (isWholeNumber(value) && value >= 0) return value;
  report(ctx, path, "invalid_type", () => ({ expected: INDEX, received: describe(value) }));
  return undefined;
};

function nullable<T>(read: Decoder<T>): Decoder<T | null> {
  return (ctx, value, path) => (value === null ? null : read(ctx, value, path));
}

function list<T>(read: Decoder<T>): Decoder<readonly T[]> {
  return (ctx, value, path) => readArray(ctx, value, path, read);
}

const memberIds = list(memberId);
const capabilities = list(capabilityId);
const toolLevels: Decoder<Readonly<Record<string, Level>>> = (ctx, value, path) =>
  readRecord(ctx, value, path, "tool name", readLevel);
const at = optional(readIndex);

const NEW_ROLE = shape({
  id: required(roleId, idExpected("role id")),
  name: required(readString, "a string"),
  capabilities: optional(capabilities),
  connectors: optional(readConnectors),
});

const NEW_GROUP = shape({
  id: required(groupId, idExpected("group id")),
  name: required(readString, "a string"),
  source: required(wordOf(GROUP_SOURCE_WORDS), GROUP_SOURCE_WORDS.expected),
  members: optional(memberIds),
});

const ROLE_ID = required(roleId, idExpected("role id"));
const GROUP_ID = required(groupId, idExpected("group id"));
const MEMBER_ID = required(memberId, idExpected("member id"));
const CONNECTOR_ID = required(connectorId, idExpected("connector id"));
const MEMBER_IDS = required(memberIds, "an array of member ids");

/** The change of one kind. */
type ChangeOf<K extends ChangeKind> = Extract<Change, { readonly kind: K }>;
type KindFields = Readonly<Record<string, Required<unknown> | Optional<unknown>>>;
type KindShape<K extends ChangeKind, F extends KindFields> = { readonly kind: Required<K> } & F;

/**
 * A reader of the changes of one kind: its fields beside `kind`, in the order the output has them.
 * The kind was read from the change to choose this reader, so its `kind` is the one read.
 */
function readerOf<K extends ChangeKind, F extends KindFields>(kind: K, fields: F): Decoder<Struct<KindShape<K, F>>> {
  const of = shape<KindShape<K, F>>({ kind: required(() => kind, KIND_EXPECTED), ...fields });
  return (ctx, value, path) => readStruct<KindShape<K, F>>(ctx, value, path, of);
}

const GRANT_EXPECTED = `${LEVEL_WORDS.expected}, or { "custom": { tool name: level } }`;

/**
 * Reads a `setConnectorGrant`: its grant is read as the All connectors row when `connectorId` is
 * `null`, as a connector's own row otherwise (a Custom All connectors row holds no tools, SPEC §1).
 * The shape reads `connectorId` before `grant`, so the grant's reader knows which row it sets.
 */
const readSetConnectorGrant: Decoder<ChangeOf<"setConnectorGrant">> = (ctx, value, path) => {
  let allConnectors = false;
  const readConnectorId: Decoder<string | null> = (c, v, p) => {
    allConnectors = v === null;
    return nullable(connectorId)(c, v, p);
  };
  const readRow: Decoder<ChangeOf<"setConnectorGrant">["grant"]> = (c, v, p) =>
    (allConnectors ? readAllGrant : readGrant)(c, v, p);
  return readerOf("setConnectorGrant", {
    roleId: ROLE_ID,
    connectorId: required(readConnectorId, `${idExpected("connector id")}, or null for the All connectors row`),
    grant: required(readRow, GRANT_EXPECTED),
  })(ctx, value, path);
};

/** A reader of every change kind (SPEC §8's table), beside its `kind`. */
export const CHANGE_READERS: { readonly [K in ChangeKind]: Decoder<ChangeOf<K>> } = {
  createRole: readerOf("createRole", {
    role: required(
      (ctx, value, path) => readStruct(ctx, value, path, NEW_ROLE),
      'a role, e.g. { "id": "eng", "name": "Engineering" }',
    ),
    at,
  }),
  updateRole: readerOf("updateRole", {
    roleId: ROLE_ID,
    name: optional(readString),
    capabilities: optional(capabilities),
  }),
  deleteRole: readerOf("deleteRole", { roleId: ROLE_ID }),
  setConnectorGrant: readSetConnectorGrant,
  removeConnectorGrant: readerOf("removeConnectorGrant", { roleId: ROLE_ID, connectorId: CONNECTOR_ID }),
  setToolGrant: readerOf("setToolGrant", {
    roleId: ROLE_ID,
    connectorId: CONNECTOR_ID,
    tool: required(toolName, idExpected("tool name")),
    level: required(readLevel, LEVEL_WORDS.expected),
  }),
  addGroup: readerOf("addGroup", {
    group: required(
      (ctx, value, path) => readStruct(ctx, value, path, NEW_GROUP),
      'a group, e.g. { "id": "g-eng", "name": "Engineering", "source": "manual" }',
    ),
    at,
  }),
  removeGroup: readerOf("removeGroup", { groupId: GROUP_ID }),
  addGroupMembers: readerOf("addGroupMembers", { groupId: GROUP_ID, memberIds: MEMBER_IDS, at }),
  removeGroupMembers: readerOf("removeGroupMembers", { groupId: GROUP_ID, memberIds: MEMBER_IDS }),
  assignRole: readerOf("assignRole", { groupId: GROUP_ID, roleId: ROLE_ID, at }),
  unassignRole: readerOf("unassignRole", { groupId: GROUP_ID, roleId: ROLE_ID }),
  addMember: readerOf("addMember", {
    member: required(readMember, 'a member, e.g. { "id": "u1", "role": "custom" }'),
    at,
  }),
  removeMember: readerOf("removeMember", { memberId: MEMBER_ID }),
  setBuiltInRole: readerOf("setBuiltInRole", {
    memberIds: MEMBER_IDS,
    role: required(wordOf(BUILT_IN_ROLE_WORDS), BUILT_IN_ROLE_WORDS.expected),
  }),
  setSeat: readerOf("setSeat", {
    memberIds: MEMBER_IDS,
    seat: required(nullable(wordOf(SEAT_WORDS)), `${SEAT_WORDS.expected}, or null to remove it`),
  }),
  setMemberSpendLimit: readerOf("setMemberSpendLimit", {
    memberId: MEMBER_ID,
    limit: required(nullable(readMoney), `${MONEY}, or null to remove it`),
  }),
  addConnector: readerOf("addConnector", {
    connector: required(readConnector, 'a connector, e.g. { "id": "jira", "name": "Jira", "tools": [] }'),
    at,
  }),
  removeConnector: readerOf("removeConnector", { connectorId: CONNECTOR_ID }),
  setOrgCapability: readerOf("setOrgCapability", {
    capability: required(capabilityId, idExpected("capability id")),
    enabled: required(readBoolean, "true or false"),
  }),
  setToolPolicy: readerOf("setToolPolicy", {
    connectorId: CONNECTOR_ID,
    level: optional(readLevel),
    tools: optional(toolLevels),
  }),
  removeToolPolicy: readerOf("removeToolPolicy", { connectorId: CONNECTOR_ID }),
  setSpend: readerOf("setSpend", {
    orgLimit: optional(nullable(readMoney)),
    multiGroup: optional(wordOf(MULTI_GROUP_WORDS)),
  }),
  setGroupSpendLimit: readerOf("setGroupSpendLimit", {
    groupId: GROUP_ID,
    limit: required(nullable(readMoney), `${MONEY}, or null to remove it`),
    at,
  }),
  setGroupMappings: readerOf("setGroupMappings", {
    enabled: optional(readBoolean),
    mappings: optional(list(readMapping)),
  }),
  enableConnectorPermissions: readerOf("enableConnectorPermissions", {}),
  disableConnectorPermissions: readerOf("disableConnectorPermissions", {}),
};
