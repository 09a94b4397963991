// The browser entry's resolveToolLevel and resolveCapability (src/scan/: scans, no index) against the
// engine's (src/engine/: the compiled index): the same decisions and explanations, word for word, on random orgs with
// ordinary and hostile ids. The engine agrees with the reference model (test/differential), so
// agreeing with the engine is agreeing with the model too.
import fc from "fast-check";
import { describe, expect, it, test } from "vitest";
import {
  hasCapability,
  parseOrg,
  resolveCapability,
  resolveToolLevel,
  type CustomRole,
  type Explained,
  type Org,
} from "../../src/index.js";
import {
  hasCapability as scanHasCapability,
  resolveCapability as scanCapability,
} from "../../src/scan/capabilities.js";
import { resolveToolLevel as scanToolLevel } from "../../src/scan/tools.js";
import { askedCapabilities, askedMemberIds, askedTools } from "../differential/agreement.js";
import { DIFFERENTIAL_RUNS, arbSubjectOrg } from "../differential/subjects.js";
import { ID_KINDS, hostileName, renameOrg, renamingFor } from "../hostile/rename.js";
import { guideOrg } from "../engine/fixtures.js";

/** What a caller can see of a decision: its fields, in order, and its explanation. `rules` is read first. */
function seen(decision: Explained) {
  const rules = decision.rules;
  return { keys: Object.keys(decision), frozen: Object.isFrozen(decision), rules, json: JSON.stringify(decision) };
}

/** Asks both about every asked id × capability, and × connector × tool, of the org; returns how many questions. */
function compareAll(org: Org): number {
  let asked = 0;
  for (const memberId of askedMemberIds(org)) {
    for (const capability of askedCapabilities(org)) {
      expect(seen(scanCapability(org, memberId, capability)), `resolveCapability(${memberId}, ${capability})`).toEqual(
        seen(resolveCapability(org, memberId, capability)),
      );
      asked++;
    }
    for (const { connectorId, tool } of askedTools(org)) {
      const scanned = seen(scanToolLevel(org, memberId, connectorId, tool));
      expect(scanned, `resolveToolLevel(${memberId}, ${connectorId}, ${tool})`).toEqual(
        seen(resolveToolLevel(org, memberId, connectorId, tool)),
      );
      asked++;
    }
  }
  return asked;
}

const guide = guideOrg();

/**
 * The guide's org varied so that every rule the scans apply decides some answer, whatever the random
 * orgs drew (mutation runs draw few): each is compared whole, and a few answers are pinned below.
 */
const VARIANTS: Readonly<Record<string, Org>> = {
  "connector permissions off (CON-6)": guideOrg({ connectorPermissionsEnabled: false }),
  "a dual-seat plan, with Chat, Chat + Claude Code and no seats (CAP-7)": guideOrg({
    seatPlan: "dual",
    members: guide.members.map((member, i) =>
      i % 3 === 0 ? member : { ...member, seat: i % 3 === 1 ? "chat" : "chat-code" },
    ),
  }),
  "an invite-only org, whose scim groups give no role (GRP-2)": guideOrg({ provisioning: "invite-only" }),
  "group mappings: two groups tied at the highest, one below them, a group mapped twice, one mapped to user, a Primary Owner in a mapped group (GRP-3)":
    guideOrg({
      groups: guide.groups.map((group) =>
        group.id === "g-eng" || group.id === "g-support"
          ? { ...group, members: [...group.members, group.id === "g-eng" ? "u-primary" : "u-mkt"] }
          : group,
      ),
      groupMappings: {
        enabled: true,
        mappings: [
          { groupId: "g-eng", role: "admin" },
          { groupId: "g-mkt", role: "user" },
          { groupId: "g-mkt", role: "admin" },
          { groupId: "g-support", role: "user" },
          { groupId: "g-cowork", role: "custom" },
        ],
      },
    }),
  "group mappings switched off (GRP-3)": guideOrg({
    groupMappings: { enabled: false, mappings: [{ groupId: "g-eng", role: "owner" }] },
  }),
  "two roles tied on every tool (CON-3)": guideOrg({
    roles: [...guide.roles, { ...(guide.roles[0] as CustomRole), id: "eng-copy", name: "Engineering copy" }],
    roleAssignments: [...guide.roleAssignments, { groupId: "g-eng", roleId: "eng-copy" }],
  }),
};

