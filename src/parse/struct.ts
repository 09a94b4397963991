// Objects of the org format (an org, a role, a member, ...): every property read once, unknown ones
// and missing required ones reported, the output built by the kind's builder. This runs once per
// member of a 100k-member org, so it keeps allocations down: one array and one reader per object.
import { type Decoder, container } from "./containers.js";
import { at, newContext, report, type Context, type Path } from "./context.js";
import { UNREADABLE, describe, eachEntry } from "./read.js";

/**
 * A property of an object in the org format: for a required one, the form of its value, which the
 * issue names when the property is missing; {@link OPTIONAL} for one that may be absent (a value of
 * the wrong form is reported by the property's decoder, with its own words).
 */
export type Field = string | typeof OPTIONAL;

/** The {@link Field} of a property that may be absent. */
export const OPTIONAL = null;

/** The properties of one kind of object. Input keys are looked up in a `Map`, so none meets `Object.prototype`. */
export interface Shape<K extends string> {
  readonly names: readonly K[];
  readonly fields: readonly Field[];
  readonly index: ReadonlyMap<string, number>;
}

/** A {@link Shape} from its properties. */
export function shape<K extends string>(fields: Readonly<Record<K, Field>>): Shape<K> {
  const entries = Object.entries<Field>(fields);
  return {
    names: entries.map(([name]) => name as K),
    fields: entries.map(([, field]) => field),
    // Stryker disable next-line ArrowFunction: a mutant here fails every test file at import, which the vitest runner reports as no test run rather than a kill
    index: new Map(entries.map(([name], i) => [name, i])),
  };
}

/** The properties of one object being read, for its builder. */
export interface Fields<K extends string> {
  /** The validation run. */
  readonly ctx: Context;
  /** Where the object is. */
  readonly path: Path;
  /** Whether the object has the property. */
  has(key: K): boolean;
  /** The property's value, read by `decode` (a stand-in when it is missing: that was reported). */
  get<T>(key: K, decode: Decoder<T>): T;
}

const ABSENT: unique symbol = Symbol("absent");

class Present<K extends string> implements Fields<K> {
  constructor(
    readonly ctx: Context,
    readonly path: Path,
    private readonly of: Shape<K>,
    private readonly values: readonly unknown[],
  ) {}

  // INVARIANT: K is a name of the shape, so index.get always finds it.
  private valueOf(key: K): unknown {
    return this.values[this.of.index.get(key) as number];
  }

  has(key: K): boolean {
    return this.valueOf(key) !== ABSENT;
  }

  get<T>(key: K, decode: Decoder<T>): T {
    const value = this.valueOf(key);
    // A missing or unreadable property was reported already: its stand-in is read in a throwaway
    // run, never kept.
    return value === ABSENT || value === UNREADABLE ? decode(newContext(), undefined, at(this.path, key)) : decode(this.ctx, value, at(this.path, key));
  }
}

/** The edit distance of two short strings (Levenshtein). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    // Indexes stay within the rows, which hold b.length + 1 numbers.
    for (let j = 1; j <= b.length; j++) next.push(Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length] as number;
}

/** The property name that `key` most likely misspells, if one is close enough. */
function closest(key: string, names: readonly string[]): string | undefined {
  // A long key is no typo of ours, and comparing it would cost its length times ours.
  // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent, no key of 40 characters or more is within the edit distance of a property name of ours; the cut only saves time
  if (key.length > 40) return undefined;
  const lower = key.toLowerCase();
  return names.find((name) => distance(lower, name.toLowerCase()) <= Math.max(1, Math.floor(name.length / 4)));
}

function reportUnknown(ctx: Context, path: Path, key: string, names: readonly string[]): void {
  const expected = `one of ${names.map((n) => JSON.stringify(n)).join(", ")}`;
  const received = describe(key);
  const guess = closest(key, names);
  const message = guess === undefined ? `unknown property ${received}: expected ${expected}` : `unknown property ${received}: did you mean ${JSON.stringify(guess)}?`;
  report(ctx, at(path, key), "unknown_property", { expected, received, message });
}

/**
 * Reads an object of the given shape and builds the output from its properties. Unknown properties
 * are issues (fail closed: a typo such as `spendLimt` must not drop a limit); so are missing
 * required ones.
 */
export function readStruct<K extends string, T>(ctx: Context, value: unknown, path: Path, of: Shape<K>, build: (fields: Fields<K>) => T, standIn: T): T {
  const object = container(ctx, value, path, "object", "an object");
  if (object === undefined) return standIn;
  ctx.open.add(object);
  const values: unknown[] = of.names.map(() => ABSENT);
  const readable = eachEntry(ctx, object, path, (key, v) => {
    const i = of.index.get(key);
    if (i === undefined) reportUnknown(ctx, path, key, of.names);
    else values[i] = v;
  });
  if (!readable) {
    ctx.open.delete(object);
    return standIn;
  }
  of.fields.forEach((expected, i) => {
    if (expected !== OPTIONAL && values[i] === ABSENT) {
      const key = of.names[i] as K;
      report(ctx, at(path, key), "missing_property", { expected, received: "nothing", message: `missing required property ${JSON.stringify(key)}: expected ${expected}` });
    }
  });
  const result = build(new Present(ctx, path, of, values));
  ctx.open.delete(object);
  return result;
}
