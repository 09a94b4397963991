import { resolveSpendLimit } from "../engine/spend.js";
import type { SpendLimitDecision } from "../engine/decision.js";
import type { Org } from "../org.js";
import { askCapability, askTool, diffSides, explanations, pairSlots, type DiffSides, type Slot } from "./diffPair.js";
import { FULL_SCOPE, orgScope, roleScopes, unionScopes, type Scope } from "./diffScope.js";
import { signaturesOf, type Signature } from "./diffSignature.js";
import type {
  AccessDiff,
  AccessDifference,
  DiffEffect,
  MemberAccessDiff,
  SpendLimitDifference,
  SpendValue,
} from "./diffTypes.js";
import { getOrInsertComputed } from "../maps.js";

function spendValue(decision: SpendLimitDecision): SpendValue {
  return Object.freeze({ status: decision.status, limit: decision.limit });
}

/** DIF-1: a higher limit or none is a gain; a status other than an amount is a change. */
function spendEffect(before: SpendValue, after: SpendValue): DiffEffect {
  // Only a limited answer has a limit (`null` otherwise), and no limit at all is the most.
  const amount = (value: SpendValue) => (value.status === "unlimited" ? Infinity : value.limit);
  const was = amount(before);
  const is = amount(after);
  if (was === null || is === null) return "change";
  // Stryker disable next-line EqualityOperator: equal amounts are no difference (spendDifference gives none), so > and >= agree
  return is > was ? "gain" : "loss";
}

function spendDifference(sides: DiffSides, memberId: string): SpendLimitDifference | undefined {
  const was = resolveSpendLimit(sides.before, memberId);
  const is = resolveSpendLimit(sides.after, memberId);
  if (was.status === is.status && was.limit === is.limit) return undefined;
  const before = spendValue(was);
  const after = spendValue(is);
  return Object.freeze({
    kind: "spend-limit",
    effect: spendEffect(before, after),
    before,
    after,
    explanation: explanations(was, is),
  });
}

/** A pair's difference for one member: with that member's own explanations where it has some. */
function memberDifference(sides: DiffSides, memberId: string, slot: Slot): AccessDifference {
  if (slot.kind === "capability") {
    const [was, is] = askCapability(sides, memberId, slot.capability);
    return Object.freeze({ ...slot, explanation: explanations(was, is) });
  }
  if (slot.kind === "tool") {
    const [was, is] = askTool(sides, memberId, slot.connectorId, slot.tool);
    return Object.freeze({ ...slot, explanation: explanations(was, is) });
  }
  return slot;
}

function count(differences: readonly AccessDifference[], effect: DiffEffect): number {
  return differences.filter((difference) => difference.effect === effect).length;
}

function memberDiff(
  memberId: string,
  presence: MemberAccessDiff["presence"],
  differences: readonly AccessDifference[],
): MemberAccessDiff {
  const frozen = Object.freeze(differences);
  return Object.freeze({
    memberId,
    presence,
    gains: count(frozen, "gain"),
    losses: count(frozen, "loss"),
    changes: count(frozen, "change"),
    differences: frozen,
  });
}

/** Remembers the differences of each distinct pair of signatures, asked once. */
function pairMemo(sides: DiffSides) {
  const global = orgScope(sides.before, sides.after);
  const roles = roleScopes(sides.before, sides.after);
  const memo = new Map<Signature | undefined, Map<Signature | undefined, readonly Slot[]>>();
  const scopeOf = (before: Signature | undefined, after: Signature | undefined): Scope => {
    // Stryker disable next-line ConditionalExpression: the full scope finds the same differences; the narrow one saves the cost only
    if (before === undefined || after === undefined || before.key !== after.key) return FULL_SCOPE;
    return before.roleIds.reduce((scope, roleId) => unionScopes(scope, roles.get(roleId) ?? scope), global);
  };
  return (memberId: string, before: Signature | undefined, after: Signature | undefined): readonly Slot[] => {
    const byAfter = getOrInsertComputed(memo, before, () => new Map<Signature | undefined, readonly Slot[]>());
    return getOrInsertComputed(byAfter, after, () => pairSlots(sides, memberId, before, after, scopeOf(before, after)));
  };
}

