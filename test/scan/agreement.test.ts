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

describe("the browser entry's resolveToolLevel and resolveCapability, by scans", () => {
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
