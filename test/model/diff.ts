// Reference model of DIF-1: the access diff asked of the engine member by member, on both orgs,
// about everything. Nothing is grouped, shared or skipped, on purpose.
import type {
  AccessDiff,
  AccessDifference,
  DiffEffect,
  MemberAccessDiff,
  SpendValue,
} from "../../src/admin/diffTypes.js";
import { resolveCapability } from "../../src/engine/capabilities.js";
import { resolveAccess } from "../../src/engine/access.js";
import { resolveSpendLimit } from "../../src/engine/spend.js";
import { resolveToolLevel } from "../../src/engine/tools.js";
import { compareLevels } from "../../src/level.js";
import { KNOWN_CAPABILITIES, type Org } from "../../src/org.js";
import { capabilityUiState } from "../../src/ui/capability.js";

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function capabilityIds(orgs: readonly Org[]): string[] {
  const named = orgs.flatMap((org) => [
    ...Object.keys(org.capabilities),
    ...org.roles.flatMap((role) => role.capabilities),
  ]);
  const others = [...new Set(named)]
    .filter((id) => !(KNOWN_CAPABILITIES as readonly string[]).includes(id))
    .sort(byCodeUnits);
  return [...KNOWN_CAPABILITIES, ...others];
}

function connectorTools(orgs: readonly Org[]): [string, string[]][] {
  const ids = [...new Set(orgs.flatMap((org) => org.connectors.map((c) => c.id)))].sort(byCodeUnits);
  return ids.map((id) => [
    id,
    [...new Set(orgs.flatMap((org) => org.connectors.filter((c) => c.id === id).flatMap((c) => c.tools)))].sort(
      byCodeUnits,
    ),
  ]);
}

function spendEffect(before: SpendValue, after: SpendValue): DiffEffect {
  const amount = (v: SpendValue) => ({ unlimited: Infinity, limited: v.limit })[v.status as "unlimited" | "limited"];
  const [x, y] = [amount(before), amount(after)];
  if (x === undefined || x === null || y === undefined || y === null) return "change";
  return y > x ? "gain" : "loss";
}

function memberDifferences(before: Org, after: Org, memberId: string): AccessDifference[] {
  const differences: AccessDifference[] = [];
  const [was, is] = [resolveAccess(before, memberId), resolveAccess(after, memberId)];
  if (was.builtInRole !== is.builtInRole)
    differences.push({ kind: "built-in-role", effect: "change", before: was.builtInRole, after: is.builtInRole });
  for (const capability of capabilityIds([before, after])) {
    const [b, a] = [resolveCapability(before, memberId, capability), resolveCapability(after, memberId, capability)];
    const [sb, sa] = [capabilityUiState(b).state, capabilityUiState(a).state];
    if (b.granted === a.granted && sb === sa) continue;
    differences.push({
      kind: "capability",
      capability,
      effect: b.granted === a.granted ? "change" : a.granted ? "gain" : "loss",
      before: { granted: b.granted, state: sb },
      after: { granted: a.granted, state: sa },
      explanation: { before: { rules: b.rules, summary: b.summary }, after: { rules: a.rules, summary: a.summary } },
    });
  }
  if (was.landingPage.page !== is.landingPage.page)
    differences.push({
      kind: "landing-page",
      effect: "change",
      before: was.landingPage.page,
      after: is.landingPage.page,
    });
  for (const [connectorId, tools] of connectorTools([before, after])) {
    const [mb, ma] = [was.menu.includes(connectorId), is.menu.includes(connectorId)];
    if (mb !== ma)
      differences.push({ kind: "connector-menu", connectorId, effect: ma ? "gain" : "loss", before: mb, after: ma });
    for (const tool of tools) {
      const [b, a] = [
        resolveToolLevel(before, memberId, connectorId, tool),
        resolveToolLevel(after, memberId, connectorId, tool),
      ];
      if (b.level === a.level) continue;
      differences.push({
        kind: "tool",
        connectorId,
        tool,
        effect: compareLevels(a.level, b.level) > 0 ? "gain" : "loss",
        before: b.level,
        after: a.level,
        explanation: { before: { rules: b.rules, summary: b.summary }, after: { rules: a.rules, summary: a.summary } },
      });
    }
  }
  const [sb, sa] = [resolveSpendLimit(before, memberId), resolveSpendLimit(after, memberId)];
  if (sb.status !== sa.status || sb.limit !== sa.limit) {
    const [vb, va] = [
      { status: sb.status, limit: sb.limit },
      { status: sa.status, limit: sa.limit },
    ];
    differences.push({
      kind: "spend-limit",
      effect: spendEffect(vb, va),
      before: vb,
      after: va,
      explanation: {
        before: { rules: sb.rules, summary: sb.summary },
        after: { rules: sa.rules, summary: sa.summary },
      },
    });
  }
  return differences;
}

/** DIF-1, naively: every member of either org, asked about everything on both sides. */
export function modelDiffAccess(before: Org, after: Org): AccessDiff {
  const inBefore = new Set(before.members.map((m) => m.id));
  const inAfter = new Set(after.members.map((m) => m.id));
  const members: MemberAccessDiff[] = [...new Set([...inBefore, ...inAfter])].sort(byCodeUnits).flatMap((memberId) => {
    const differences = memberDifferences(before, after, memberId);
    if (differences.length === 0) return [];
    const count = (effect: DiffEffect) => differences.filter((d) => d.effect === effect).length;
    const presence = !inBefore.has(memberId) ? "added" : !inAfter.has(memberId) ? "removed" : "kept";
    return [{ memberId, presence, gains: count("gain"), losses: count("loss"), changes: count("change"), differences }];
  });
  const total = (key: "gains" | "losses" | "changes") => members.reduce((sum, m) => sum + m[key], 0);
  return {
    beforeOrgId: before.id,
    afterOrgId: after.id,
    members,
    gains: total("gains"),
    losses: total("losses"),
    changes: total("changes"),
  };
}
