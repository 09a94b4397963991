// The whole org document (SPEC §1): the top-level properties and the spend settings. Defaults are not
// filled in (the engine applies them), so a valid org reads back as a deeply equal value.
import type { GroupSpendLimit, Org, SpendSettings } from "../org.js";
import { readArray, readRecord, type Decoder } from "./containers.js";
import { optional, readStruct, required, shape } from "./struct.js";
import { readConnectorList, readToolPolicy } from "./connectors.js";
import { readAssignments, readGroupMappings, readGroups, readMembers } from "./people.js";
import { readRoles } from "./roles.js";
import {
  BILLING_WORDS,
  MONEY,
  MULTI_GROUP_WORDS,
  PROVISIONING_WORDS,
  SEAT_PLAN_WORDS,
  idExpected,
  idOf,
  readBoolean,
  readMoney,
  wordOf,
} from "./scalars.js";
import { unique, type Uniqueness } from "./unique.js";

// Two limits for one group leave its limit ambiguous: refused rather than guessed.
const UNIQUE_LIMIT: Uniqueness = {
  code: "duplicate_group_limit",
  expected: "a group without a spend limit yet",
  message: (group, first) =>
    `second spend limit for group ${group}: ${first} sets one already, keep one limit per group`,
  first: "element",
};

const readGroupLimits: Decoder<readonly GroupSpendLimit[]> = (ctx, value, path) => {
  const limit = shape({
    groupId: required(unique(UNIQUE_LIMIT, idOf("group id")), idExpected("group id")),
    limit: required(readMoney, MONEY),
  });
  return readArray(ctx, value, path, (c, v, p): GroupSpendLimit | undefined => readStruct(c, v, p, limit));
};

const SPEND = /* @__PURE__ */ shape({
  orgLimit: optional(readMoney),
  multiGroup: optional(wordOf(MULTI_GROUP_WORDS)),
  groupLimits: optional(readGroupLimits),
});

const readSpend: Decoder<SpendSettings> = (ctx, value, path) => readStruct(ctx, value, path, SPEND);
const readOrgId = /* @__PURE__ */ idOf("org id");

const ORG = /* @__PURE__ */ shape({
  id: required(readOrgId, idExpected("org id")),
  parentId: optional(readOrgId),
  billing: required(wordOf(BILLING_WORDS), BILLING_WORDS.expected),
  seatPlan: required(wordOf(SEAT_PLAN_WORDS), SEAT_PLAN_WORDS.expected),
  provisioning: required(wordOf(PROVISIONING_WORDS), PROVISIONING_WORDS.expected),
  capabilities: required(
    (ctx, value, path) => readRecord(ctx, value, path, "capability id", readBoolean),
    'an object keyed by capability id, e.g. { "chat": true }',
  ),
  connectorPermissionsEnabled: required(readBoolean, "true or false"),
  connectors: required(readConnectorList, "an array of connectors"),
  toolPolicy: optional(readToolPolicy),
  roles: required(readRoles, "an array of custom roles"),
  groups: required(readGroups, "an array of groups"),
  roleAssignments: required(readAssignments, "an array of role assignments"),
  groupMappings: optional(readGroupMappings),
  members: required(readMembers, "an array of members"),
  spend: optional(readSpend),
});

/** Reads a whole org document; `undefined` after reporting every issue found in it. */
export const readOrg: Decoder<Org> = (ctx, value, path) => readStruct(ctx, value, path, ORG);
