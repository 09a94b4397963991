// The change list is untrusted JSON (CHG-1, IN-1): every problem of a change's form is named with its
// path, nothing is applied, and only orgs that the library produced are changed (IN-3).
import { describe, expect, it } from "vitest";
import { applyAll, applyChanges, safeApplyChanges } from "../../src/admin/applyChanges.js";
import { ChangeError } from "../../src/admin/change.js";
import { acme, code, failure } from "./fixtures.js";

describe("CHG-1: the form of a change list", () => {
  it("IN-1: a list that is not an array, or has a hole, is refused as a whole", () => {
    expect(failure(acme(), { kind: "deleteRole", roleId: "eng" })).toMatchInlineSnapshot(
      `"cannot apply changes: expected an array of changes, received an object"`,
    );
    // eslint-disable-next-line no-sparse-arrays
    expect(failure(acme(), [, { kind: "deleteRole", roleId: "eng" }])).toMatchInlineSnapshot(`
      "cannot apply changes: invalid change list: 1 issue
      ✖ expected an array without holes, received an array with a hole at index 0 → at changes"
    `);
    expect(code(acme(), "[]")).toBe("invalid_changes");
  });

  it("IN-1: a change that is no object, has no kind or an unknown one is refused with its path", () => {
    expect(failure(acme(), [42])).toMatchInlineSnapshot(`
      "cannot apply changes[0]: invalid change: 1 issue
      ✖ expected a change: an object { "kind": ..., ...fields }, received 42 → at changes[0]"
    `);
    expect(failure(acme(), [{ roleId: "eng" }])).toMatchInlineSnapshot(`
      "cannot apply changes[0]: invalid change: 1 issue
      ✖ expected one of "createRole", "updateRole", "deleteRole", "setConnectorGrant", "removeConnectorGrant", "setToolGrant", "addGroup", "removeGroup", "addGroupMembers", "removeGroupMembers", "assignRole", "unassignRole", "addMember", "removeMember", "setBuiltInRole", "setSeat", "setMemberSpendLimit", "addConnector", "removeConnector", "setOrgCapability", "setToolPolicy", "removeToolPolicy", "setSpend", "setGroupSpendLimit", "setGroupMappings", "enableConnectorPermissions", "disableConnectorPermissions", received nothing → at changes[0].kind"
    `);
    expect(failure(acme(), [{ kind: 7 }])).toMatchInlineSnapshot(`
      "cannot apply changes[0]: invalid change: 1 issue
      ✖ expected one of "createRole", "updateRole", "deleteRole", "setConnectorGrant", "removeConnectorGrant", "setToolGrant", "addGroup", "removeGroup", "addGroupMembers", "removeGroupMembers", "assignRole", "unassignRole", "addMember", "removeMember", "setBuiltInRole", "setSeat", "setMemberSpendLimit", "addConnector", "removeConnector", "setOrgCapability", "setToolPolicy", "removeToolPolicy", "setSpend", "setGroupSpendLimit", "setGroupMappings", "enableConnectorPermissions", "disableConnectorPermissions", received 7 → at changes[0].kind"
    `);
    expect(failure(acme(), [{ kind: "grantEverything" }])).toMatchInlineSnapshot(`
      "cannot apply changes[0]: invalid change: 1 issue
      ✖ unknown change kind "grantEverything": expected one of "createRole", "updateRole", "deleteRole", "setConnectorGrant", "removeConnectorGrant", "setToolGrant", "addGroup", "removeGroup", "addGroupMembers", "removeGroupMembers", "assignRole", "unassignRole", "addMember", "removeMember", "setBuiltInRole", "setSeat", "setMemberSpendLimit", "addConnector", "removeConnector", "setOrgCapability", "setToolPolicy", "removeToolPolicy", "setSpend", "setGroupSpendLimit", "setGroupMappings", "enableConnectorPermissions", "disableConnectorPermissions" → at changes[0].kind"
    `);
    expect(failure(acme(), [{ kind: "__proto__" }])).toMatchInlineSnapshot(`
      "cannot apply changes[0]: invalid change: 1 issue
      ✖ unknown change kind "__proto__": expected one of "createRole", "updateRole", "deleteRole", "setConnectorGrant", "removeConnectorGrant", "setToolGrant", "addGroup", "removeGroup", "addGroupMembers", "removeGroupMembers", "assignRole", "unassignRole", "addMember", "removeMember", "setBuiltInRole", "setSeat", "setMemberSpendLimit", "addConnector", "removeConnector", "setOrgCapability", "setToolPolicy", "removeToolPolicy", "setSpend", "setGroupSpendLimit", "setGroupMappings", "enableConnectorPermissions", "disableConnectorPermissions" → at changes[0].kind"
    `);
  });

  it("IN-1: missing, unknown and mistyped fields are named with their paths, through the parser's own readers", () => {
    expect(
      failure(acme(), [
        { kind: "assignRole", groupId: "g-eng", roleId: "ops" },
        { kind: "createRole", role: { id: "", name: 3, capabilities: "chat" }, extra: true },
      ]),
    ).toMatchInlineSnapshot(`
      "cannot apply changes[1] (createRole): invalid change: 4 issues
      ✖ unknown property "extra": expected one of "kind", "role", "at" → at changes[1].extra
      ✖ expected a non-empty role id, received "" → at changes[1].role.id
      ✖ expected a string, received 3 → at changes[1].role.name
      ✖ expected an array, received "chat" → at changes[1].role.capabilities"
    `);
    expect(failure(acme(), [{ kind: "addMember", member: { id: "u9", role: "superuser", spendLimit: -1 } }]))
      .toMatchInlineSnapshot(`
      "cannot apply changes[0] (addMember): invalid change: 2 issues
      ✖ expected one of "primary-owner", "owner", "admin", "user", "custom", received "superuser" → at changes[0].member.role
      ✖ expected a whole number of minor units (cents), 0 or more, received -1 → at changes[0].member.spendLimit"
    `);
    expect(failure(acme(), [{ kind: "setSeat", memberIds: ["u1"], seat: "gold" }])).toMatchInlineSnapshot(`
      "cannot apply changes[0] (setSeat): invalid change: 1 issue
      ✖ expected one of "chat", "chat-code", received "gold" → at changes[0].seat"
    `);
    expect(failure(acme(), [{ kind: "setGroupMappings", mappings: [{ groupId: "g", role: "primary-owner" }] }]))
      .toMatchInlineSnapshot(`
      "cannot apply changes[0] (setGroupMappings): invalid change: 1 issue
      ✖ expected one of "custom", "user", "admin", "owner", received "primary-owner" → at changes[0].mappings[0].role"
    `);
    expect(
      failure(acme(), [{ kind: "addGroup", group: { id: "g", name: "G", source: "ldap", members: [1] }, at: 0.5 }]),
    ).toMatchInlineSnapshot(`
      "cannot apply changes[0] (addGroup): invalid change: 3 issues
      ✖ expected one of "manual", "scim", received "ldap" → at changes[0].group.source
      ✖ expected a non-empty member id, received 1 → at changes[0].group.members[0]
      ✖ expected an index: a whole number, 0 or more, received 0.5 → at changes[0].at"
    `);
  });

  it("IN-1: each problem of a change's form has a stable code; a change refused by the org has none", () => {
    const codes = (changes: unknown) => {
      const result = safeApplyChanges(acme(), changes);
      return result.ok ? [] : result.error.issues.map((issue) => issue.code);
    };
    expect(codes([42])).toEqual(["invalid_type"]);
    expect(codes([{ roleId: "eng" }])).toEqual(["missing_property"]);
    expect(codes([{ kind: 7 }])).toEqual(["invalid_type"]);
    expect(codes([{ kind: "grantEverything" }])).toEqual(["unknown_change_kind"]);
    expect(codes([{ kind: "addGroup", group: { id: "g", name: "G", source: "manual", members: [] }, at: -1 }])).toEqual(
      ["invalid_type"],
    );
    const refused = safeApplyChanges(acme(), [{ kind: "deleteRole", roleId: "nobody" }]);
    expect(refused.ok ? "applied" : [refused.error.code, refused.error.issues]).toEqual(["unknown_role", []]);
  });

  it("IN-1: a policy's tools are keyed by tool name; a grant without its connector id is read as a connector's own row", () => {
    expect(failure(acme(), [{ kind: "setToolPolicy", connectorId: "jira", tools: { "": "always" } }]))
      .toMatchInlineSnapshot(`
        "cannot apply changes[0] (setToolPolicy): invalid change: 1 issue
        ✖ expected a non-empty tool name, received "" → at changes[0].tools[""]"
      `);
    expect(failure(acme(), [{ kind: "setToolPolicy", connectorId: "jira", tools: ["search"] }])).toMatchInlineSnapshot(`
      "cannot apply changes[0] (setToolPolicy): invalid change: 1 issue
      ✖ expected an object keyed by tool name, received an array → at changes[0].tools"
    `);
    // Without its connector id the row is not known to be All connectors, so a Custom grant's tools are not refused too.
    expect(failure(acme(), [{ kind: "setConnectorGrant", roleId: "eng", grant: { custom: { search: "always" } } }]))
      .toMatchInlineSnapshot(`
      "cannot apply changes[0] (setConnectorGrant): invalid change: 1 issue
      ✖ missing required property "connectorId": expected a non-empty connector id, or null for the All connectors row → at changes[0].connectorId"
    `);
  });

  it("IN-1: a change with many problems names the first ten and says how many more", () => {
    const error = safeApplyChanges(acme(), [
      { kind: "removeGroupMembers", groupId: "g-eng", memberIds: Array.from({ length: 12 }, () => 0) },
    ]);
    expect(error.ok ? [] : error.error.issues).toHaveLength(12);
    expect(error.ok ? "" : error.error.message.split("\n").slice(-2)).toMatchInlineSnapshot(`
      [
        "✖ expected a non-empty member id, received 0 → at changes[0].memberIds[9]",
        "… and 2 more issues",
      ]
    `);
  });

  it("IN-1: a change whose kind cannot be read without running code is refused at its kind", () => {
    const change = Object.defineProperty({ roleId: "eng" }, "kind", { get: () => "deleteRole", enumerable: true });
    expect(failure(acme(), [change])).toMatchInlineSnapshot(`
      "cannot apply changes[0]: invalid change: 1 issue
      ✖ expected plain JSON data, received a property getter → at changes[0].kind"
    `);
    expect(code(acme(), [change])).toBe("invalid_change");
  });

  it("IN-1: a change with more issues than an error keeps (100) counts them all", () => {
    const error = safeApplyChanges(acme(), [
      { kind: "removeGroupMembers", groupId: "g-eng", memberIds: Array.from({ length: 150 }, () => 0) },
    ]);
    expect(error.ok ? [] : error.error.issues).toHaveLength(100);
    expect(error.ok ? "" : [error.error.message.split("\n")[0], error.error.message.split("\n").at(-1)])
      .toMatchInlineSnapshot(`
      [
        "cannot apply changes[0] (removeGroupMembers): invalid change: 150 issues",
        "… and 140 more issues",
      ]
    `);
  });

  it("CHG-1: the error names the change by index and kind, with a stable code; nothing is applied", () => {
    const org = acme();
    const result = safeApplyChanges(org, [
      { kind: "deleteRole", roleId: "eng" },
      { kind: "deleteRole", roleId: "eng" },
    ]);
    expect(result.ok).toBe(false);
    const error = result.ok ? undefined : result.error;
    expect(error).toBeInstanceOf(ChangeError);
    expect({
      index: error?.index,
      kind: error?.kind,
      code: error?.code,
      reason: error?.reason,
      name: error?.name,
    }).toEqual({
      index: 1,
      kind: "deleteRole",
      code: "unknown_role",
      reason: "no role `eng`: check the role id",
      name: "ChangeError",
    });
    expect(() =>
      applyChanges(org, [
        { kind: "deleteRole", roleId: "eng" },
        { kind: "deleteRole", roleId: "eng" },
      ]),
    ).toThrow(error);
    expect(org.roles).toHaveLength(2);
  });

  it("IN-3: an org that the library did not return is refused (fail closed)", () => {
    const copy = JSON.parse(JSON.stringify(acme()));
    expect(() => applyChanges(copy, [])).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: applyChanges takes an org that parseOrg or applyChanges returned: parse the org first]`,
    );
    expect(() => safeApplyChanges({ ...acme() }, [])).toThrow(TypeError);
  });

  it("IN-3: the result is deeply frozen and valid again as input to applyChanges", () => {
    const org = applyChanges(acme(), [{ kind: "createRole", role: { id: "mkt", name: "Marketing" } }]);
    expect(Object.isFrozen(org.roles.at(-1)?.capabilities)).toBe(true);
    expect(applyChanges(org, [{ kind: "deleteRole", roleId: "mkt" }]).roles).toHaveLength(2);
  });

  it("an error that is not a refusal is not taken for one", () => {
    const boom = new Error("boom");
    expect(() =>
      applyAll(acme(), [{ kind: "deleteRole", roleId: "eng" }], () => {
        throw boom;
      }),
    ).toThrow(boom);
  });
});
