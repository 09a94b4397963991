// PLN-2, the no-window invariant: after every stage, each member's capability (granted) and tool
// level lie between their values before and after the migration. Read from two diffs: the stage's
// state against `before`, and `after` against `before`.
import { LEVELS } from "../level.js";
import type { MigrationWindow } from "./planTypes.js";
import type { Slot } from "./diffPair.js";
import { getOrInsertComputed } from "../maps.js";

/** What PLN-2 governs: a capability granted or not, and a tool's level. */
type Governed = Extract<Slot, { readonly kind: "capability" | "tool" }>;

function isGoverned(difference: Slot): difference is Governed {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a built-in role, a landing page or a menu let through makes no window (windowOf answers only the two kinds); it costs only
  return difference.kind === "capability" || difference.kind === "tool";
}

/** A governed difference's place among a member's differences: its kind and what it is about. */
function slotKey(difference: Governed): string {
  switch (difference.kind) {
    case "capability":
      return JSON.stringify([difference.kind, difference.capability]);
    case "tool":
      return JSON.stringify([difference.kind, difference.connectorId, difference.tool]);
  }
}

/** The governed differences of one member by place. */
function bySlot(differences: readonly Slot[]): Map<string, Governed> {
  return new Map(differences.filter(isGoverned).map((difference) => [slotKey(difference), difference]));
}

function between(value: number, a: number, b: number): boolean {
  return Math.min(a, b) <= value && value <= Math.max(a, b);
}

/** A window without its member (the same for every member of a pair of signatures). */
type Window = MigrationWindow extends infer W ? (W extends MigrationWindow ? Omit<W, "memberId"> : never) : never;

/**
 * PLN-2: the window a difference leaves, given the difference of the whole migration at the same
 * place (none when the migration leaves that value as it was); `undefined` when the value stays
 * between its values before and after the migration.
 */
function windowOf(during: Governed, total: Governed | undefined): Window | undefined {
  switch (during.kind) {
    case "capability": {
      const after = total?.kind === "capability" ? total.after.granted : during.before.granted;
      if (between(Number(during.after.granted), Number(during.before.granted), Number(after))) return undefined;
      return {
        kind: "capability",
        capability: during.capability,
        before: during.before.granted,
        during: during.after.granted,
        after,
      };
    }
    case "tool": {
      const after = total?.kind === "tool" ? total.after : during.before;
      if (between(LEVELS.indexOf(during.after), LEVELS.indexOf(during.before), LEVELS.indexOf(after))) return undefined;
      return {
        kind: "tool",
        connectorId: during.connectorId,
        tool: during.tool,
        before: during.before,
        during: during.after,
        after,
      };
    }
  }
}

/** The windows of one pair of difference lists, without the member: the same for every member of the pair. */
function pairWindows(differences: readonly Slot[], totals: readonly Slot[]): Window[] {
  const ends = bySlot(totals);
  return [...bySlot(differences)].flatMap(([key, difference]) => windowOf(difference, ends.get(key)) ?? []);
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
  const memo = new Map<readonly Slot[], Map<readonly Slot[], Window[]>>();
  const windows: MigrationWindow[] = [];
  for (const [memberId, differences] of during) {
    const totals = total.get(memberId) ?? NONE;
    const byTotals = getOrInsertComputed(memo, differences, () => new Map<readonly Slot[], Window[]>());
    const found = getOrInsertComputed(byTotals, totals, () => pairWindows(differences, totals));
    // The member's id comes second, after the kind, as MigrationWindow lists it.
    for (const { kind, ...rest } of found) windows.push(Object.freeze({ kind, memberId, ...rest }) as MigrationWindow);
  }
  return Object.freeze(windows);
}
