// One answer per question: the whole access, the hot-path functions and a second asking agree, and
// every answer is deeply frozen and explained with rule ids of SPEC.md (IN-3, EXP-1).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  enableConnectorPermissions,
  findCrossRoleConflicts,
  hasCapability,
  resolveAccess,
  resolveClaudeCodeToolLevel,
  resolveSpendLimit,
  resolveToolLevel,
  type Org,
} from "../../../src/index.js";
import { arbOrg } from "../../arbitraries.js";
import { capabilityIds, deepFreeze, isDeeplyFrozen, memberIds, SPEC_RULE_IDS, strangerIds, toolCells, runs } from "./questions.js";

const RUNS = 80;

/** Every answer the library gives about an org, for one sweep of checks. */
function everyAnswer(org: Org): unknown[] {
  const answers: unknown[] = [];
  const cells = toolCells(org);
  for (const memberId of [...memberIds(org), ...strangerIds(org)]) {
    answers.push(resolveAccess(org, memberId), resolveSpendLimit(org, memberId));
    for (const capability of capabilityIds(org)) answers.push(hasCapability(org, memberId, capability));
    for (const { connectorId, tool } of cells) answers.push(resolveToolLevel(org, memberId, connectorId, tool));
    answers.push(resolveToolLevel(org, memberId, "no such connector", "tool"));
  }
  for (const roleId of [...org.roles.map((role) => role.id), "no such role"]) answers.push(findCrossRoleConflicts(org, roleId));
  for (const { connectorId, tool } of cells) answers.push(resolveClaudeCodeToolLevel(org, connectorId, tool, "always"));
  answers.push(resolveClaudeCodeToolLevel(org, "no such connector", "tool", "approval"));
  return answers;
}

/** Every explained decision (an object with `rules`, `reasons` and `summary`) inside a value. */
function explainedIn(value: unknown, found: { rules: unknown; reasons: unknown; summary: unknown }[] = []): typeof found {
  if (typeof value !== "object" || value === null) return found;
  if ("rules" in value && "reasons" in value && "summary" in value) found.push(value);
  for (const key of Object.keys(value)) explainedIn((value as Record<string, unknown>)[key], found);
  return found;
}

describe("consistency (IN-3, EXP-1)", () => {
  test("resolveToolLevel and hasCapability give exactly the decisions of resolveAccess, for every member × connector × tool and capability (CON-2..7, CAP-1..7)", () => {
    fc.assert(
      fc.property(arbOrg(), (raw) => {
        const org = deepFreeze(raw);
        for (const memberId of [...memberIds(org), ...strangerIds(org)]) {
          const access = resolveAccess(org, memberId);
          for (const connector of access.connectors) {
            for (const decision of connector.tools) {
              expect(resolveToolLevel(org, memberId, connector.connectorId, decision.tool)).toEqual(decision);
            }
          }
          expect(access.connectors.flatMap((c) => c.tools.map((t) => [c.connectorId, t.tool]))).toEqual(
            toolCells(org).map((cell) => [cell.connectorId, cell.tool]),
          );
          for (const decision of access.capabilities) expect(hasCapability(org, memberId, decision.capability)).toEqual(decision);
          expect(new Set(access.capabilities.map((d) => d.capability))).toEqual(new Set(capabilityIds(org)));
          const chat = access.capabilities.find((d) => d.capability === "chat");
          expect(access.landingPage.page).toBe(chat?.granted === true ? "chat" : "settings");
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("a tool of a connector the org has not added, or a tool its connector does not list, is blocked for every member (CON-7)", () => {
    fc.assert(
      fc.property(arbOrg(), fc.string({ minLength: 1, maxLength: 5 }), (raw, name) => {
        const org = deepFreeze(raw);
        const added = new Set(org.connectors.map((c) => c.id));
        for (const memberId of memberIds(org)) {
          if (!added.has(name)) expect(resolveToolLevel(org, memberId, name, "search").level).toBe("blocked");
          for (const connector of org.connectors) {
            if (!connector.tools.includes(name)) expect(resolveToolLevel(org, memberId, connector.id, name).level).toBe("blocked");
          }
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("asking twice, or asking about an equal org that is not frozen (not cached), gives deep-equal answers and explanations (EXP-1)", () => {
    fc.assert(
      fc.property(arbOrg(), (raw) => {
        const copy = structuredClone(raw);
        const org = deepFreeze(raw);
        const first = everyAnswer(org);
        expect(everyAnswer(org)).toEqual(first);
        expect(everyAnswer(copy)).toEqual(first);
        expect(Object.isFrozen(copy)).toBe(false);
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("every answer is deeply frozen, every reason cites a rule id of SPEC.md, rules lists exactly the reasons' rules and the summary mentions each (IN-3, EXP-1)", () => {
    fc.assert(
      fc.property(arbOrg(), (raw) => {
        const org = deepFreeze(raw);
        const answers = [...everyAnswer(org), enableConnectorPermissions(org)];
        for (const answer of answers) expect(isDeeplyFrozen(answer)).toBe(true);
        for (const explained of explainedIn(answers)) {
          const rules = explained.rules as readonly string[];
          const reasons = explained.reasons as readonly { rule: string; says: string }[];
          const summary = explained.summary as string;
          expect(reasons.length).toBeGreaterThan(0);
          for (const rule of rules) {
            expect(SPEC_RULE_IDS.has(rule), rule).toBe(true);
            expect(summary, summary).toContain(`(${rule})`);
          }
          expect(new Set(rules)).toEqual(new Set(reasons.map((r) => r.rule)));
          expect(new Set(rules).size).toBe(rules.length);
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });
});
