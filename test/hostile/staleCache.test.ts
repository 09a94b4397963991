// A changed copy of an org is never answered from a stale cache: each org, asked in interleaved
// order, gets the model's answers for that org alone.
import { describe, expect, it } from "vitest";
import type { Org } from "../../src/index.js";
import { checkEverything, newTally } from "../differential/agreement.js";
import { askAll } from "./ask.js";
import { ordinaryOrg } from "./fixtures.js";
import { deepCopy, deepFreeze } from "../freeze.js";
import { IDENTITY } from "./rename.js";

/** Ways to change a copy of the fixture, each sharing every unchanged part with it (as immer would). */
const CHANGES: readonly (readonly [string, (a: Org) => Org])[] = [
  ["a role's capability grant removed", (a) => ({ ...a, roles: a.roles.map((r) => (r.id === "eng" ? { ...r, capabilities: r.capabilities.filter((c) => c !== "claude_code") } : r)) })],
  ["a role's connector grant changed", (a) => ({ ...a, roles: a.roles.map((r) => (r.id === "eng" ? { ...r, connectors: { all: "blocked" as const } } : r)) })],
  ["a member removed from a group", (a) => ({ ...a, groups: a.groups.map((g) => (g.id === "g-eng" ? { ...g, members: g.members.filter((m) => m !== "ana") } : g)) })],
  ["a member added to a group", (a) => ({ ...a, groups: a.groups.map((g) => (g.id === "g-sup" ? { ...g, members: [...g.members, "ana", "fay"] } : g)) })],
  ["a member removed from the org", (a) => ({ ...a, members: a.members.filter((m) => m.id !== "bo") })],
  ["a member's built-in role changed", (a) => ({ ...a, members: a.members.map((m) => (m.id === "dee" ? { ...m, role: "custom" as const } : m)) })],
  ["a role assignment removed", (a) => ({ ...a, roleAssignments: a.roleAssignments.slice(1) })],
  ["an org capability switched off", (a) => ({ ...a, capabilities: { ...a.capabilities, chat: false } })],
  ["connector permissions switched off", (a) => ({ ...a, connectorPermissionsEnabled: false })],
  ["the tool policy changed", (a) => ({ ...a, toolPolicy: { jira: { level: "blocked" as const } } })],
  ["a connector's tools changed", (a) => ({ ...a, connectors: a.connectors.map((c) => (c.id === "jira" ? { ...c, tools: ["create"] } : c)) })],
  ["group mappings switched off", (a) => ({ ...a, groupMappings: { enabled: false, mappings: a.groupMappings?.mappings ?? [] } })],
  ["the provisioning mode changed", (a) => ({ ...a, provisioning: "scim" as const })],
  ["the seat plan changed", (a) => ({ ...a, seatPlan: "standard" as const })],
  ["spend limits changed", (a) => ({ ...a, spend: { multiGroup: "lowest" as const, groupLimits: [{ groupId: "g-sup", limit: 10 }] } })],
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
