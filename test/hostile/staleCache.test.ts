// A changed copy of an org is never answered from a stale cache: each org, asked in interleaved
// order, gets the model's answers for that org alone.
import { describe, expect, it } from "vitest";
import { applyChanges } from "../../src/admin/applyChanges.js";
import type { Change } from "../../src/admin/change.js";
import { parseOrg, type Org } from "../../src/index.js";
import { checkEverything, newTally } from "../differential/agreement.js";
import { askAll } from "./ask.js";
import { ordinaryOrg } from "./fixtures.js";
import { deepCopy, deepFreeze } from "../freeze.js";
import { IDENTITY } from "./rename.js";

/** An admin action (SPEC §8) on a copy of the org: applied with applyChanges, which shares every unchanged part. */
function admin(...changes: readonly Change[]): (a: Org) => Org {
  return (a) => {
    const b = applyChanges(parseOrg(a), changes);
    return Object.isFrozen(a) ? b : deepCopy(b);
  };
}

/** Ways to change a copy of the fixture: admin actions as changes, the rest (no change kind sets them) by spreads. */
const CHANGES: readonly (readonly [string, (a: Org) => Org])[] = [
  ["a role's capability grant removed", admin({ kind: "updateRole", roleId: "eng", capabilities: ["chat", "beta1"] })],
  [
    "a role's connector grant changed",
    admin(
      { kind: "setConnectorGrant", roleId: "eng", connectorId: null, grant: "blocked" },
      { kind: "removeConnectorGrant", roleId: "eng", connectorId: "github" },
      { kind: "removeConnectorGrant", roleId: "eng", connectorId: "jira" },
    ),
  ],
  ["a member removed from a group", admin({ kind: "removeGroupMembers", groupId: "g-eng", memberIds: ["ana"] })],
  ["a member added to a group", admin({ kind: "addGroupMembers", groupId: "g-sup", memberIds: ["ana", "fay"] })],
  ["a member removed from the org", admin({ kind: "removeMember", memberId: "bo" })],
  ["a member's built-in role changed", admin({ kind: "setBuiltInRole", memberIds: ["dee"], role: "custom" })],
  [
    "a role assignment removed",
    (a) =>
      admin({
        kind: "unassignRole",
        groupId: a.roleAssignments[0]?.groupId ?? "",
        roleId: a.roleAssignments[0]?.roleId ?? "",
      })(a),
  ],
  ["an org capability switched off", admin({ kind: "setOrgCapability", capability: "chat", enabled: false })],
  ["connector permissions switched off", admin({ kind: "disableConnectorPermissions" })],
  [
    "the tool policy changed",
    (a) =>
      admin(
        ...Object.keys(a.toolPolicy ?? {}).map((connectorId): Change => ({ kind: "removeToolPolicy", connectorId })),
        { kind: "setToolPolicy", connectorId: "jira", level: "blocked" },
      )(a),
  ],
  [
    "a connector's tools changed",
    (a) => ({ ...a, connectors: a.connectors.map((c) => (c.id === "jira" ? { ...c, tools: ["create"] } : c)) }),
  ],
  ["group mappings switched off", admin({ kind: "setGroupMappings", enabled: false })],
  ["the provisioning mode changed", (a) => ({ ...a, provisioning: "scim" as const })],
  ["the seat plan changed", (a) => ({ ...a, seatPlan: "standard" as const })],
  [
    "spend limits changed",
    (a) =>
      admin(
        { kind: "setSpend", orgLimit: null, multiGroup: "lowest" },
        ...(a.spend?.groupLimits ?? []).map((l): Change => ({
          kind: "setGroupSpendLimit",
          groupId: l.groupId,
          limit: null,
        })),
        { kind: "setGroupSpendLimit", groupId: "g-sup", limit: 10 },
      )(a),
  ],
  ["billing changed", (a) => ({ ...a, billing: "seat" as const })],
];

describe("IN-3: a changed copy of an org is never answered from a stale cache", () => {
  for (const state of ["frozen", "unfrozen"] as const) {
    const prepare = (org: Org): Org => (state === "frozen" ? deepFreeze(org) : org);
    for (const [change, applyChange] of CHANGES) {
      it(`${change}: org A and its changed copy B (${state}), asked in turn, each get their own answers`, () => {
        const a = prepare(ordinaryOrg());
        const b = prepare(applyChange(a));
        const tally = newTally();
        for (const org of [a, b, a, b]) checkEverything(org, tally);
        // The change is visible in the answers, so a stale answer could not pass unnoticed.
        expect(askAll(a, deepCopy(b), IDENTITY)).not.toEqual(askAll(a, deepCopy(a), IDENTITY));
      });
    }
  }

  it("an unfrozen org changed in place between two questions gets answers for its new state", () => {
    const org = deepCopy(ordinaryOrg()) as { -readonly [K in keyof Org]: Org[K] };
    checkEverything(org, newTally());
    org.members = org.members.filter((m) => m.id !== "ana");
    org.connectorPermissionsEnabled = false;
    checkEverything(org, newTally());
  });
});
