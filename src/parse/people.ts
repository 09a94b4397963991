// Members, groups, role assignments and group mappings (SPEC §1). References between them may point
// nowhere (IN-2): only their form is checked here, never that the group, role or member exists.
import type { Group, GroupMapping, GroupMappings, Member, RoleAssignment } from "../org.js";
import { readArray, type Decoder } from "./containers.js";
import { idListOf } from "./plainIds.js";
import { plainMembers } from "./plainMembers.js";
import { recordPositions } from "./produced.js";
import { optional, readStruct, required, shape } from "./struct.js";
import {
  BUILT_IN_ROLE_WORDS,
  GROUP_SOURCE_WORDS,
  MAPPED_ROLE_WORDS,
  SEAT_WORDS,
  idExpected,
  idOf,
  readBoolean,
  readMoney,
  readString,
  wordOf,
} from "./scalars.js";
import { unique, uniqueIds } from "./unique.js";

const readMemberId = /* @__PURE__ */ idOf("member id");
const readGroupId = /* @__PURE__ */ idOf("group id");
const readRoleId = /* @__PURE__ */ idOf("role id");
const readBuiltInRole = /* @__PURE__ */ wordOf(BUILT_IN_ROLE_WORDS);
const readSeat = /* @__PURE__ */ wordOf(SEAT_WORDS);
const UNIQUE_MEMBER = /* @__PURE__ */ uniqueIds("member", "members");

/** The shape of a member, its id read by `readId` (which, in a list, also refuses a repeat). */
function memberShape(readId: Decoder<string>) {
  return shape({
    id: required(readId, idExpected("member id")),
    email: optional(readString),
    role: required(readBuiltInRole, BUILT_IN_ROLE_WORDS.expected),
    seat: optional(readSeat),
    spendLimit: optional(readMoney),
  });
}

const MEMBER = /* @__PURE__ */ memberShape(readMemberId);

/** Reads one member (SPEC §1 form), as an admin change gives it. */
export const readMember: Decoder<Member> = (ctx, value, path) => readStruct(ctx, value, path, MEMBER);

/** Reads the org's members, reporting every issue; two members may not share an id. */
export const reportMembers: Decoder<readonly Member[]> = (ctx, value, path) => {
  const member = memberShape(unique(UNIQUE_MEMBER, readMemberId));
  return readArray(ctx, value, path, (c, v, p): Member | undefined => readStruct(c, v, p, member));
};

/**
 * Reads the org's members; two members may not share an id. The common case, every member plain and
 * valid, is read in one pass that reports nothing (src/parse/plainMembers.ts); anything else is read
 * again by {@link reportMembers}, which reports every issue. Either way the list is the same.
 */
export const readMembers: Decoder<readonly Member[]> = (ctx, value, path) => {
  const plain = plainMembers(ctx, value);
  return plain === undefined ? reportMembers(ctx, value, path) : recordPositions(plain.members, plain.positions);
};

const readSource = /* @__PURE__ */ wordOf(GROUP_SOURCE_WORDS);
const readMemberIds = /* @__PURE__ */ idListOf(readMemberId);
const UNIQUE_GROUP = /* @__PURE__ */ uniqueIds("group", "groups");

/** Reads the groups; two groups may not share an id. A member listed twice, or of another org, is fine (IN-2). */
export const readGroups: Decoder<readonly Group[]> = (ctx, value, path) => {
  const group = shape({
    id: required(unique(UNIQUE_GROUP, readGroupId), idExpected("group id")),
    name: required(readString, "a string"),
    source: required(readSource, GROUP_SOURCE_WORDS.expected),
    members: required(readMemberIds, "an array of member ids"),
  });
  return readArray(ctx, value, path, (c, v, p): Group | undefined => readStruct(c, v, p, group));
};

const ASSIGNMENT = /* @__PURE__ */ shape({
  groupId: required(readGroupId, idExpected("group id")),
  roleId: required(readRoleId, idExpected("role id")),
});

/** Reads the role assignments; repeats and assignments to missing groups or roles are fine (IN-2). */
export const readAssignments: Decoder<readonly RoleAssignment[]> = (ctx, value, path) =>
  readArray(ctx, value, path, (c, v, p): RoleAssignment | undefined => readStruct(c, v, p, ASSIGNMENT));

const MAPPING = /* @__PURE__ */ shape({
  groupId: required(readGroupId, idExpected("group id")),
  role: required(wordOf(MAPPED_ROLE_WORDS), MAPPED_ROLE_WORDS.expected),
});

/** Reads one group mapping row (GRP-3), as an admin change gives it. */
export const readMapping: Decoder<GroupMapping> = (ctx, value, path) => readStruct(ctx, value, path, MAPPING);

const readMappingRows: Decoder<readonly GroupMapping[]> = (ctx, value, path) =>
  readArray(ctx, value, path, readMapping);

// SPEC §1: both properties are optional (`enabled` defaults to false, `mappings` to []); absent ones
// stay absent, the engine applies the defaults.
const MAPPINGS = /* @__PURE__ */ shape({
  enabled: optional(readBoolean),
  mappings: optional(readMappingRows),
});

/** Reads the IdP group-to-role mappings (Path A, GRP-3). */
export const readGroupMappings: Decoder<GroupMappings> = (ctx, value, path) => readStruct(ctx, value, path, MAPPINGS);
