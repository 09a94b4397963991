// PLN-2, the no-window invariant: after every stage, each member's capability (granted) and tool
// level lie between their values before and after the migration. Read from two diffs: the stage's
// state against `before`, and `after` against `before`.
import { compareLevels } from "../level.js";
import type { MigrationWindow } from "./planTypes.js";
import type { Slot } from "./diffPair.js";
import { getOrInsertComputed } from "../maps.js";

/** A governed difference's place: a capability's key has one part, a tool's two, so none meets another. */
function slotKey(difference: Slot): string | undefined {
  switch (difference.kind) {
    case "capability":
      return JSON.stringify([difference.capability]);
    case "tool":
      return JSON.stringify([difference.connectorId, difference.tool]);
    default:
      // A built-in role, a landing page or a menu: not governed by PLN-2.
      return undefined;
  }
}

/** The governed differences of one member: slot → difference. */
function governed(differences: readonly Slot[]): Map<string, Slot> {
  const slots = new Map<string, Slot>();
  for (const difference of differences) {
    const key = slotKey(difference);
    if (key !== undefined) slots.set(key, difference);
  }
  return slots;
}

function between(value: number, a: number, b: number): boolean {
  return Math.min(a, b) <= value && value <= Math.max(a, b);
}

function windowOf(memberId: string, during: Slot, total: Slot | undefined): MigrationWindow | undefined {
  if (during.kind === "capability") {
    const after = total?.kind === "capability" ? total.after.granted : during.before.granted;
    if (between(Number(during.after.granted), Number(during.before.granted), Number(after))) return undefined;
    return Object.freeze({
      kind: "capability",
      memberId,
      capability: during.capability,
      before: during.before.granted,
      during: during.after.granted,
      after,
    });
  }
  // INVARIANT: only capability and tool differences have a slot key.
  const tool = during as Extract<Slot, { kind: "tool" }>;
  const after = total?.kind === "tool" ? total.after : tool.before;
  if (
    between(
      compareLevels(tool.after, "blocked"),
      compareLevels(tool.before, "blocked"),
      compareLevels(after, "blocked"),
    )
  )
    return undefined;
  return Object.freeze({
    kind: "tool",
    memberId,
    connectorId: tool.connectorId,
    tool: tool.tool,
    before: tool.before,
    during: tool.after,
    after,
  });
}

/** The windows of one pair of difference lists, without the member: the same for every member of the pair. */
function pairWindows(differences: readonly Slot[], totals: readonly Slot[]): MigrationWindow[] {
  const ends = governed(totals);
  const windows: MigrationWindow[] = [];
  for (const [key, difference] of governed(differences)) {
    const window = windowOf("", difference, ends.get(key)); // the member's id is set by each member
    if (window !== undefined) windows.push(window);
  }
  return windows;
}

const NONE: readonly Slot[] = Object.freeze([]);

/**
 * Every window of a state (PLN-2): `during` holds the values that differ from `before` to the state,
 * `total` those from `before` to `after` (see `diffValues`). The connector menu and spend limits are
 * not governed by PLN-2. Members of the same pair of signatures share their lists of differences
 * (`diffValues`), so each distinct pair of lists is compared once.
 */
export function windowsOf(
  during: ReadonlyMap<string, readonly Slot[]>,
  total: ReadonlyMap<string, readonly Slot[]>,
): readonly MigrationWindow[] {
  const memo = new Map<readonly Slot[], Map<readonly Slot[], MigrationWindow[]>>();
  const windows: MigrationWindow[] = [];
  for (const [memberId, differences] of during) {
    const totals = total.get(memberId) ?? NONE;
    const byTotals = getOrInsertComputed(memo, differences, () => new Map<readonly Slot[], MigrationWindow[]>());
    const found = getOrInsertComputed(byTotals, totals, () => pairWindows(differences, totals));
    // The member's id takes the place windowOf gave it (second), so the JSON reads the same.
    for (const window of found) windows.push(Object.freeze({ ...window, memberId }));
  }
  return Object.freeze(windows);
}
