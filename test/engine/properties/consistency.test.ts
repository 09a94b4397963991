// One answer per question: the whole access, the hot-path functions and a second asking agree, and
// every answer is deeply frozen and explained with rule ids of SPEC.md (IN-3, EXP-1).
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  capabilityUiState,
  enableConnectorPermissions,
  findCrossRoleConflicts,
  parseOrg,
  resolveCapability,
  resolveAccess,
  resolveClaudeCodeToolLevel,
  resolveSpendLimit,
  resolveToolLevel,
  toolUiState,
  type Org,
} from "../../../src/index.js";
import { arbOrg } from "../../arbitraries.js";
import {
  capabilityIds,
  deepFreeze,
  expectNoProblems,
  isDeeplyFrozen,
  memberIds,
  runs,
  SPEC_RULE_IDS,
  strangerIds,
  toolCells,
} from "./questions.js";

const RUNS = 150;
// Every answer is asked three times, explanations read and serialized: fewer runs for the same time.
const DETERMINISM_RUNS = 60;

/** A value as plain JSON, decisions' explanations included (they serialize whole), to compare. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** Every answer the library gives about an org, for one sweep of checks. */
function everyAnswer(org: Org): unknown[] {
  const answers: unknown[] = [];
  const cells = toolCells(org);
  for (const memberId of [...memberIds(org), ...strangerIds(org)]) {
    answers.push(resolveAccess(org, memberId), resolveSpendLimit(org, memberId));
    for (const capability of capabilityIds(org)) {
      const decision = resolveCapability(org, memberId, capability);
      answers.push(decision, capabilityUiState(decision));
    }
    for (const { connectorId, tool } of cells) {
      const decision = resolveToolLevel(org, memberId, connectorId, tool);
      answers.push(decision, toolUiState(decision));
    }
    answers.push(resolveToolLevel(org, memberId, "no such connector", "tool"));
  }
  for (const roleId of [...org.roles.map((role) => role.id), "no such role"])
    answers.push(findCrossRoleConflicts(org, roleId));
  for (const { connectorId, tool } of cells) answers.push(resolveClaudeCodeToolLevel(org, connectorId, tool, "always"));
  answers.push(resolveClaudeCodeToolLevel(org, "no such connector", "tool", "approval"));
  return answers;
}

/** Every explained decision (an object with `rules`, `reasons` and `summary`) inside a value. */
function explainedIn(
  value: unknown,
  found: { rules: unknown; reasons: unknown; summary: unknown }[] = [],
): typeof found {
  if (typeof value !== "object" || value === null) return found;
  if ("rules" in value && "reasons" in value && "summary" in value) found.push(value);
  for (const key of Object.keys(value)) explainedIn((value as Record<string, unknown>)[key], found);
  return found;
}

