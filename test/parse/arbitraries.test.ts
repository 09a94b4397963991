// test/arbitraries.ts is itself tested: its orgs are valid for parseOrg while fast-check shrinks
// them, and they hold every feature that the engine's property tests rely on.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParseOrg, type Org } from "../../src/index.js";
import {
  HOSTILE_IDS,
  arbConnector,
  arbCustomRole,
  arbGroup,
  arbMember,
  arbOrg,
  arbSpendSettings,
  arbToolPolicy,
} from "../arbitraries.js";
import { runs } from "../runs.js";

const base = {
  id: "o",
  billing: "usage",
  seatPlan: "dual",
  provisioning: "scim",
  capabilities: {},
  connectorPermissionsEnabled: true,
  connectors: [],
  roles: [],
  groups: [],
  roleAssignments: [],
  members: [],
};

describe("test/arbitraries.ts", () => {
  it("every org tried while shrinking a failure is still valid", () => {
    const tried: Org[] = [];
    const details = fc.check(
      fc.property(arbOrg(), (org) => {
        tried.push(org);
        return org.members.length + org.roles.length + org.groups.length + org.connectors.length < 6;
      }),
      // This test is about shrinking: it shrinks even where a global setting stops at the failure.
      { numRuns: runs(200), seed: 20240501, endOnFailure: false },
    );
    expect(details.failed).toBe(true);
    expect(tried.length).toBeGreaterThan(50);
    for (const org of tried) expect(safeParseOrg(org).ok).toBe(true);
  });

  it("the per-type arbitraries give valid parts", () => {
    fc.assert(
      fc.property(
        arbCustomRole(),
        arbGroup(),
        arbMember(),
        arbConnector(),
        arbToolPolicy(),
        arbSpendSettings(),
        (role, group, member, connector, toolPolicy, spend) => {
          const doc = {
            ...base,
            roles: [role],
            groups: [group],
            members: [member],
            connectors: [connector],
            toolPolicy,
            spend,
          };
          const result = safeParseOrg(doc);
          if (!result.ok) throw new Error(result.error.message);
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it("the orgs hold what engine tests need: hostile ids of every kind, dangling references, Custom rows, every mode", () => {
    const orgs = fc.sample(arbOrg(), { numRuns: runs(300), seed: 7 });
    const hostile = (ids: readonly string[]) => ids.some((id) => HOSTILE_IDS.includes(id));
    const some = (test: (org: Org) => boolean) => orgs.some(test);
    const facts = {
      hostileMember: some((o) => hostile(o.members.map((m) => m.id))),
      hostileGroup: some((o) => hostile(o.groups.map((g) => g.id))),
      hostileRole: some((o) => hostile(o.roles.map((r) => r.id))),
      hostileConnector: some((o) => hostile(o.connectors.map((c) => c.id))),
      hostileTool: some((o) => hostile(o.connectors.flatMap((c) => c.tools))),
      hostileCapability: some((o) => hostile(Object.keys(o.capabilities))),
      nonMemberInGroup: some((o) => o.groups.some((g) => g.members.some((id) => !o.members.some((m) => m.id === id)))),
      memberInGroup: some((o) => o.groups.some((g) => g.members.some((id) => o.members.some((m) => m.id === id)))),
      danglingAssignment: some((o) =>
        o.roleAssignments.some(
          (a) => !o.groups.some((g) => g.id === a.groupId) || !o.roles.some((r) => r.id === a.roleId),
        ),
      ),
      liveAssignment: some((o) =>
        o.roleAssignments.some(
          (a) => o.groups.some((g) => g.id === a.groupId) && o.roles.some((r) => r.id === a.roleId),
        ),
      ),
      allConnectorsCustom: some((o) => o.roles.some((r) => typeof r.connectors.all === "object")),
      customRowForAddedConnector: some((o) =>
        o.roles.some((r) =>
          Object.entries(r.connectors.byConnector ?? {}).some(
            ([id, row]) => typeof row === "object" && o.connectors.some((c) => c.id === id && c.tools.length > 0),
          ),
        ),
      ),
      rowForConnectorNotAdded: some((o) =>
        o.roles.some((r) =>
          Object.keys(r.connectors.byConnector ?? {}).some((id) => !o.connectors.some((c) => c.id === id)),
        ),
      ),
      policyToolOverride: some((o) =>
        Object.values(o.toolPolicy ?? {}).some((e) => Object.keys(e.tools ?? {}).length > 0),
      ),
      policyForUnknownConnector: some((o) =>
        Object.keys(o.toolPolicy ?? {}).some((id) => !o.connectors.some((c) => c.id === id)),
      ),
      mappingsOn: some((o) => o.groupMappings?.enabled === true && (o.groupMappings.mappings?.length ?? 0) > 0),
      mappingsOff: some((o) => o.groupMappings?.enabled === false),
      dualPlan: some((o) => o.seatPlan === "dual"),
      standardPlan: some((o) => o.seatPlan === "standard"),
      memberWithoutSeat: some((o) => o.members.some((m) => m.seat === undefined)),
      memberWithSpendLimit: some((o) => o.members.some((m) => m.spendLimit !== undefined)),
      usageBilling: some((o) => o.billing === "usage"),
      seatBilling: some((o) => o.billing === "seat"),
      groupLimits: some((o) => (o.spend?.groupLimits ?? []).length > 1),
      everyProvisioning: ["invite-only", "jit", "scim"].every((p) => some((o) => o.provisioning === p)),
      bothSources: ["manual", "scim"].every((s) => some((o) => o.groups.some((g) => g.source === s))),
      unknownCapability: some((o) =>
        o.roles.some((r) =>
          r.capabilities.some(
            (c) =>
              ![
                "chat",
                "projects",
                "memory",
                "web_search",
                "code_execution",
                "cowork",
                "claude_code",
                "fast_mode",
              ].includes(c),
          ),
        ),
      ),
      eightMembers: some((o) => o.members.length === 8),
      noMembers: some((o) => o.members.length === 0),
    };
    expect(Object.entries(facts).filter(([, held]) => !held)).toEqual([]);
  });
});
