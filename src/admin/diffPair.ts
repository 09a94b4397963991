// The differences of one pair of signatures (before, after), found by asking the engine about one
// member who has that pair: every member with the same pair has the same values (diffSignature.ts).
import { resolveCapability } from "../engine/capabilities.js";
import { compiledOf } from "../engine/compile.js";
import type { CapabilityDecision, Explained, ToolDecision } from "../engine/decision.js";
import { resolveToolLevel } from "../engine/tools.js";
import { compareLevels } from "../level.js";
import { KNOWN_CAPABILITIES, type Org } from "../org.js";
import { capabilityUiState } from "../ui/capability.js";
import type { Signature } from "./diffSignature.js";
import type { Scope } from "./diffScope.js";
import type {
  BuiltInRoleDifference,
  CapabilityValue,
  ConnectorMenuDifference,
  DiffExplanations,
  LandingPageDifference,
} from "./diffTypes.js";

/** A difference of a pair, before the explanations of one member are added. */
export type Slot =
  | BuiltInRoleDifference
  | LandingPageDifference
  | ConnectorMenuDifference
  | {
      readonly kind: "capability";
      readonly capability: string;
      readonly effect: "gain" | "loss" | "change";
      readonly before: CapabilityValue;
      readonly after: CapabilityValue;
    }
  | {
      readonly kind: "tool";
      readonly connectorId: string;
      readonly tool: string;
      readonly effect: "gain" | "loss";
      readonly before: ToolDecision["level"];
      readonly after: ToolDecision["level"];
    };

/** The two orgs of a diff, with what every pair compares: capability ids and connectors' tools. */
export interface DiffSides {
  readonly before: Org;
  readonly after: Org;
  /** Every capability id of either org, known ones first (in their order), then in code-unit order. */
  readonly capabilityIds: readonly string[];
  /** Connector id → the tools it lists in either org, in code-unit order; connectors in code-unit order. */
  readonly connectorTools: ReadonlyMap<string, readonly string[]>;
}

function capabilityIdsOf(orgs: readonly Org[]): string[] {
  // The compiled org lists each id once (switched at org level or named by a role): reading it
  // costs the ids, not every role's list again.
  const ids = new Set<string>();
  for (const org of orgs) for (const id of compiledOf(org).capabilityIds) ids.add(id);
  const known = new Set<string>(KNOWN_CAPABILITIES);
  return [...KNOWN_CAPABILITIES, ...[...ids].filter((id) => !known.has(id)).sort()];
}

/** The sides of a diff of `before` and `after`. */
export function diffSides(before: Org, after: Org): DiffSides {
  const tools = new Map<string, Set<string>>();
  for (const org of [before, after]) {
    for (const connector of org.connectors) {
      let set = tools.get(connector.id);
      if (set === undefined) tools.set(connector.id, (set = new Set()));
      for (const tool of connector.tools) set.add(tool);
    }
  }
  // Sorted by code units (the default sort of strings), the same whichever org comes first (DIF-1 mirror).
  const connectorTools = new Map(
    [...tools.keys()].sort().map((id) => [id, Object.freeze([...(tools.get(id) as Set<string>)].sort())] as const),
  );
  return { before, after, capabilityIds: capabilityIdsOf([before, after]), connectorTools };
}

/** The explanations of a decision on both sides (EXP-1). */
export function explanations(before: Explained, after: Explained): DiffExplanations {
  return Object.freeze({
    before: Object.freeze({ rules: before.rules, summary: before.summary }),
    after: Object.freeze({ rules: after.rules, summary: after.summary }),
  });
}

/** One member's capability on both sides, with its explanations. */
export function askCapability(
  sides: DiffSides,
  memberId: string,
  capability: string,
): readonly [CapabilityDecision, CapabilityDecision] {
  return [resolveCapability(sides.before, memberId, capability), resolveCapability(sides.after, memberId, capability)];
}

/** One member's tool on both sides, with its explanations. */
export function askTool(
  sides: DiffSides,
  memberId: string,
  connectorId: string,
  tool: string,
): readonly [ToolDecision, ToolDecision] {
  return [
    resolveToolLevel(sides.before, memberId, connectorId, tool),
    resolveToolLevel(sides.after, memberId, connectorId, tool),
  ];
}

