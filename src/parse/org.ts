// The whole org document (SPEC §1): the top-level properties and the spend settings. Defaults are not
// filled in (the engine applies them), so a valid org reads back as a deeply equal value.
import type { GroupSpendLimit, Org, SpendSettings } from "../org.js";
import { readArray, readRecord, type Decoder } from "./containers.js";
import { OPTIONAL, readStruct, shape } from "./struct.js";
import { at, type Context, type Path } from "./context.js";
import { readConnectorList, readToolPolicy } from "./connectors.js";
import { readAssignments, readGroupMappings, readGroups, readMembers } from "./people.js";
import { readRoles } from "./roles.js";
import { BILLING_WORDS, MONEY, MULTI_GROUP_WORDS, PROVISIONING_WORDS, SEAT_PLAN_WORDS, idExpected, idOf, readBoolean, readMoney, wordOf } from "./scalars.js";
import { claim, type Seen, type Uniqueness } from "./unique.js";

const readGroupId = /* @__PURE__ */ idOf("group id");
const LIMIT = /* @__PURE__ */ shape({
  groupId: idExpected("group id"),
  limit: MONEY,
});
// Two limits for one group leave its limit ambiguous: refused rather than guessed.
const UNIQUE_LIMIT: Uniqueness = {
  code: "duplicate_group_limit",
  expected: "a group without a spend limit yet",
  message: (group, first) => `second spend limit for group ${group}: ${first} sets one already, keep one limit per group`,
};

function readGroupLimits(ctx: Context, value: unknown, path: Path): readonly GroupSpendLimit[] {
  const seen: Seen = new Map();
  return readArray(ctx, value, path, (c, v, limitPath) =>
    readStruct(
      c,
      v,
      limitPath,
      LIMIT,
      (f): GroupSpendLimit => {
        const groupId = f.get("groupId", readGroupId);
        claim(c, seen, UNIQUE_LIMIT, groupId, at(limitPath, "groupId"), limitPath);
        return Object.freeze({ groupId, limit: f.get("limit", readMoney) });
      },
      undefined,
    ),
  );
}

const SPEND = /* @__PURE__ */ shape({
  orgLimit: OPTIONAL,
  multiGroup: OPTIONAL,
  groupLimits: OPTIONAL,
});
const readMultiGroup = /* @__PURE__ */ wordOf(MULTI_GROUP_WORDS);

const readSpend: Decoder<SpendSettings> = (ctx, value, path) =>
  readStruct(
    ctx,
    value,
    path,
    SPEND,
    (f): SpendSettings =>
      Object.freeze({
        ...(f.has("orgLimit") ? { orgLimit: f.get("orgLimit", readMoney) } : {}),
        ...(f.has("multiGroup") ? { multiGroup: f.get("multiGroup", readMultiGroup) } : {}),
        ...(f.has("groupLimits") ? { groupLimits: f.get("groupLimits", readGroupLimits) } : {}),
      }),
    {},
  );

const ORG = /* @__PURE__ */ shape({
  id: idExpected("org id"),
  parentId: OPTIONAL,
  billing: BILLING_WORDS.expected,
  seatPlan: SEAT_PLAN_WORDS.expected,
  provisioning: PROVISIONING_WORDS.expected,
  capabilities: "an object keyed by capability id, e.g. { \"chat\": true }",
  connectorPermissionsEnabled: "true or false",
  connectors: "an array of connectors",
  toolPolicy: OPTIONAL,
  roles: "an array of custom roles",
  groups: "an array of groups",
  roleAssignments: "an array of role assignments",
  groupMappings: OPTIONAL,
  members: "an array of members",
  spend: OPTIONAL,
});
const readOrgId = /* @__PURE__ */ idOf("org id");
const readBilling = /* @__PURE__ */ wordOf(BILLING_WORDS);
const readSeatPlan = /* @__PURE__ */ wordOf(SEAT_PLAN_WORDS);
const readProvisioning = /* @__PURE__ */ wordOf(PROVISIONING_WORDS);

/** Reads a whole org document; `undefined` when it is not even an object. */
export const readOrg: Decoder<Org | undefined> = (ctx, value, path) =>
  readStruct(
    ctx,
    value,
    path,
    ORG,
    (f): Org => {
      return Object.freeze({
        id: f.get("id", readOrgId),
        ...(f.has("parentId") ? { parentId: f.get("parentId", readOrgId) } : {}),
        billing: f.get("billing", readBilling),
        seatPlan: f.get("seatPlan", readSeatPlan),
        provisioning: f.get("provisioning", readProvisioning),
        capabilities: f.get("capabilities", (c, v, p) => readRecord(c, v, p, "capability id", readBoolean)),
        connectorPermissionsEnabled: f.get("connectorPermissionsEnabled", readBoolean),
        connectors: f.get("connectors", readConnectorList),
        ...(f.has("toolPolicy") ? { toolPolicy: f.get("toolPolicy", readToolPolicy) } : {}),
        roles: f.get("roles", readRoles),
        groups: f.get("groups", readGroups),
        roleAssignments: f.get("roleAssignments", readAssignments),
        ...(f.has("groupMappings") ? { groupMappings: f.get("groupMappings", readGroupMappings) } : {}),
        members: f.get("members", readMembers),
        ...(f.has("spend") ? { spend: f.get("spend", readSpend) } : {}),
      });
    },
    undefined,
  );
