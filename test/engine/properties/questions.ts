// The questions every property asks of an org, in one place: which member ids and which
// member × connector × tool cells to ask about, the org-wide policy level of a tool read straight
// from the JSON (an oracle independent of the engine's index), and each member's answers in a form
// that ignores order, so that two orgs can be compared answer by answer.
import { expect } from "vitest";
import {
  KNOWN_CAPABILITIES,
  findCrossRoleConflicts,
  resolveAccess,
  resolveSpendLimit,
  type Level,
  type MemberAccess,
  type Org,
} from "../../../src/index.js";
import { HOSTILE_IDS } from "../../arbitraries.js";

export { deepFreeze, isDeeplyFrozen } from "../../freeze.js";

/** Every rule id of SPEC.md, copied from its headings (`- CAP-1 ...`): the ids a reason may cite. */
export const SPEC_RULE_IDS: ReadonlySet<string> = new Set([
  "IN-1",
  "IN-2",
  "IN-3",
  "CAP-1",
  "CAP-2",
  "CAP-3",
  "CAP-4",
  "CAP-5",
  "CAP-6",
  "CAP-7",
  "CAP-8",
  "CAP-9",
  "CAP-10",
  "GRP-1",
  "GRP-2",
  "GRP-3",
  "GRP-4",
  "CON-1",
  "CON-2",
  "CON-3",
  "CON-4",
  "CON-5",
  "CON-6",
  "CON-7",
  "CON-8",
  "CON-9",
  "CON-10",
  "CON-11",
  "CON-12",
  "CON-13",
  "SPD-1",
  "SPD-2",
  "SPD-3",
  "SPD-4",
  "SPD-5",
  "EXP-1",
]);

/** Ids asked about as strangers when the org does not hold them: the hostile ids, and one plain id. */
const STRANGER_IDS: readonly string[] = [...HOSTILE_IDS, "nobody"];

// The levels and rows of CON-1, CON-2 and CON-4 come from the one oracle, the reference model.
export { modelMin as least, modelMost as most, modelRank as rank } from "../../model/level.js";
export { modelPolicyLevel as policyLevel, modelRoleToolLevel as roleLevel } from "../../model/tools.js";

/** The ids of the org's members, in org order. */
export function memberIds(org: Org): string[] {
  return org.members.map((member) => member.id);
}

/**
 * Ids that are not members of the org (CON-7): group members of sibling orgs (GRP-1), and a few
 * hostile ids (`__proto__`, `constructor`, ...) when the org does not hold them.
 */
export function strangerIds(org: Org): string[] {
  const members = new Set(memberIds(org));
  const strangers = new Set<string>();
  for (const group of org.groups) for (const id of group.members) if (!members.has(id)) strangers.add(id);
  for (const id of STRANGER_IDS) if (!members.has(id)) strangers.add(id);
  return [...strangers];
}

/** One question of a tool level: a connector the org has added and one of its tools. */
export interface ToolCell {
  readonly connectorId: string;
  readonly tool: string;
}

/** Every tool of every connector the org has added, in org order, each once. */
export function toolCells(org: Org): ToolCell[] {
  const cells: ToolCell[] = [];
  const seen = new Set<string>();
  for (const connector of org.connectors) {
    if (seen.has(connector.id)) continue;
    seen.add(connector.id);
    for (const tool of new Set(connector.tools)) cells.push({ connectorId: connector.id, tool });
  }
  return cells;
}

/** Every capability the org switches, its roles name, or the product knows (`KNOWN_CAPABILITIES`), each once. */
export function capabilityIds(org: Org): string[] {
  const ids = new Set<string>(KNOWN_CAPABILITIES);
  for (const id of Object.keys(org.capabilities)) ids.add(id);
  for (const role of org.roles) for (const id of role.capabilities) ids.add(id);
  return [...ids];
}

/** Whether a capability is switched on at org level (CAP-1: only an own `true` switch is on). */
export function orgEnables(org: Org, capability: string): boolean {
  return Object.hasOwn(org.capabilities, capability) && org.capabilities[capability] === true;
}