describe("the browser entry's resolveToolLevel and resolveCapability, by scans", () => {
  test.each(Object.entries(VARIANTS))(
    "GRP-1..4, CAP-1..7, CON-2..7: the scans give the engine's answers on the guide's org with %s",
    (_, variant) => {
      expect(compareAll(parseOrg(variant))).toBeGreaterThan(100);
    },
  );

  test("GRP-3: a mapping to user alone sets user; tied groups both set the role, a group below them does not; a Primary Owner keeps theirs", () => {
    const org = parseOrg(
      VARIANTS[
        "group mappings: two groups tied at the highest, one below them, a group mapped twice, one mapped to user, a Primary Owner in a mapped group (GRP-3)"
      ] as Org,
    );
    expect(scanToolLevel(org, "u-support", "jira", "search_issues").reasons[0]).toMatchObject({
      builtInRole: "user",
      groups: ["g-support"],
    });
    expect(scanCapability(org, "u-both", "chat").reasons[0]).toMatchObject({
      builtInRole: "admin",
      groups: ["g-eng", "g-mkt"],
    });
    expect(scanCapability(org, "u-mkt", "chat").reasons[0]).toMatchObject({ builtInRole: "admin", groups: ["g-mkt"] });
    expect(scanCapability(org, "u-primary", "chat").rules).toEqual(["CAP-2"]);
  });

  test("CON-3: of two roles tied, the first in org order is named", () => {
    const org = parseOrg(VARIANTS["two roles tied on every tool (CON-3)"] as Org);
    expect(scanToolLevel(org, "u-eng", "github", "create_pr").reasons.at(-1)).toMatchObject({
      roleId: "eng",
      rolesHeld: 2,
    });
  });

  test("CAP-7: a Chat seat never has Claude Code", () => {
    const org = parseOrg(VARIANTS["a dual-seat plan, with Chat, Chat + Claude Code and no seats (CAP-7)"] as Org);
    expect(scanCapability(org, "u-eng", "claude_code")).toMatchObject({ granted: false, rules: ["CAP-7"] });
  });

  it("CAP-1..7, CON-2..7, GRP-1..4: the scans give the engine's decision and explanation, word for word, for every member × capability and × connector × tool", () => {
    let asked = 0;
    fc.assert(
      fc.property(arbSubjectOrg(), (generated) => {
        asked += compareAll(parseOrg(generated));
      }),
      { numRuns: DIFFERENTIAL_RUNS },
    );
    expect(asked).toBeGreaterThan(DIFFERENTIAL_RUNS);
  });

  it("CAP-1..7, CON-2..7: the scans and the engine agree when every id is one that objects inherit (`__proto__`, `constructor`, ...)", () => {
    fc.assert(
      fc.property(arbSubjectOrg(), (generated) => {
        const org = parseOrg(generated);
        compareAll(parseOrg(renameOrg(org, renamingFor(org, ID_KINDS, hostileName))));
      }),
      { numRuns: Math.ceil(DIFFERENTIAL_RUNS / 3) },
    );
  });

  test("EXP-1: a decision's explanation is found when read, from the same facts", () => {
    const org = parseOrg(guideOrg());
    const decision = scanToolLevel(org, "u-support", "jira", "create_issue");
    expect(decision.reasons).toBe(decision.reasons);
    expect(decision.summary).toBe(resolveToolLevel(org, "u-support", "jira", "create_issue").summary);
  });

  test("CAP-4: hasCapability is resolveCapability by its former name, in the browser entry too", () => {
    const org = parseOrg(guideOrg());
    expect(seen(scanHasCapability(org, "u-eng", "claude_code"))).toEqual(
      seen(hasCapability(org, "u-eng", "claude_code")),
    );
    expect(scanHasCapability(org, "u-eng", "claude_code").granted).toBe(true);
  });

  test("GRP-3: group mappings switched on with no mapping listed change no built-in role", () => {
    const org = parseOrg(guideOrg({ groupMappings: { enabled: true } }));
    expect(compareAll(org)).toBeGreaterThan(0);
    expect(scanToolLevel(org, "u-admin", "jira", "create_issue").rules).toEqual(["CON-5", "CON-4"]);
  });

  test("GRP-1, IN-2: a group listing a member twice, and a role assigned twice to a group, count once", () => {
    const guide = guideOrg();
    const org = parseOrg({
      ...guide,
      groups: guide.groups.map((group) => ({ ...group, members: [...group.members, ...group.members] })),
      roleAssignments: [...guide.roleAssignments, ...guide.roleAssignments],
    });
    expect(compareAll(org)).toBeGreaterThan(0);
    expect(scanToolLevel(org, "u-both", "jira", "search_issues").reasons.at(-1)).toMatchObject({
      groups: ["g-eng"],
      rolesHeld: 2,
    });
  });

  test("IN-3: it refuses an org that did not come from parseOrg, valid or not", () => {
    const org = parseOrg(guideOrg());
    const refused = /org-rbac\/browser answers only orgs that parseOrg or applyChanges returned/;
    expect(() => scanToolLevel({ ...org }, "u-support", "jira", "create_issue")).toThrow(refused);
    expect(() => scanCapability(structuredClone(org), "u-eng", "chat")).toThrow(refused);
  });
});
