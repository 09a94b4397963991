// PLN-2, the no-window invariant: after every stage, each member's capability (granted) and tool
// level lie between their values before and after the migration. Read from two diffs: the stage's
// state against `before`, and `after` against `before`.
import { compareLevels } from "../level.js";
import type { MigrationWindow } from "./planTypes.js";
import type { AccessDiff, AccessDifference } from "./diffTypes.js";

function slotKey(difference: AccessDifference): string | undefined {
  if (difference.kind === "capability") return JSON.stringify(["capability", difference.capability]);
  if (difference.kind === "tool") return JSON.stringify(["tool", difference.connectorId, difference.tool]);
  return undefined;
}

/** The governed differences of a diff: member id → slot → difference. */
function governed(diff: AccessDiff): Map<string, Map<string, AccessDifference>> {
  const index = new Map<string, Map<string, AccessDifference>>();
  for (const member of diff.members) {
    const slots = new Map<string, AccessDifference>();
    for (const difference of member.differences) {
      const key = slotKey(difference);
      if (key !== undefined) slots.set(key, difference);
    }
    index.set(member.memberId, slots);
  }
  return index;
}

function between(value: number, a: number, b: number): boolean {
  return Math.min(a, b) <= value && value <= Math.max(a, b);
}

function windowOf(memberId: string, during: AccessDifference, total: AccessDifference | undefined): MigrationWindow | undefined {
  if (during.kind === "capability") {
    const after = total?.kind === "capability" ? total.after.granted : during.before.granted;
    if (between(Number(during.after.granted), Number(during.before.granted), Number(after))) return undefined;
    return Object.freeze({ kind: "capability", memberId, capability: during.capability, before: during.before.granted, during: during.after.granted, after });
  }
  // INVARIANT: only capability and tool differences have a slot key.
  const tool = during as Extract<AccessDifference, { kind: "tool" }>;
  const after = total?.kind === "tool" ? total.after : tool.before;
  if (between(compareLevels(tool.after, "blocked"), compareLevels(tool.before, "blocked"), compareLevels(after, "blocked"))) return undefined;
  return Object.freeze({ kind: "tool", memberId, connectorId: tool.connectorId, tool: tool.tool, before: tool.before, during: tool.after, after });
}

/**
 * Every window of a state (PLN-2): `during` is the diff from `before` to the state, `total` the diff
 * from `before` to `after`. The connector menu and spend limits are not governed by PLN-2.
 */
export function windowsOf(during: AccessDiff, total: AccessDiff): readonly MigrationWindow[] {
  const totals = governed(total);
  const windows: MigrationWindow[] = [];
  for (const [memberId, slots] of governed(during)) {
    const ends = totals.get(memberId);
    for (const [key, difference] of slots) {
      const window = windowOf(memberId, difference, ends?.get(key));
      if (window !== undefined) windows.push(window);
    }
  }
  return Object.freeze(windows);
}
