// Admin changes applied to an org, all or nothing (CHG-1).
import type { Org } from "../org.js";
import { newContext, type Context } from "../parse/context.js";
import { isProduced, markProduced } from "../parse/produced.js";
import { describe, eachElement, kindOf } from "../parse/read.js";
import { changeErrorText, changeFailureText, changeIssuesText, NOT_PRODUCED_TEXT } from "../words/changes.js";
import { applyChange } from "./applyChange.js";
import { ChangeError, type Change } from "./change.js";
import { CHANGES, readChange } from "./readChange.js";
import { Refusal } from "./refusal.js";
import { WorkingOrg } from "./working.js";

/** The result of {@link safeApplyChanges}: the new org, or why the list cannot apply. */
export type ApplyResult =
  | {
      /** Every change applied. */
      readonly ok: true;
      /** The org they leave: deeply frozen, valid, sharing every part they did not touch. */
      readonly org: Org;
    }
  | {
      /** A change cannot apply; nothing was applied. */
      readonly ok: false;
      /** The first change that cannot apply: its index, kind, code and reason. */
      readonly error: ChangeError;
    };

function listError(ctx: Context, changes: unknown): ChangeError {
  const reason =
    ctx.issues.length === 0
      ? `expected an array of changes, received ${describe(changes)}`
      : changeIssuesText(ctx.issues, "change list");
  return new ChangeError({
    index: undefined,
    kind: undefined,
    code: "invalid_changes",
    reason,
    message: changeErrorText(undefined, undefined, reason),
    issues: ctx.issues,
  });
}

/** The elements of the change list, read without running code; a ChangeError when it is no readable array. */
function elementsOf(changes: unknown): readonly unknown[] | ChangeError {
  const ctx = newContext();
  if (kindOf(changes) !== "array") return listError(ctx, changes);
  const elements: unknown[] = [];
  const read = eachElement(ctx, changes as object, CHANGES, (value) => {
    elements.push(value);
    return true;
  });
  return read ? elements : listError(ctx, changes);
}

/** Sees each change with the org as it is just before the change applies. */
export type ChangeVisitor = (before: WorkingOrg, change: Change) => void;

/** Reads the change at `index` and applies it; a ChangeError when it has the wrong form or cannot apply. */
function step(
  org: WorkingOrg,
  value: unknown,
  index: number,
  visit: ChangeVisitor | undefined,
): ChangeError | undefined {
  const change = readChange(value, index);
  if (change instanceof ChangeError) return change;
  try {
    visit?.(org, change);
    applyChange(org, change);
    return undefined;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    const reason = changeFailureText(error.failure);
    return new ChangeError({
      index,
      kind: change.kind,
      code: error.failure.code,
      reason,
      message: changeErrorText(index, change.kind, reason),
    });
  }
}

/**
 * Applies the changes in order, each list of the org copied at most once (working.ts); the first one
 * that cannot apply stops it all. `visit`, when given, sees each change before it applies: it must
 * be given only a list known to apply (its view of a change that cannot apply may not make sense).
 */
export function applyAll(org: Org, changes: unknown, visit?: ChangeVisitor): ApplyResult {
  if (!isProduced(org)) {
    throw new TypeError(NOT_PRODUCED_TEXT);
  }
  const elements = elementsOf(changes);
  if (elements instanceof ChangeError) return Object.freeze({ ok: false, error: elements });
  const working = new WorkingOrg(org);
  for (const [index, value] of elements.entries()) {
    const error = step(working, value, index, visit);
    if (error !== undefined) return Object.freeze({ ok: false, error });
  }
  // The org itself when nothing changed (CHG-2), marked again at no cost.
  return Object.freeze({ ok: true, org: markProduced(working.finish()) });
}

/**
 * Applies admin changes to an org, in order, each to the org the previous one left, all or nothing,
 * and returns the result instead of throwing when a change cannot apply. The change list is
 * untrusted JSON: each change's form is checked as `parseOrg` checks an org. The result is valid by
 * SPEC §1, deeply frozen, and every role, group, member, connector, assignment, mapping, limit and
 * policy entry that the list does not touch is the very same object as in `org`. An empty list gives
 * `org` itself. The input is never changed.
 *
 * Rules: CHG-1, CHG-2, CHG-4, IN-1, IN-3.
 *
 * @param org - an org that `parseOrg` or `applyChanges` returned (any other is refused with a TypeError)
 * @param changes - anything, typically a parsed JSON array of changes
 * @returns `{ ok: true, org }`, or `{ ok: false, error }` naming the first change that cannot apply
 * @throws TypeError when `org` was not returned by the library
 *
 * @example
 * ```ts
 * const result = safeApplyChanges(org, [{ kind: "assignRole", groupId: "g-eng", roleId: "eng" }]);
 * result.ok && result.org.roleAssignments // => [..., { groupId: "g-eng", roleId: "eng" }]
 * safeApplyChanges(org, [{ kind: "deleteRole", roleId: "nope" }])
 * // => { ok: false, error: ChangeError { index: 0, kind: "deleteRole", code: "unknown_role",
 * //      reason: "no role `nope`: check the role id" } }
 * ```
 */
export function safeApplyChanges(org: Org, changes: readonly Change[] | unknown): ApplyResult {
  return applyAll(org, changes);
}

/**
 * Applies admin changes to an org, in order, each to the org the previous one left, all or nothing:
 * when a change cannot apply, nothing is applied and a {@link ChangeError} names it by index and kind
 * and says why. The change list is untrusted JSON: each change's form is checked as `parseOrg`
 * checks an org (paths such as `changes[3].role.id`). The result is valid by SPEC §1, deeply frozen,
 * and shares every part the list does not touch (`===`). An empty list gives `org` itself. The input
 * is never changed.
 *
 * Rules: CHG-1, CHG-2, CHG-4, IN-1, IN-3.
 *
 * @param org - an org that `parseOrg` or `applyChanges` returned (any other is refused with a TypeError)
 * @param changes - anything, typically a parsed JSON array of changes
 * @returns the org the changes leave
 * @throws {@link ChangeError} naming the first change that cannot apply; TypeError when `org` was not returned by the library
 *
 * @example
 * ```ts
 * const next = applyChanges(org, [
 *   { kind: "createRole", role: { id: "mkt", name: "Marketing" } },
 *   { kind: "assignRole", groupId: "g-mkt", roleId: "mkt" },
 * ]);
 * next.roles.at(-1) // => { id: "mkt", name: "Marketing", capabilities: ["chat"], connectors: { all: "approval" } }
 * next.members[0] === org.members[0] // => true (untouched parts are shared)
 * applyChanges(org, [{ kind: "removeMember", memberId: "nobody" }])
 * // => throws ChangeError: cannot apply changes[0] (removeMember): no member `nobody`: check the member id
 * ```
 */
export function applyChanges(org: Org, changes: readonly Change[] | unknown): Org {
  const result = applyAll(org, changes);
  if (!result.ok) throw result.error;
  return result.org;
}
