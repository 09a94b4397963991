// Changes seen through the engine: adding an assignment, a group member or a role capability never
// takes access away, removing one never gives any (CAP-5, CON-3); enabling connector permissions
// changes no access but that of Custom-roles members without a role, and its undo restores the org (CON-8).
import { test } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyChanges } from "../../src/admin/applyChanges.js";
import type { Change } from "../../src/admin/change.js";
import { enableConnectorPermissions, newCustomRole } from "../../src/admin/connectorPermissions.js";
import { invertChanges } from "../../src/admin/invertChanges.js";
import {
  OrgValidationError,
  compareLevels,
  resolveCapability,
  parseOrg,
  resolveToolLevel,
  type Org,
} from "../../src/index.js";
import { arbCapabilityId, arbOrg } from "../arbitraries.js";
import { askedCapabilities, askedMemberIds, askedTools } from "../differential/agreement.js";
import { modelBuiltInRole, modelHeldRoles } from "../model/members.js";
import { withDefaults } from "./defaults.js";
import { acme } from "./fixtures.js";

/** Every (member, capability) granted and every (member, tool) level of either org, as comparable numbers. */
function access(org: Org, subjects: Org): Map<string, number> {
  const out = new Map<string, number>();
  for (const memberId of askedMemberIds(subjects)) {
    for (const capability of askedCapabilities(subjects))
      out.set(`${memberId} ${capability}`, resolveCapability(org, memberId, capability).granted ? 1 : 0);
    for (const { connectorId, tool } of askedTools(subjects))
      out.set(
        `${memberId} ${connectorId}/${tool}`,
        compareLevels(resolveToolLevel(org, memberId, connectorId, tool).level, "blocked"),
      );
  }
  return out;
}

/** The subjects whose access went down from `before` to `after`. */
function losses(before: Org, after: Org): string[] {
  const subjects = {
    ...before,
    members: [...before.members, ...after.members],
    connectors: [...before.connectors, ...after.connectors],
  } as Org;
  const was = access(before, subjects);
  const is = access(after, subjects);
  return [...was].filter(([key, value]) => (is.get(key) as number) < value).map(([key]) => key);
}

const arbParsed = arbOrg().map((org) => parseOrg(org));
const pick = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(1, list.length)];

/** Whether a group mapping in effect names the group: joining or leaving it may change a built-in role (GRP-3). */
const mapped = (org: Org, groupId: string): boolean =>
  org.groupMappings?.enabled === true && (org.groupMappings.mappings ?? []).some((m) => m.groupId === groupId);

/** A change that adds an assignment, a group member or a role capability to the org, if it has what it needs. */
function grow(org: Org, [kind, i, j, capability]: [number, number, number, string]): Change | undefined {
  const group = pick(org.groups, i);
  const role = pick(org.roles, j);
  if (kind === 0 && group && role && !org.roleAssignments.some((a) => a.groupId === group.id && a.roleId === role.id))
    return { kind: "assignRole", groupId: group.id, roleId: role.id };
  const member = pick(org.members, j);
  if (kind === 1 && group && member && !mapped(org, group.id))
    return { kind: "addGroupMembers", groupId: group.id, memberIds: [member.id] };
  if (kind === 2 && role)
    return { kind: "updateRole", roleId: role.id, capabilities: [...role.capabilities, capability] };
  return undefined;
}

/** A change that removes an assignment, a group member or a role capability, if the org has one. */
function shrink(org: Org, [kind, i, j]: [number, number, number, string]): Change | undefined {
  const assignment = pick(org.roleAssignments, i);
  if (kind === 0 && assignment) return { kind: "unassignRole", groupId: assignment.groupId, roleId: assignment.roleId };
  const group = pick(org.groups, i);
  const member = group && pick(group.members, j);
  if (kind === 1 && group && member !== undefined && !mapped(org, group.id))
    return { kind: "removeGroupMembers", groupId: group.id, memberIds: [member] };
  const role = pick(org.roles, i);
  const capability = role && pick(role.capabilities, j);
  if (kind === 2 && role && capability !== undefined)
    return { kind: "updateRole", roleId: role.id, capabilities: role.capabilities.filter((c) => c !== capability) };
  return undefined;
}

