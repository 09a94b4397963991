// CON-8 and CON-9: enabling connector permissions and creating a role, against the model, and the
// enablement invariant stated on the engine's own answers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  enableConnectorPermissions,
  newCustomRole,
  parseOrg,
  resolveCapability,
  resolveToolLevel,
} from "../../src/index.js";
import type { Org } from "../../src/index.js";
import { unfrozenPaths } from "../freeze.js";
import { modelEnableConnectorPermissions, modelNewCustomRole } from "../model/admin.js";
import { modelBuiltInRole, modelHeldRoles } from "../model/members.js";
import { askedCapabilities, askedMemberIds, askedTools, checkEverything, newTally } from "./agreement.js";
import { DIFFERENTIAL_RUNS, arbSubjectOrg } from "./subjects.js";

describe("differential: enabling connector permissions", () => {
  it("CON-8: enablement seeds every role with All connectors = always, changes no access of a member who holds a role or is not set to Custom roles, and blocks every tool of a Custom-roles member with no role", () => {
    let orgs = 0;
    let losers = 0;
    fc.assert(
      fc.property(arbSubjectOrg(), (generated) => {
        const before: Org = parseOrg(
          generated.connectorPermissionsEnabled ? { ...generated, connectorPermissionsEnabled: false } : generated,
        );
        const after = enableConnectorPermissions(before);
        expect(after).toEqual(modelEnableConnectorPermissions(before));
        expect(unfrozenPaths(after)).toEqual([]);
        expect(enableConnectorPermissions(after)).toEqual(after); // enabling an enabled org changes nothing
        const tools = askedTools(before);
        const changed: string[] = [];
        for (const memberId of askedMemberIds(before)) {
          const keeps = modelBuiltInRole(before, memberId) !== "custom" || modelHeldRoles(before, memberId).length > 0;
          if (!keeps) losers++;
          for (const { connectorId, tool } of tools) {
            const was = resolveToolLevel(before, memberId, connectorId, tool).level;
            const is = resolveToolLevel(after, memberId, connectorId, tool).level;
            if (is !== (keeps ? was : "blocked")) changed.push(`${memberId} ${connectorId}/${tool}: ${was} -> ${is}`);
          }
          for (const capability of askedCapabilities(before)) {
            if (
              resolveCapability(after, memberId, capability).granted !==
              resolveCapability(before, memberId, capability).granted
            )
              changed.push(`${memberId} ${capability}`);
          }
        }
        expect(changed).toEqual([]);
        checkEverything(after, newTally());
        orgs++;
      }),
      { numRuns: DIFFERENTIAL_RUNS },
    );
    expect(orgs).toBe(DIFFERENTIAL_RUNS);
    expect(losers).toBeGreaterThan(0); // Custom-roles members with no role do occur
  });

  it("CON-9: a new role has chat on, every other capability off, and All connectors = Needs approval, whatever its id", () => {
    for (const id of ["mkt", "__proto__", "constructor", "👩‍💻"]) {
      const role = newCustomRole(id, "Marketing");
      expect(role).toEqual(modelNewCustomRole(id, "Marketing"));
      expect(unfrozenPaths(role)).toEqual([]);
    }
  });
});
