// Connector rules as invariants: the All connectors fallback for connectors added later (CON-2),
// the connector menu (CON-10) and enabling connector permissions (CON-8).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  enableConnectorPermissions,
  resolveAccess,
  resolveToolLevel,
  type Level,
  type Org,
} from "../../../src/index.js";
import { arbConnector, arbOrg, arbToolPolicyEntry } from "../../arbitraries.js";
import { addConnector, arbAddConnector, arbRichOrg } from "../mutations.js";
import {
  deepFreeze,
  grantedIn,
  isDeeplyFrozen,
  least,
  levelIn,
  memberIds,
  most,
  policyLevel,
  strangerIds,
  toolCells,
  runs,
} from "./questions.js";

const RUNS = 120;

/** A role's All connectors row as a level: Custom there blocks every connector without a row (CON-2). */
function allConnectorsLevel(org: Org, roleId: string): Level {
  const all = org.roles.find((role) => role.id === roleId)?.connectors.all;
  return typeof all === "string" ? all : "blocked";
}

describe("connectors (CON-2, CON-8, CON-10)", () => {
  test("a connector added later gives each Custom-roles member the most permissive All connectors level of their roles, capped by the policy, and blocked when every such row is Custom (CON-2, CON-3, CON-4)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), arbAddConnector(arbConnector(), arbToolPolicyEntry()), (raw, change) => {
        const before = deepFreeze({ ...raw, connectorPermissionsEnabled: true });
        const { org, connectorId } = addConnector(before, change);
        const after = deepFreeze(org);
        for (const memberId of memberIds(after)) {
          const access = resolveAccess(after, memberId);
          if (access.builtInRole !== "custom") continue;
          const roles = most(access.roles.map((held) => allConnectorsLevel(after, held.roleId)));
          for (const tool of change.connector.tools) {
            const expected = least(policyLevel(after, connectorId, tool), roles);
            expect(resolveToolLevel(after, memberId, connectorId, tool).level, `${memberId} ${connectorId}/${tool}`).toBe(expected);
          }
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("a connector is in a member's menu iff at least one of its tools is not blocked (CON-10)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), (raw) => {
        const org = deepFreeze(raw);
        for (const memberId of [...memberIds(org), ...strangerIds(org)]) {
          const access = resolveAccess(org, memberId);
          const seen = new Set<string>();
          const expected: string[] = [];
          for (const connector of org.connectors) {
            if (seen.has(connector.id)) continue;
            seen.add(connector.id);
            const open = connector.tools.some((tool) => resolveToolLevel(org, memberId, connector.id, tool).level !== "blocked");
            expect(access.connectors.find((c) => c.connectorId === connector.id)?.inMenu).toBe(open);
            if (open) expected.push(connector.id);
          }
          expect([...access.menu].sort()).toEqual(expected.sort());
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("enabling connector permissions changes no capability or tool level of a member who holds a role or is not set to Custom roles, and a Custom-roles member with no role loses every tool (CON-8)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), (raw) => {
        const off = deepFreeze({ ...raw, connectorPermissionsEnabled: false });
        const on = enableConnectorPermissions(off);
        expect(on.connectorPermissionsEnabled).toBe(true);
        expect(isDeeplyFrozen(on)).toBe(true);
        for (const memberId of memberIds(off)) {
          const was = resolveAccess(off, memberId);
          const is = resolveAccess(on, memberId);
          if (was.roles.length > 0 || was.builtInRole !== "custom") {
            expect([...grantedIn(is)].sort(), memberId).toEqual([...grantedIn(was)].sort());
            for (const { connectorId, tool } of toolCells(off)) {
              expect(levelIn(is, connectorId, tool), `${memberId} ${connectorId}/${tool}`).toBe(levelIn(was, connectorId, tool));
            }
          } else {
            for (const { connectorId, tool } of toolCells(off)) expect(levelIn(is, connectorId, tool)).toBe("blocked");
          }
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("enabling connector permissions twice is enabling them once, and enabling an enabled org changes nothing (CON-8)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), (raw) => {
        const org = deepFreeze(raw);
        const once = enableConnectorPermissions(org);
        expect(enableConnectorPermissions(once)).toEqual(once);
        if (org.connectorPermissionsEnabled) expect(once).toEqual(org);
        else expect(once.roles.map((role) => role.connectors)).toEqual(org.roles.map(() => ({ all: "always" })));
      }),
      { numRuns: runs(RUNS) },
    );
  });
});