const arbStep = fc.tuple(fc.nat(2), fc.nat(), fc.nat(), arbCapabilityId());

describe("CAP-5, CON-3: additivity, through the engine", () => {
  test.prop([arbParsed, arbStep])(
    "CAP-5, CON-3: adding an assignment, a group member (of a group no mapping in effect names, GRP-3) or a role capability never takes access away from anyone",
    (org, step) => {
      const change = grow(org, step);
      fc.pre(change !== undefined);
      expect(losses(org, applyChanges(org, [change as Change]))).toEqual([]);
    },
  );

  test.prop([arbParsed, arbStep])(
    "CAP-5, CON-3: removing an assignment, a group member (of a group no mapping in effect names, GRP-3) or a role capability never gives access to anyone",
    (org, step) => {
      const change = shrink(org, step);
      fc.pre(change !== undefined);
      expect(losses(applyChanges(org, [change as Change]), org)).toEqual([]);
    },
  );
});

describe("CON-8: enabling connector permissions", () => {
  test.prop([arbParsed])(
    "CON-8: enabling changes no access but that of Custom-roles members without a role, who lose every tool; its undo restores the org",
    (generated) => {
      const before = applyChanges(generated, [{ kind: "disableConnectorPermissions" }]);
      const after = applyChanges(before, [{ kind: "enableConnectorPermissions" }]);
      const was = access(before, before);
      const is = access(after, before);
      for (const memberId of askedMemberIds(before)) {
        const keeps = modelBuiltInRole(before, memberId) !== "custom" || modelHeldRoles(before, memberId).length > 0;
        for (const [key, value] of was) {
          if (!key.startsWith(`${memberId} `)) continue;
          const tool = key.includes("/");
          expect([key, is.get(key)]).toEqual([key, keeps || !tool ? value : 0]);
        }
      }
      const undo = invertChanges(before, [{ kind: "enableConnectorPermissions" }]);
      expect(withDefaults(applyChanges(after, undo))).toEqual(withDefaults(before));
    },
  );

  it("CON-8, CON-9: the shorthands are the change kinds", () => {
    const off = applyChanges(acme(), [{ kind: "disableConnectorPermissions" }]);
    expect(enableConnectorPermissions(off)).toEqual(applyChanges(off, [{ kind: "enableConnectorPermissions" }]));
    expect(applyChanges(enableConnectorPermissions(off), [])).toBeDefined(); // an org the library produced
    expect(newCustomRole("mkt", "Marketing")).toEqual(
      applyChanges(acme(), [{ kind: "createRole", role: { id: "mkt", name: "Marketing" } }]).roles.at(-1),
    );
  });

  it("CON-8, IN-3: an org the library did not produce is validated first, then enabled", () => {
    const plain = { ...JSON.parse(JSON.stringify(acme())), connectorPermissionsEnabled: false } as Org;
    const enabled = enableConnectorPermissions(plain);
    expect(enabled.roles.map((r) => r.connectors)).toEqual([{ all: "always" }, { all: "always" }]);
    expect(Object.isFrozen(enabled) && !Object.isFrozen(plain)).toBe(true);
    expect(enableConnectorPermissions(enabled)).toBe(enabled);
    expect(() => enableConnectorPermissions({ ...plain, billing: "monthly" } as never)).toThrow(OrgValidationError);
  });

  it("CHG-3: undoing setGroupMappings on an org without group mappings gives the defaults back", () => {
    const org = parseOrg(
      JSON.parse(JSON.stringify({ ...acme(), groupMappings: undefined, spend: undefined, toolPolicy: undefined })),
    );
    const changes: Change[] = [
      { kind: "setGroupMappings", enabled: true, mappings: [{ groupId: "g-eng", role: "admin" }] },
      { kind: "setSpend", orgLimit: 3, multiGroup: "highest" },
    ];
    expect(withDefaults(applyChanges(applyChanges(org, changes), invertChanges(org, changes)))).toEqual(
      withDefaults(org),
    );
  });
});
