// The growth benchmark's adversarial shapes (bench/shapes.mjs, issue 9) at a small size: every entry
// point answers them with results of the right shape and content. Timing is the benchmark's job
// (`npm run bench`, docs/performance.md); here nothing is timed.
import { describe, expect, it } from "vitest";
import {
  OrgValidationError,
  applyChanges,
  auditOrg,
  changesBetween,
  diffAccess,
  planMigration,
  findCrossRoleConflicts,
  formatValidationIssues,
  resolveCapability,
  isLevel,
  parseOrg,
  resolveAccess,
  resolveClaudeCodeToolLevel,
  resolveSpendLimit,
  resolveToolLevel,
  safeParseOrg,
} from "../../src/index.js";
import type { MemberAccess, Org } from "../../src/index.js";
import { SHAPES } from "../../bench/shapes.mjs";
import type { Shape } from "../../bench/shapes.mjs";

/** What each valid shape says about its member at size n, checked through resolveAccess. */
const FACTS: Readonly<Record<string, (access: MemberAccess, n: number, org: Org) => void>> = {
  "roles-per-member": (a, n) => {
    expect(a.groups).toHaveLength(n / 2);
    expect(a.roles).toHaveLength(n);
  },
  "huge-group": (a, n, org) => {
    expect(org.members).toHaveLength(n);
    expect(a.groups.map((g) => g.groupId)).toEqual(["g0"]);
    expect(a.roles.map((r) => r.roleId)).toEqual(["r0", "r1"]);
  },
  "member-in-groups": (a, n) => {
    expect(a.groups).toHaveLength(n);
    expect(a.roles.map((r) => r.roleId).sort()).toEqual(["r0", "r1", "r2"]);
    expect(a.roles.reduce((sum, r) => sum + r.via.length, 0)).toBe(n);
  },
  "long-ids": (a, n) => {
    expect(a.memberId).toHaveLength(n);
    expect(a.groups).toHaveLength(50);
    expect(a.roles).toHaveLength(20);
  },
  capabilities: (a, n) => {
    const granted = a.capabilities.filter((c) => c.capability.startsWith("cap_") && c.granted);
    expect(granted).toHaveLength(n);
  },
  "group-limits": (a, n) => expect(a.groups).toHaveLength(n),
  "connectors-tools": (a, n) => {
    expect(a.connectors.reduce((sum, c) => sum + c.tools.length, 0)).toBe(n);
  },
  "group-roles": (a, n) => expect(a.roles).toHaveLength(n),
};

function validShape(shape: Shape): void {
  const n = shape.small;
  const { org: json, ask } = shape.build(n);
  const org = parseOrg(json);
  const safe = safeParseOrg(json);
  expect(safe.ok).toBe(true);

  const access = resolveAccess(org, ask.member);
  expect(access.known).toBe(true);
  expect(access.connectors.map((c) => c.connectorId)).toEqual(org.connectors.map((c) => c.id));
  for (const c of access.connectors) for (const t of c.tools) expect(isLevel(t.level)).toBe(true);
  FACTS[shape.name]?.(access, n, org);

  const chat = resolveCapability(org, ask.member, "chat");
  expect(chat.granted).toBe(true);
  expect(chat.rules.length).toBeGreaterThan(0);

  const tool = resolveToolLevel(org, ask.member, ask.connector, ask.tool);
  const inAccess = access.connectors[0]?.tools.find((t) => t.tool === ask.tool);
  expect(tool.level).toBe(inAccess?.level);
  expect(tool.reasons.length).toBeGreaterThan(0);

  expect(isLevel(resolveClaudeCodeToolLevel(org, ask.connector, ask.tool, "always").level)).toBe(true);
  const conflicts = findCrossRoleConflicts(org, ask.role);
  expect(conflicts.connectors.length).toBeGreaterThan(0);
  const spend = resolveSpendLimit(org, ask.member);
  expect(spend.status).toBe(org.billing === "usage" ? "limited" : "not-applicable");
  expect(spend.limit).toBe(org.billing === "usage" ? 1000 : null);

  expect(Array.isArray(auditOrg(org))).toBe(true);
  const after = applyChanges(org, [{ kind: "setToolPolicy", connectorId: ask.connector, level: "blocked" }]);
  expect(resolveToolLevel(after, ask.member, ask.connector, ask.tool).level).toBe("blocked");
  expect(changesBetween(org, after)).toHaveLength(1);
  const diff = diffAccess(org, after);
  // Blocking the connector at org level takes the tool from the member when they had it.
  if (tool.level !== "blocked") expect(diff.members.map((m) => m.memberId)).toContain(ask.member);
  expect(planMigration(org, after).diff.changes).toBe(diff.changes);
}

function invalidShape(shape: Shape): void {
  const n = shape.small;
  const { org: json } = shape.build(n);
  const safe = safeParseOrg(json);
  expect(safe.ok).toBe(false);
  const issues = safe.ok ? [] : safe.error.issues;
  expect(issues.length).toBeGreaterThan(0);
  expect(issues.every((i) => i.code === "unknown_level")).toBe(true);
  expect(() => parseOrg(json)).toThrow(OrgValidationError);
  const text = formatValidationIssues(issues);
  expect(text).toContain('received "Always"');
}

describe("growth shapes at a small size (issue 9; the benchmark times them)", () => {
  it.each(SHAPES.map((s) => [s.name, s] as const))(
    "%s: every entry point answers with results of the right shape",
    (_, shape) => {
      if (shape.invalid) invalidShape(shape);
      else validShape(shape);
    },
  );
});
