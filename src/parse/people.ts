// Members, groups, role assignments and group mappings (SPEC §1). References between them may point
// nowhere (IN-2): only their form is checked here, never that the group, role or member exists.
import type { Group, GroupMapping, GroupMappings, Member, RoleAssignment } from "../org.js";
import { readArray, type Decoder } from "./containers.js";
import { OPTIONAL, readStruct, shape, type Fields } from "./struct.js";
import { at, type Context, type Path } from "./context.js";
import { BUILT_IN_ROLE_WORDS, GROUP_SOURCE_WORDS, MAPPED_ROLE_WORDS, SEAT_WORDS, idExpected, idOf, readBoolean, readMoney, readString, wordOf } from "./scalars.js";
import { claim, uniqueIds, type Seen } from "./unique.js";

const readMemberId = /* @__PURE__ */ idOf("member id");
const readGroupId = /* @__PURE__ */ idOf("group id");
const readRoleId = /* @__PURE__ */ idOf("role id");

const MEMBER_FIELDS = {
  id: idExpected("member id"),
  email: OPTIONAL,
  role: BUILT_IN_ROLE_WORDS.expected,
  seat: OPTIONAL,
  spendLimit: OPTIONAL,
};
const MEMBER = /* @__PURE__ */ shape(MEMBER_FIELDS);
const readBuiltInRole = /* @__PURE__ */ wordOf(BUILT_IN_ROLE_WORDS);
const readSeat = /* @__PURE__ */ wordOf(SEAT_WORDS);
const UNIQUE_MEMBER = /* @__PURE__ */ uniqueIds("member", "members");

function buildMember(f: Fields<keyof typeof MEMBER_FIELDS>, claimId: (id: string) => void): Member {
  const id = f.get("id", readMemberId);
  claimId(id);
  return Object.freeze({
    id,
    ...(f.has("email") ? { email: f.get("email", readString) } : {}),
    role: f.get("role", readBuiltInRole),
    ...(f.has("seat") ? { seat: f.get("seat", readSeat) } : {}),
    ...(f.has("spendLimit") ? { spendLimit: f.get("spendLimit", readMoney) } : {}),
  });
}

/** Reads one member (SPEC §1 form), as an admin change gives it. */
export const readMember: Decoder<Member | undefined> = (ctx, value, path) =>
  readStruct(ctx, value, path, MEMBER, (f) => buildMember(f, () => undefined), undefined);

/** Reads the org's members; two members may not share an id. */
export function readMembers(ctx: Context, value: unknown, path: Path): readonly Member[] {
  const seen: Seen = new Map();
  return readArray(ctx, value, path, (c, v, memberPath) =>
    readStruct(c, v, memberPath, MEMBER, (f) => buildMember(f, (id) => claim(c, seen, UNIQUE_MEMBER, id, at(memberPath, "id"), memberPath)), undefined),
  );
}

const GROUP = /* @__PURE__ */ shape({
  id: idExpected("group id"),
  name: "a string",
  source: GROUP_SOURCE_WORDS.expected,
  members: "an array of member ids",
});
const readSource = /* @__PURE__ */ wordOf(GROUP_SOURCE_WORDS);
const UNIQUE_GROUP = /* @__PURE__ */ uniqueIds("group", "groups");

/** Reads the groups; two groups may not share an id. A member listed twice, or of another org, is fine (IN-2). */
export function readGroups(ctx: Context, value: unknown, path: Path): readonly Group[] {
  const seen: Seen = new Map();
  return readArray(ctx, value, path, (c, v, groupPath) =>
    readStruct(
      c,
      v,
      groupPath,
      GROUP,
      (f): Group => {
        const id = f.get("id", readGroupId);
        claim(c, seen, UNIQUE_GROUP, id, at(groupPath, "id"), groupPath);
        return Object.freeze({
          id,
          name: f.get("name", readString),
          source: f.get("source", readSource),
          members: f.get("members", (c2, v2, p2) => readArray(c2, v2, p2, readMemberId)),
        });
      },
      undefined,
    ),
  );
}

const ASSIGNMENT = /* @__PURE__ */ shape({
  groupId: idExpected("group id"),
  roleId: idExpected("role id"),
});

const readAssignment: Decoder<RoleAssignment | undefined> = (ctx, value, path) =>
  readStruct(ctx, value, path, ASSIGNMENT, (f) => Object.freeze({ groupId: f.get("groupId", readGroupId), roleId: f.get("roleId", readRoleId) }), undefined);

/** Reads the role assignments; repeats and assignments to missing groups or roles are fine (IN-2). */
export function readAssignments(ctx: Context, value: unknown, path: Path): readonly RoleAssignment[] {
  return readArray(ctx, value, path, readAssignment);
}

const MAPPING = /* @__PURE__ */ shape({
  groupId: idExpected("group id"),
  role: MAPPED_ROLE_WORDS.expected,
});
const readMappedRole = /* @__PURE__ */ wordOf(MAPPED_ROLE_WORDS);

/** Reads one group mapping row (GRP-3). */
export const readMapping: Decoder<GroupMapping | undefined> = (ctx, value, path) =>
  readStruct(ctx, value, path, MAPPING, (f) => Object.freeze({ groupId: f.get("groupId", readGroupId), role: f.get("role", readMappedRole) }), undefined);

const MAPPINGS = /* @__PURE__ */ shape({
  enabled: "true or false",
  mappings: "an array of group mappings",
});

/** Reads the IdP group-to-role mappings (Path A, GRP-3). */
export const readGroupMappings: Decoder<GroupMappings> = (ctx, value, path) =>
  readStruct(
    ctx,
    value,
    path,
    MAPPINGS,
    (f) => Object.freeze({ enabled: f.get("enabled", readBoolean), mappings: f.get("mappings", (c, v, p) => readArray(c, v, p, readMapping)) }),
    // Stryker disable next-line ObjectLiteral,BooleanLiteral,ArrayDeclaration: stand-in after a reported issue, never kept: parseOrg then fails
    { enabled: false, mappings: [] },
  );
