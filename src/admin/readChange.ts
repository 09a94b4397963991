// The one door through which an untrusted change becomes a Change (CHG-1): its kind, exact fields and
// their types, read with the org parser's own readers so a change holds nothing an org could not.
import { at, report, type Context, type Path } from "../parse/context.js";
import { describe, eachEntry, kindOf } from "../parse/read.js";
import { readStruct, shape, type Fields, type Shape } from "../parse/struct.js";
import { unknownChangeKindText } from "../words/changes.js";
import { CHANGE_KINDS, type Change, type ChangeKind } from "./change.js";
import { CHANGE_FIELDS } from "./changeFields.js";

const KIND_EXPECTED = `one of ${CHANGE_KINDS.map((kind) => JSON.stringify(kind)).join(", ")}`;

/** The value of the object's own `kind` property, read without running code; `undefined` when absent. */
function kindValue(object: object): unknown {
  let kind: unknown;
  eachEntry({ issues: [], open: new Set() }, object, undefined, (key, value) => {
    if (key === "kind") kind = value;
  });
  return kind;
}

const SHAPES = new Map<string, Shape<string>>(
  Object.entries(CHANGE_FIELDS).map(([kind, { fields }]) => [kind, shape<string>({ kind: "a change kind", ...fields })]),
);

/** The kind of a value that may be a change, read without running code; `undefined` when it has none we know. */
export function changeKindOf(value: unknown): ChangeKind | undefined {
  const kind = kindOf(value) === "object" ? kindValue(value as object) : undefined;
  return CHANGE_KINDS.find((known) => known === kind);
}

/** Reads one change at `path`; after reporting a problem of its form in `ctx`, what it returns is not to be used. */
export function readChange(ctx: Context, value: unknown, path: Path): Change | undefined {
  if (kindOf(value) !== "object") {
    report(ctx, path, "invalid_type", { expected: 'a change: an object { "kind": ..., ...fields }', received: describe(value) });
    return undefined;
  }
  const kind = kindValue(value as object);
  const of = typeof kind === "string" ? SHAPES.get(kind) : undefined;
  if (of === undefined) {
    const code = typeof kind === "string" ? "unknown_change_kind" : kind === undefined ? "missing_property" : "invalid_type";
    const received = kind === undefined ? "nothing" : describe(kind);
    const message = code === "unknown_change_kind" ? unknownChangeKindText(received, KIND_EXPECTED) : undefined;
    report(ctx, at(path, "kind"), code, { expected: KIND_EXPECTED, received, ...(message === undefined ? {} : { message }) });
    return undefined;
  }
  const build = CHANGE_FIELDS[kind as ChangeKind].build as (f: Fields<string>) => Change;
  return readStruct(ctx, value, path, of, build, undefined);
}
