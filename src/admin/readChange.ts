// The one door through which an untrusted change becomes a Change (CHG-1): its kind, exact fields and
// their types, read with the org parser's own readers so a change holds nothing an org could not.
import { ROOT, at, newContext, report, type Context, type Path } from "../parse/context.js";
import { UNREADABLE, describe, kindOf, ownProperty } from "../parse/read.js";
import { changeErrorText, changeIssuesText, unknownChangeKindText } from "../words/changes.js";
import { CHANGE_KINDS, ChangeError, type Change, type ChangeKind } from "./change.js";
import { CHANGE_READERS, KIND_EXPECTED } from "./changeFields.js";

/** The path of the change list in errors: `changes[3].role.id`. */
export const CHANGES: Path = at(ROOT, "changes");

function reportKind(ctx: Context, path: Path, kind: unknown): void {
  const code =
    typeof kind === "string" ? "unknown_change_kind" : kind === undefined ? "missing_property" : "invalid_type";
  report(ctx, at(path, "kind"), code, () => {
    const received = kind === undefined ? "nothing" : describe(kind);
    return {
      expected: KIND_EXPECTED,
      received,
      ...(code === "unknown_change_kind" ? { message: unknownChangeKindText(received, KIND_EXPECTED) } : {}),
    };
  });
}

/** The error of a change whose form has the problems in `ctx`; `kind` when it names one we know. */
function invalidChange(ctx: Context, index: number, kind: ChangeKind | undefined): ChangeError {
  const reason = changeIssuesText(ctx.issues, "change", ctx.found);
  return new ChangeError({
    index,
    kind,
    code: "invalid_change",
    reason,
    message: changeErrorText(index, kind, reason),
    issues: ctx.issues,
  });
}

/** Reads the change at `index` of the list: the Change, or an error naming every problem of its form with its path. */
export function readChange(value: unknown, index: number): Change | ChangeError {
  const ctx = newContext();
  const path = at(CHANGES, index);
  if (kindOf(value) !== "object") {
    report(ctx, path, "invalid_type", () => ({
      expected: 'a change: an object { "kind": ..., ...fields }',
      received: describe(value),
    }));
    return invalidChange(ctx, index, undefined);
  }
  const kind = ownProperty(ctx, value as object, "kind", path);
  if (kind === UNREADABLE) return invalidChange(ctx, index, undefined);
  // The kind is looked up among the known ones, never as a key of an object: `__proto__` is a kind we do not know.
  const known = CHANGE_KINDS.find((k) => k === kind);
  if (known === undefined) {
    reportKind(ctx, path, kind);
    return invalidChange(ctx, index, undefined);
  }
  return CHANGE_READERS[known](ctx, value, path) ?? invalidChange(ctx, index, known);
}
