// The one door through which an untrusted change becomes a Change (CHG-1): its kind, exact fields and
// their types, read with the org parser's own readers so a change holds nothing an org could not.
import { at, newContext, report, type Context, type Path } from "../parse/context.js";
import { UNREADABLE, describe, eachEntry, kindOf } from "../parse/read.js";
import { unknownChangeKindText } from "../words/changes.js";
import { CHANGE_KINDS, type Change, type ChangeKind } from "./change.js";
import { CHANGE_READERS } from "./changeFields.js";

const KIND_EXPECTED = `one of ${CHANGE_KINDS.map((kind) => JSON.stringify(kind)).join(", ")}`;
const KIND: readonly string[] = ["kind"];

/**
 * The value of the object's own `kind` property, read without running code: `undefined` when it is
 * absent, {@link UNREADABLE} when it cannot be read (reported in `ctx`).
 */
function kindValue(ctx: Context, object: object, path: Path): unknown {
  let kind: unknown;
  eachEntry(ctx, object, KIND, path, (_key, value) => {
    kind = value;
    return true;
  });
  return kind;
}

/** The kind of a value that may be a change, read without running code; `undefined` when it has none we know. */
export function changeKindOf(value: unknown): ChangeKind | undefined {
  const kind = kindOf(value) === "object" ? kindValue(newContext(), value as object, undefined) : undefined;
  return CHANGE_KINDS.find((known) => known === kind);
}

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

/** Reads one change at `path`; `undefined` after reporting every problem of its form in `ctx`. */
export function readChange(ctx: Context, value: unknown, path: Path): Change | undefined {
  if (kindOf(value) !== "object") {
    report(ctx, path, "invalid_type", () => ({
      expected: 'a change: an object { "kind": ..., ...fields }',
      received: describe(value),
    }));
    return undefined;
  }
  const kind = kindValue(ctx, value as object, path);
  if (kind === UNREADABLE) return undefined;
  // The kind is looked up among the known ones, never as a key of an object: `__proto__` is a kind we do not know.
  const known = CHANGE_KINDS.find((k) => k === kind);
  if (known === undefined) {
    reportKind(ctx, path, kind);
    return undefined;
  }
  return CHANGE_READERS[known](ctx, value, path);
}
