// Arrays and records (objects keyed by ids), read once in document order, cycles refused; and what
// every container shares. Everything built here is frozen.
import { at, report, type Context, type Path } from "./context.js";
import { UNREADABLE, describe, eachElement, eachEntry, keysOf, kindOf } from "./read.js";

/**
 * Reads one value at `path`: returns what to keep, or `undefined` after reporting every issue found
 * in it. INVARIANT: a decoder returns `undefined` exactly when it reported an issue, so a document
 * with an issue never yields an org, and no stand-in value is ever built.
 */
export type Decoder<T> = (ctx: Context, value: unknown, path: Path) => T | undefined;

/** The value as a container of the wanted kind, not yet open (a cycle otherwise); `undefined` after reporting why not. */
export function container(
  ctx: Context,
  value: unknown,
  path: Path,
  want: "object" | "array",
  expected: string,
): object | undefined {
  const kind = kindOf(value);
  if (kind !== want) {
    report(ctx, path, kind === "unreadable" ? "unreadable_value" : "invalid_type", () => ({
      expected,
      received: describe(value),
    }));
    return undefined;
  }
  const found = value as object;
  if (!ctx.open.includes(found)) return found;
  report(ctx, path, "circular_reference", () => ({
    expected: "plain JSON data",
    received: "a value that contains itself",
  }));
  return undefined;
}

/** Reads an array, each element by `readItem`. */
export function readArray<T>(ctx: Context, value: unknown, path: Path, readItem: Decoder<T>): readonly T[] | undefined {
  const array = container(ctx, value, path, "array", "an array");
  if (array === undefined) return undefined;
  ctx.open.push(array);
  const items: T[] = [];
  const read = eachElement(ctx, array, path, (element, index) => {
    const item = readItem(ctx, element, at(path, index));
    if (item === undefined) return false;
    items.push(item);
    return true;
  });
  ctx.open.pop();
  return read ? Object.freeze(items) : undefined;
}

/** Reads the value of a record's entry; the key is given too, for messages that name it. */
export type EntryDecoder<T> = (ctx: Context, value: unknown, path: Path, key: string) => T | undefined;

/**
 * Reads an object keyed by ids (connector ids, tool names, capability ids): every key must be a
 * non-empty id, and may be anything else, `__proto__` included (the output has it as an own key).
 */
export function readRecord<T>(
  ctx: Context,
  value: unknown,
  path: Path,
  keyName: string,
  readValue: EntryDecoder<T>,
): Readonly<Record<string, T>> | undefined {
  const object = container(ctx, value, path, "object", `an object keyed by ${keyName}`);
  if (object === undefined) return undefined;
  const keys = keysOf(ctx, object, path);
  if (keys === undefined) return undefined;
  ctx.open.push(object);
  const entries: [string, T][] = [];
  const read = eachEntry(ctx, object, keys, path, (key, v) => {
    const named = key !== "";
    if (!named) report(ctx, at(path, key), "empty_id", () => ({ expected: `a non-empty ${keyName}`, received: '""' }));
    if (v === UNREADABLE) return false;
    const item = readValue(ctx, v, at(path, key), key);
    if (item === undefined) return false;
    entries.push([key, item]);
    return named;
  });
  ctx.open.pop();
  // Object.fromEntries defines own properties: a `__proto__` key stays a key, not a prototype.
  return read ? Object.freeze(Object.fromEntries(entries)) : undefined;
}
