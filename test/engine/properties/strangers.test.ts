// CON-7, GRP-1: an id that is not a member of this org (a group member of a sibling org, a hostile
// id such as `__proto__`) has no access at all.
import fc from "fast-check";
import { describe, test } from "vitest";
import { resolveCapability, resolveAccess, resolveSpendLimit, resolveToolLevel } from "../../../src/index.js";
import { arbOrg } from "../../arbitraries.js";
import { capabilityIds, deepFreeze, expectNoProblems, runs, strangerIds, toolCells } from "./questions.js";

const RUNS = 150;

describe("unknown members (CON-7, GRP-1)", () => {
  test("an id that is not a member of the org, even one listed by a group, gets nothing: no capability, every tool blocked, an empty menu, the settings page and an unknown-member spend answer (CON-7, GRP-1)", () => {
    fc.assert(
      fc.property(arbOrg(), fc.string({ minLength: 1, maxLength: 6 }), (raw, extra) => {
        const org = deepFreeze(raw);
        const strangers = strangerIds(org);
        if (!org.members.some((member) => member.id === extra)) strangers.push(extra);
        const problems: string[] = [];
        for (const memberId of strangers) {
          const say = (what: string): void => void problems.push(`${JSON.stringify(memberId)}: ${what}`);
          const access = resolveAccess(org, memberId);
          if (access.known || access.builtInRole !== null || access.storedRole !== null || access.seat !== null)
            say("is known");
          if (access.governedByCustomRoles || access.roles.length > 0 || access.groups.length > 0)
            say("has groups or roles");
          if (access.menu.length > 0) say(`has a menu ${access.menu.join(",")}`);
          if (access.landingPage.page !== "settings") say("lands on chat");
          if (!access.rules.includes("CON-7")) say(`CON-7 not cited: ${access.summary}`);
          for (const decision of access.capabilities) if (decision.granted) say(`has ${decision.capability}`);
          for (const capability of capabilityIds(org))
            if (resolveCapability(org, memberId, capability).granted) say(`has ${capability}`);
          for (const connector of access.connectors) {
            if (connector.inMenu || connector.tools.some((t) => t.level !== "blocked"))
              say(`has ${connector.connectorId} open`);
          }
          for (const { connectorId, tool } of toolCells(org)) {
            const level = resolveToolLevel(org, memberId, connectorId, tool).level;
            if (level !== "blocked") say(`${connectorId}/${tool} is ${level}`);
          }
          const spend = resolveSpendLimit(org, memberId);
          if (
            spend.status !== "unknown-member" ||
            spend.limit !== null ||
            spend.source !== null ||
            spend.groupId !== null
          ) {
            say(`spend ${spend.status} ${String(spend.limit)}`);
          }
        }
        expectNoProblems(problems);
      }),
      { numRuns: runs(RUNS) },
    );
  });
});