describe("consistency (IN-3, EXP-1)", () => {
  test("resolveToolLevel and resolveCapability give exactly the decisions of resolveAccess, for every member × connector × tool and capability (CON-2..7, CAP-1..7)", () => {
    fc.assert(
      fc.property(arbOrg(), (raw) => {
        const org = deepFreeze(raw);
        const problems: string[] = [];
        const cells = toolCells(org).map((cell) => `${cell.connectorId}/${cell.tool}`);
        const capabilities = [...capabilityIds(org)].sort();
        for (const memberId of [...memberIds(org), ...strangerIds(org)]) {
          const say = (what: string): void => void problems.push(`${JSON.stringify(memberId)}: ${what}`);
          const access = resolveAccess(org, memberId);
          for (const connector of access.connectors) {
            for (const decision of connector.tools) {
              if (
                !isDeepStrictEqual(
                  plain(resolveToolLevel(org, memberId, connector.connectorId, decision.tool)),
                  plain(decision),
                )
              ) {
                say(`resolveToolLevel disagrees on ${connector.connectorId}/${decision.tool}`);
              }
            }
          }
          const listed = access.connectors.flatMap((c) => c.tools.map((t) => `${c.connectorId}/${t.tool}`));
          if (listed.join("\n") !== cells.join("\n")) say(`tools ${listed.join(",")}, expected ${cells.join(",")}`);
          for (const decision of access.capabilities) {
            if (!isDeepStrictEqual(plain(resolveCapability(org, memberId, decision.capability)), plain(decision)))
              say(`resolveCapability disagrees on ${decision.capability}`);
          }
          const asked = access.capabilities.map((d) => d.capability).sort();
          if (asked.join("\n") !== capabilities.join("\n"))
            say(`capabilities ${asked.join(",")}, expected ${capabilities.join(",")}`);
          const chat = access.capabilities.find((d) => d.capability === "chat");
          if (access.landingPage.page !== (chat?.granted === true ? "chat" : "settings"))
            say(`lands on ${access.landingPage.page}`);
        }
        expectNoProblems(problems);
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("a tool of a connector the org has not added, or a tool its connector does not list, is blocked for every member (CON-7)", () => {
    fc.assert(
      fc.property(arbOrg(), fc.string({ minLength: 1, maxLength: 5 }), (raw, name) => {
        const org = deepFreeze(raw);
        const added = new Set(org.connectors.map((c) => c.id));
        const problems: string[] = [];
        for (const memberId of memberIds(org)) {
          if (!added.has(name) && resolveToolLevel(org, memberId, name, "search").level !== "blocked")
            problems.push(`${memberId}: ${name}/search is open`);
          for (const connector of org.connectors) {
            if (connector.tools.includes(name)) continue;
            const level = resolveToolLevel(org, memberId, connector.id, name).level;
            if (level !== "blocked") problems.push(`${memberId}: ${connector.id}/${name} is ${level}`);
          }
        }
        expectNoProblems(problems);
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("asking twice, asking about an equal org parsed afresh (compiled again) or about an equal org that is not frozen (compiled on every question) gives deep-equal answers and explanations (EXP-1)", () => {
    fc.assert(
      fc.property(arbOrg(), (raw) => {
        const copy = structuredClone(raw);
        const org = deepFreeze(raw);
        const first = plain(everyAnswer(org));
        expect(plain(everyAnswer(org))).toEqual(first);
        expect(plain(everyAnswer(parseOrg(copy)))).toEqual(first);
        expect(plain(everyAnswer(copy))).toEqual(first);
        expect(Object.isFrozen(copy)).toBe(false);
      }),
      { numRuns: runs(DETERMINISM_RUNS) },
    );
  });

  test("every answer is deeply frozen, every reason cites a rule id of SPEC.md, rules lists exactly the reasons' rules and the summary mentions each (IN-3, EXP-1)", () => {
    fc.assert(
      fc.property(arbOrg(), (raw) => {
        const org = deepFreeze(raw);
        const answers = [...everyAnswer(org), enableConnectorPermissions(org)];
        // Problems are collected in plain code and asserted once: an expect per reason is slow.
        const problems: string[] = [];
        for (const answer of answers)
          if (!isDeeplyFrozen(answer)) problems.push(`not deeply frozen: ${JSON.stringify(answer)}`);
        for (const explained of explainedIn(answers)) {
          const rules = explained.rules as readonly string[];
          const reasons = explained.reasons as readonly { rule: string; message: string }[];
          const summary = explained.summary as string;
          if (reasons.length === 0) problems.push(`no reason: ${summary}`);
          if (new Set(rules).size !== rules.length) problems.push(`a rule listed twice: ${rules.join(" ")}`);
          const cited = new Set(reasons.map((r) => r.rule));
          if (cited.size !== rules.length || rules.some((rule) => !cited.has(rule))) {
            problems.push(`rules ${rules.join(" ")} are not the reasons' ${[...cited].join(" ")}`);
          }
          for (const rule of cited) {
            if (!SPEC_RULE_IDS.has(rule)) problems.push(`${rule} is not a rule of SPEC.md: ${summary}`);
            if (!summary.includes(`(${rule})`)) problems.push(`summary does not mention ${rule}: ${summary}`);
          }
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: runs(RUNS) },
    );
  });
});
