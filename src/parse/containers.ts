// Arrays and records (objects keyed by ids), read once in document order, cycles refused; and what
// every container shares. Everything built here is frozen.
import { at, report, type Context, type Path } from "./context.js";
import { UNREADABLE, describe, eachElement, eachEntry, kindOf } from "./read.js";

/** Reads one value at `path`: returns what to keep, after reporting any issue (then the result is a stand-in). */
export type Decoder<T> = (ctx: Context, value: unknown, path: Path) => T;

/** The value as a container of the wanted kind, not yet open (a cycle otherwise); `undefined` after reporting why not. */
export function container(ctx: Context, value: unknown, path: Path, want: "object" | "array", expected: string): object | undefined {
  const kind = kindOf(value);
  if (kind !== want) {
    report(ctx, path, kind === "unreadable" ? "unreadable_value" : "invalid_type", { expected, received: describe(value) });
    return undefined;
  }
  const found = value as object;
  if (!ctx.open.has(found)) return found;
  report(ctx, path, "circular_reference", { expected: "plain JSON data", received: "a value that contains itself" });
  return undefined;
}

/** Reads an array, each element by `readItem`; an element it returns `undefined` for is left out. */
export function readArray<T>(ctx: Context, value: unknown, path: Path, readItem: (ctx: Context, value: unknown, path: Path, index: number) => T | undefined): readonly T[] {
  const array = container(ctx, value, path, "array", "an array");
  // Stryker disable next-line ArrayDeclaration: stand-in after a reported issue, never kept: parseOrg then fails
  if (array === undefined) return Object.freeze([]);
  ctx.open.add(array);
  const items: T[] = [];
  eachElement(ctx, array, path, (element, index) => {
    const item = readItem(ctx, element, at(path, index), index);
    // Stryker disable next-line ConditionalExpression: equivalent, an item is undefined only after a reported issue, and then the array is a stand-in never kept
    if (item !== undefined) items.push(item);
  });
  ctx.open.delete(array);
  return Object.freeze(items);
}

/**
 * Reads an object keyed by ids (connector ids, tool names, capability ids): every key must be a
 * non-empty id, and may be anything else, `__proto__` included (the output has it as an own key).
 */
export function readRecord<T>(
  ctx: Context,
  value: unknown,
  path: Path,
  keyName: string,
  readValue: (ctx: Context, value: unknown, path: Path, key: string) => T | undefined,
): Readonly<Record<string, T>> {
  const object = container(ctx, value, path, "object", `an object keyed by ${keyName}`);
  if (object === undefined) return Object.freeze({});
  ctx.open.add(object);
  const entries: [string, T][] = [];
  eachEntry(ctx, object, path, (key, v) => {
    if (key === "") report(ctx, at(path, key), "empty_id", { expected: `a non-empty ${keyName}`, received: '""' });
    const item = v === UNREADABLE ? undefined : readValue(ctx, v, at(path, key), key);
    // Stryker disable next-line ConditionalExpression: equivalent, an item is undefined only after a reported issue, and then the record is a stand-in never kept
    if (item !== undefined) entries.push([key, item]);
  });
  ctx.open.delete(object);
  // Object.fromEntries defines own properties: a `__proto__` key stays a key, not a prototype.
  return Object.freeze(Object.fromEntries(entries));
}