/**
 * The values that differ between two orgs, member by member, without explanations or spend limits:
 * every member id of either org → the differences of the member's pair of signatures (empty when
 * none; shared between the members of a pair). What PLN-2 checks, at a fraction of the cost of a
 * whole diff.
 */
export function diffValues(before: Org, after: Org): ReadonlyMap<string, readonly Slot[]> {
  const sides = diffSides(before, after);
  const signaturesBefore = signaturesOf(before);
  const signaturesAfter = signaturesOf(after);
  const slotsOf = pairMemo(sides);
  const values = new Map<string, readonly Slot[]>();
  for (const memberId of new Set([...signaturesBefore.keys(), ...signaturesAfter.keys()])) {
    // A member without differences has an empty list (PLN-2 finds no window in it).
    values.set(memberId, slotsOf(memberId, signaturesBefore.get(memberId), signaturesAfter.get(memberId)));
  }
  return values;
}

/**
 * The access diff of two orgs: every member id of either org whose access differs, with each
 * difference (built-in role, each capability granted and UI state, landing page, connector menu
 * per connector, each tool level over every connector × tool of either org, spend limit status and
 * amount), the value on both sides, the engine's explanations on both sides for capabilities, tools
 * and spend limits, and whether it is a gain, a loss or a change. A member of one org only is
 * `"added"` or `"removed"`, with every difference from a non-member. `diffAccess(b, a)` is
 * `diffAccess(a, b)` with sides, gains and losses swapped; the diff of an org with itself is empty.
 *
 * Members with the same built-in role, seat and (Custom roles) roles held have the same answers, so
 * each distinct pair of them is asked once, and only about what differs between the orgs for them:
 * after a change to one role, the cost is about the members who hold it.
 *
 * Rules: DIF-1, EXP-1, CON-7 (a non-member), CON-8 (enabling connector permissions shows the
 * Custom-roles members without a role), CAP-9 (greyed out ↔ hidden), CON-10 (the menu).
 *
 * @param before - a parsed org (see `parseOrg`)
 * @param after - another parsed org, usually `before` after changes
 * @returns the diff, deeply frozen
 *
 * @example
 * ```ts
 * // u1 is set to Custom roles and in no group with a role; enabling connector permissions:
 * const diff = diffAccess(org, enableConnectorPermissions(org));
 * diff.members.map((m) => m.memberId) // => ["u1"]
 * diff.members[0].differences[0] // => { kind: "connector-menu", connectorId: "jira", effect: "loss", before: true, after: false }
 * diffAccess(org, org).members // => []
 * ```
 */
export function diffAccess(before: Org, after: Org): AccessDiff {
  // Stryker disable next-line ConditionalExpression: comparing an org with itself finds no difference either; the shortcut saves the pass only
  if (before === after)
    return Object.freeze({
      beforeOrgId: before.id,
      afterOrgId: after.id,
      members: Object.freeze([]),
      gains: 0,
      losses: 0,
      changes: 0,
    });
  const sides = diffSides(before, after);
  const signaturesBefore = signaturesOf(before);
  const signaturesAfter = signaturesOf(after);
  const ids = [...new Set([...signaturesBefore.keys(), ...signaturesAfter.keys()])].sort();
  const slotsOf = pairMemo(sides);
  const members: MemberAccessDiff[] = [];
  for (const memberId of ids) {
    const was = signaturesBefore.get(memberId);
    const is = signaturesAfter.get(memberId);
    const slots = slotsOf(memberId, was, is);
    const differences = slots.map((slot) => memberDifference(sides, memberId, slot));
    const spend = spendDifference(sides, memberId);
    if (spend !== undefined) differences.push(spend);
    if (differences.length > 0)
      members.push(
        memberDiff(memberId, was === undefined ? "added" : is === undefined ? "removed" : "kept", differences),
      );
  }
  return Object.freeze({
    beforeOrgId: before.id,
    afterOrgId: after.id,
    members: Object.freeze(members),
    gains: members.reduce((sum, member) => sum + member.gains, 0),
    losses: members.reduce((sum, member) => sum + member.losses, 0),
    changes: members.reduce((sum, member) => sum + member.changes, 0),
  });
}
