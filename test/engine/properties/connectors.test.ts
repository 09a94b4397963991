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
  expectNoProblems,
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

const RUNS = 150;

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
        const problems: string[] = [];
        for (const memberId of memberIds(after)) {
          const access = resolveAccess(after, memberId);
          if (access.builtInRole !== "custom") continue;
          const roles = most(access.roles.map((held) => allConnectorsLevel(after, held.roleId)));
          for (const tool of change.connector.tools) {
            const expected = least(policyLevel(after, connectorId, tool), roles);
            const level = resolveToolLevel(after, memberId, connectorId, tool).level;
            if (level !== expected)
              problems.push(`${memberId} ${connectorId}/${tool} is ${level}, expected ${expected}`);
          }
        }
        expectNoProblems(problems);
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("a connector is in a member's menu iff at least one of its tools is not blocked (CON-10)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), (raw) => {
        const org = deepFreeze(raw);
        const problems: string[] = [];
        for (const memberId of [...memberIds(org), ...strangerIds(org)]) {
          const access = resolveAccess(org, memberId);
          const menu = new Set(access.menu);
          const seen = new Set<string>();
          for (const connector of org.connectors) {
            if (seen.has(connector.id)) continue;
            seen.add(connector.id);
            const open = connector.tools.some(
              (tool) => resolveToolLevel(org, memberId, connector.id, tool).level !== "blocked",
            );
            const inMenu = access.connectors.find((c) => c.connectorId === connector.id)?.inMenu;
            if (inMenu !== open || menu.has(connector.id) !== open) {
              problems.push(
                `${memberId} ${connector.id}: a tool is open: ${String(open)}, inMenu ${String(inMenu)}, menu ${access.menu.join(",")}`,
              );
            }
          }
          if (access.menu.some((id) => !seen.has(id)))
            problems.push(`${memberId}: menu ${access.menu.join(",")} names a connector not added`);
        }
        expectNoProblems(problems);
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
        const problems: string[] = [];
        for (const memberId of memberIds(off)) {
          const was = resolveAccess(off, memberId);
          const is = resolveAccess(on, memberId);
          const keeps = was.roles.length > 0 || was.builtInRole !== "custom";
          if (keeps && [...grantedIn(is)].sort().join("\n") !== [...grantedIn(was)].sort().join("\n")) {
            problems.push(
              `${memberId}: capabilities ${[...grantedIn(was)].join(",")} became ${[...grantedIn(is)].join(",")}`,
            );
          }
          for (const { connectorId, tool } of toolCells(off)) {
            const expected = keeps ? levelIn(was, connectorId, tool) : "blocked";
            const level = levelIn(is, connectorId, tool);
            if (level !== expected)
              problems.push(`${memberId} ${connectorId}/${tool} is ${String(level)}, expected ${String(expected)}`);
          }
        }
        expectNoProblems(problems);
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