function capabilityValue(decision: CapabilityDecision): CapabilityValue {
  return Object.freeze({ granted: decision.granted, state: capabilityUiState(decision).state });
}

function capabilitySlots(sides: DiffSides, memberId: string, scope: Scope): Slot[] {
  // Stryker disable ConditionalExpression,MethodExpression: asking every capability finds the same differences; the scope saves the cost only
  const ids =
    scope.capabilities === "all"
      ? sides.capabilityIds
      : sides.capabilityIds.filter((id) => (scope.capabilities as ReadonlySet<string>).has(id));
  // Stryker restore ConditionalExpression,MethodExpression
  const slots: Slot[] = [];
  let chat: readonly [boolean, boolean] | undefined;
  for (const capability of ids) {
    const [was, is] = askCapability(sides, memberId, capability).map(capabilityValue) as [
      CapabilityValue,
      CapabilityValue,
    ];
    // CAP-8: the landing page follows `chat`.
    if (capability === "chat") chat = [was.granted, is.granted];
    // CAP-9: the state is "available" exactly when the capability is granted, so equal states are equal grants.
    if (was.state === is.state) continue;
    const effect = was.granted === is.granted ? "change" : is.granted ? "gain" : "loss";
    slots.push(Object.freeze({ kind: "capability", capability, effect, before: was, after: is }));
  }
  if (chat !== undefined && chat[0] !== chat[1]) {
    const page = (granted: boolean) => (granted ? "chat" : "settings");
    slots.push(Object.freeze({ kind: "landing-page", effect: "change", before: page(chat[0]), after: page(chat[1]) }));
  }
  return slots;
}

function connectorSlots(sides: DiffSides, memberId: string, connectorId: string, tools: readonly string[]): Slot[] {
  const slots: Slot[] = [];
  let shownBefore = false;
  let shownAfter = false;
  for (const tool of tools) {
    const [was, is] = askTool(sides, memberId, connectorId, tool);
    // CON-10: in the menu when at least one tool is not Blocked (a tool the org lacks is, CON-7).
    shownBefore ||= was.level !== "blocked";
    shownAfter ||= is.level !== "blocked";
    // Two tests, not one comparison and its sign: each is seen on its own (an equal level is neither).
    const gain = compareLevels(is.level, was.level) > 0;
    const loss = compareLevels(is.level, was.level) < 0;
    if (gain || loss)
      slots.push(
        Object.freeze({
          kind: "tool",
          connectorId,
          tool,
          effect: gain ? "gain" : "loss",
          before: was.level,
          after: is.level,
        }),
      );
  }
  if (shownBefore === shownAfter) return slots;
  const menu: Slot = Object.freeze({
    kind: "connector-menu",
    connectorId,
    effect: shownAfter ? "gain" : "loss",
    before: shownBefore,
    after: shownAfter,
  });
  return [menu, ...slots];
}

/**
 * The differences, over `scope`, of a member whose signatures are `before` and `after` (either
 * `undefined` for a non-member, CON-7), asked about `memberId`, one member of the pair.
 */
export function pairSlots(
  sides: DiffSides,
  memberId: string,
  before: Signature | undefined,
  after: Signature | undefined,
  scope: Scope,
): readonly Slot[] {
  const slots: Slot[] = [];
  const was = before?.builtInRole ?? null;
  const is = after?.builtInRole ?? null;
  if (was !== is) slots.push(Object.freeze({ kind: "built-in-role", effect: "change", before: was, after: is }));
  slots.push(...capabilitySlots(sides, memberId, scope));
  for (const [connectorId, tools] of sides.connectorTools) {
    // Stryker disable next-line ConditionalExpression: comparing every connector finds the same differences; the scope saves the cost only
    if (scope.connectors === "all" || scope.connectors.has(connectorId))
      slots.push(...connectorSlots(sides, memberId, connectorId, tools));
  }
  return Object.freeze(slots);
}
