// Objects of the org format (an org, a role, a member, ...): every property read once, unknown ones
// and missing required ones reported, each present one decoded by its field's decoder, and the
// output built from the decoded values in the shape's order. This runs once per member of a
// 100k-member org, so it keeps allocations down: one array of values and one of entries per object.
import { type Decoder, container } from "./containers.js";
import { at, report, type Context, type Path } from "./context.js";
import { shortened } from "./bounds.js";
import { UNREADABLE, describe, eachEntry, keysOf } from "./read.js";

/** A property that the object must have, read by `decode`; `expected` is named when it is missing. */
export interface Required<T> {
  readonly decode: Decoder<T>;
  readonly expected: string;
}

/** A property that the object may leave out, read by `decode` when present. */
export interface Optional<T> {
  readonly decode: Decoder<T>;
  readonly expected?: never;
}

/** A property that must be present, with the form that the issue names when it is missing. */
export function required<T>(decode: Decoder<T>, expected: string): Required<T> {
  return { decode, expected };
}

/** A property that may be absent (a value of the wrong form is reported by `decode`, with its own words). */
export function optional<T>(decode: Decoder<T>): Optional<T> {
  return { decode };
}

type Fields = Readonly<Record<string, Required<unknown> | Optional<unknown>>>;
type RequiredNames<F> = { [K in keyof F]: F[K] extends { readonly expected: string } ? K : never }[keyof F];
type Decoded<X> = X extends { readonly decode: Decoder<infer T> } ? T : never;

/** The value read for a {@link Shape}: its required properties, and those of its optional ones that were present. */
export type Struct<F> = { readonly [K in RequiredNames<F>]: Decoded<F[K]> } & {
  readonly [K in Exclude<keyof F, RequiredNames<F>>]?: Decoded<F[K]>;
};

/** The properties of one kind of object. Input keys are looked up in a `Map`, so none meets `Object.prototype`. */
export interface Shape<F extends Fields> {
  readonly names: readonly string[];
  readonly fields: readonly F[keyof F][];
  readonly index: ReadonlyMap<string, number>;
}

/** A {@link Shape} from its properties, in the order the output has them. */
export function shape<F extends Fields>(fields: F): Shape<F> {
  const names = Object.keys(fields);
  const index = new Map<string, number>();
  names.forEach((name, i) => index.set(name, i));
  return { names, fields: Object.values(fields) as F[keyof F][], index };
}

/** The edit distance of two short strings (Levenshtein). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    // Indexes stay within the rows, which hold b.length + 1 numbers.
    for (let j = 1; j <= b.length; j++)
      next.push(
        Math.min(
          (row[j] as number) + 1,
          (next[j - 1] as number) + 1,
          (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
        ),
      );
    row = next;
  }
  return row[b.length] as number;
}

/** The property name that `key` most likely misspells, if one is close enough. */
function closest(key: string, names: readonly string[]): string | undefined {
  // The key as shown: a long key is no typo of ours, and comparing only its head bounds the cost.
  const lower = shortened(key).toLowerCase();
  return names.find((name) => distance(lower, name.toLowerCase()) <= Math.max(1, Math.floor(name.length / 4)));
}

function reportUnknown(ctx: Context, path: Path, key: string, names: readonly string[]): void {
  report(ctx, at(path, key), "unknown_property", () => {
    const expected = `one of ${names.map((n) => JSON.stringify(n)).join(", ")}`;
    const received = describe(key);
    const guess = closest(key, names);
    const message =
      guess === undefined
        ? `unknown property ${received}: expected ${expected}`
        : `unknown property ${received}: did you mean ${JSON.stringify(guess)}?`;
    return { expected, received, message };
  });
}

const ABSENT: unique symbol = Symbol("absent");

// The three passes below are plain loops over the shape's fields: they run once per member, group
// and assignment of a large org, and a callback per object would be allocated each time.

/** Reports the required properties that are absent; whether there were none. */
function allRequired<F extends Fields>(ctx: Context, path: Path, of: Shape<F>, values: readonly unknown[]): boolean {
  let complete = true;
  for (let i = 0; i < of.fields.length; i++) {
    const { expected } = of.fields[i] as F[keyof F];
    if (expected === undefined || values[i] !== ABSENT) continue;
    const key = of.names[i] as string;
    report(ctx, at(path, key), "missing_property", () => ({
      expected,
      received: "nothing",
      message: `missing required property ${JSON.stringify(key)}: expected ${expected}`,
    }));
    complete = false;
  }
  return complete;
}

/** Decodes the present, readable values into the output, in the shape's order, frozen; `undefined` when one had an issue. */
function decodeAll<F extends Fields>(
  ctx: Context,
  path: Path,
  of: Shape<F>,
  values: readonly unknown[],
): Record<string, unknown> | undefined {
  // The names are the shape's own, never input keys: writing them to a fresh object is safe, and
  // gives every output of one shape the same layout.
  const output: Record<string, unknown> = {};
  let decoded = true;
  for (let i = 0; i < of.fields.length; i++) {
    const value = values[i];
    if (value === ABSENT || value === UNREADABLE) continue;
    const key = of.names[i] as string;
    const result = (of.fields[i] as F[keyof F]).decode(ctx, value, at(path, key));
    if (result === undefined) decoded = false;
    else output[key] = result;
  }
  return decoded ? Object.freeze(output) : undefined;
}

/**
 * Puts the value of each of the shape's properties in `values`, at the property's place in the
 * shape; whether every key was known and readable.
 */
function collect<F extends Fields>(
  ctx: Context,
  object: object,
  keys: readonly string[],
  path: Path,
  of: Shape<F>,
  values: unknown[],
): boolean {
  return eachEntry(ctx, object, keys, path, (key, value) => {
    const i = of.index.get(key);
    if (i === undefined) {
      reportUnknown(ctx, path, key, of.names);
      return false;
    }
    values[i] = value;
    return value !== UNREADABLE;
  });
}

/**
 * Reads an object of the given shape: its properties decoded, in the shape's order, frozen. Unknown
 * properties are issues (fail closed: a typo such as `spendLimt` must not drop a limit); so are
 * missing required ones. Every issue of the object is reported before it is refused.
 */
export function readStruct<F extends Fields>(
  ctx: Context,
  value: unknown,
  path: Path,
  of: Shape<F>,
): Struct<F> | undefined {
  const object = container(ctx, value, path, "object", "an object");
  if (object === undefined) return undefined;
  const keys = keysOf(ctx, object, path);
  if (keys === undefined) return undefined;
  ctx.open.push(object);
  const values: unknown[] = new Array<unknown>(of.names.length).fill(ABSENT);
  const read = collect(ctx, object, keys, path, of, values);
  const complete = allRequired(ctx, path, of, values);
  const output = decodeAll(ctx, path, of, values);
  ctx.open.pop();
  if (!read || !complete) return undefined;
  // INVARIANT: every required property was present, and the output exists only when each was
  // decoded, so it is a Struct<F> or undefined (the issue reported).
  return output as Struct<F> | undefined;
}