/** The level of a tool in a resolved access, or `undefined` when the access has no such tool. */
export function levelIn(access: MemberAccess, connectorId: string, tool: string): Level | undefined {
  const connector = access.connectors.find((c) => c.connectorId === connectorId);
  return connector?.tools.find((t) => t.tool === tool)?.level;
}

/** The granted capabilities of a resolved access. */
export function grantedIn(access: MemberAccess): Set<string> {
  return new Set(access.capabilities.filter((decision) => decision.granted).map((decision) => decision.capability));
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const sorted = (items: Iterable<string>): string[] => [...items].sort(byText);

/**
 * A member's answers, with every list that the rules do not order turned into a sorted list, so that
 * deep equality means "the same answers" (explanations left out: they name the first of equals).
 */
export interface MemberAnswers {
  readonly known: boolean;
  readonly builtInRole: string | null;
  readonly seat: string | null;
  readonly governed: boolean;
  readonly roles: readonly string[];
  readonly groups: readonly string[];
  readonly mappedVia: readonly string[];
  readonly granted: readonly string[];
  readonly asked: readonly string[];
  readonly landing: string;
  readonly tools: readonly string[];
  readonly menu: readonly string[];
  readonly spend: { readonly status: string; readonly limit: number | null; readonly source: string | null };
}

/** A member's answers (see {@link MemberAnswers}); `withSpendGroup` also compares the spend group. */
export function answersOf(
  org: Org,
  memberId: string,
  options: { withSpendGroup?: boolean } = {},
): MemberAnswers & { spendGroup?: string | null } {
  const access = resolveAccess(org, memberId);
  const spend = resolveSpendLimit(org, memberId);
  return {
    known: access.known,
    builtInRole: access.builtInRole,
    seat: access.seat,
    governed: access.governedByCustomRoles,
    roles: sorted(access.roles.map((held) => `${held.roleId} via ${sorted(held.via).join(",")}`)),
    groups: sorted(access.groups.map((group) => `${group.groupId} ${String(group.countsForRoles)}`)),
    mappedVia: sorted(access.mappedVia),
    granted: sorted(grantedIn(access)),
    asked: sorted(access.capabilities.map((decision) => decision.capability)),
    landing: access.landingPage.page,
    tools: sorted(
      access.connectors.flatMap((c) => c.tools.map((t) => JSON.stringify([c.connectorId, t.tool, t.level]))),
    ),
    menu: sorted(access.menu),
    spend: { status: spend.status, limit: spend.limit, source: spend.source },
    ...(options.withSpendGroup === true ? { spendGroup: spend.groupId } : {}),
  };
}

/** The cross-role conflict answers of every role on every connector, order left out. */
export function conflictAnswersOf(org: Org): string[] {
  const answers: string[] = [];
  const roleIds = new Set(org.roles.map((role) => role.id));
  for (const roleId of roleIds) {
    for (const row of findCrossRoleConflicts(org, roleId).connectors) {
      const viewOf = (conflicts: readonly { roleId: string }[], applying: Readonly<Record<string, Level>>): unknown => [
        sorted(conflicts.map((c) => c.roleId)),
        sorted(Object.entries(applying).map(([tool, level]) => JSON.stringify([tool, level]))),
      ];
      answers.push(
        JSON.stringify([
          roleId,
          row.connectorId,
          row.row,
          sorted(Object.entries(row.levels).map(([tool, level]) => JSON.stringify([tool, level]))),
          viewOf(row.allRoles.conflicts, row.allRoles.applying),
          viewOf(row.sharedMembers.conflicts, row.sharedMembers.applying),
        ]),
      );
    }
  }
  return sorted(answers);
}

export { runs } from "../../runs.js";

/**
 * Asserts that a property found no problem. Properties collect their problems as sentences in plain
 * code and assert once per run: an `expect` per member × connector × tool costs more than the
 * engine's answer, and the list of sentences is a readable counterexample.
 */
export function expectNoProblems(problems: readonly string[]): void {
  expect(problems).toEqual([]);
}
