// Ids that contain separators: an engine that keys a cache or an index by joined ids
// (`${memberId}/${tool}`) answers one question with another's answer when "a" + "/" + "b/c" meets
// "a/b" + "/" + "c". Every kind of id is renamed onto one pool of such names, so that ids of
// different kinds join into the same strings, and every answer is checked against the model.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbOrg } from "../arbitraries.js";
import { checkEverything, newTally } from "../differential/agreement.js";
import { deepCopy, deepFreeze } from "../freeze.js";
import { ID_KINDS, renameOrg, renamingFor } from "./rename.js";
import type { IdKind } from "./rename.js";
import { runs } from "../runs.js";

const SEPARATORS = ["/", ".", ":", "|", ",", " ", "#", "-", "_", "\u0000", "\n", "\u001f", "→"];
const PARTS = ["a", "b", "ab"];

/** "a", "b", "ab", then every `x<sep>y` of the parts: names that join into each other. */
const POOL: readonly string[] = [
  ...PARTS,
  ...SEPARATORS.flatMap((s) => PARTS.flatMap((x) => PARTS.map((y) => `${x}${s}${y}`))),
];

function collidingName(_kind: IdKind, i: number): string {
  return POOL[i % POOL.length] + (i < POOL.length ? "" : `${Math.floor(i / POOL.length)}`);
}

describe("ids joined into one another", () => {
  it("engine and model agree on orgs whose ids of every kind are drawn from one pool of names with separators", () => {
    let comparisons = 0;
    fc.assert(
      fc.property(arbOrg(), fc.boolean(), (generated, frozen) => {
        const renamed = renameOrg(generated, renamingFor(generated, ID_KINDS, collidingName));
        const tally = newTally();
        checkEverything(frozen ? deepFreeze(deepCopy(renamed)) : renamed, tally);
        comparisons += tally.member;
      }),
      { numRuns: runs(150) },
    );
    expect(comparisons).toBeGreaterThan(0);
  });

  it("a connector `a/b` with tool `c` and a connector `a` with tool `b/c` keep their own levels, asked in either order", () => {
    for (const sep of SEPARATORS) {
      const org = deepFreeze({
        id: "o",
        billing: "usage" as const,
        seatPlan: "standard" as const,
        provisioning: "scim" as const,
        capabilities: { [`x${sep}y`]: true, y: true },
        connectorPermissionsEnabled: true,
        connectors: [
          { id: `a${sep}b`, name: "1", tools: ["c"] },
          { id: "a", name: "2", tools: [`b${sep}c`] },
        ],
        toolPolicy: Object.fromEntries([[`a${sep}b`, { level: "approval" as const }]]),
        roles: [{ id: "r", name: "r", capabilities: [`x${sep}y`], connectors: { all: "always" as const } }],
        groups: [{ id: "g", name: "g", source: "manual" as const, members: ["m"] }],
        roleAssignments: [{ groupId: "g", roleId: "r" }],
        members: [
          { id: "m", role: "custom" as const },
          { id: `m${sep}x`, role: "custom" as const },
        ],
      });
      checkEverything(org, newTally());
    }
  });
});
