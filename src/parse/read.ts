// The only code that touches the input. Untrusted input may be a class instance, a Proxy whose traps
// throw, or an object with getters: every read goes through a descriptor (so no getter runs), inside
// a try, and own properties only (so an id like `__proto__` or `toString` is a key like any other).
// INVARIANT: no other module of src/parse reads a property of an input object or array.
import { at, report, type Context, type Path } from "./context.js";

/** The container kind of a value: a JSON array or object, `"unreadable"` when asking throws, else `"other"`. */
export type Kind = "array" | "object" | "other" | "unreadable";

/**
 * The container kind of a value. Only an array (of any realm) or an object whose prototype is `null`
 * or has a `null` prototype (`Object.prototype` of any realm) counts as JSON: class instances, `Map`,
 * `Date` and boxed primitives are `"other"`, as are primitives (their readers test them directly).
 */
export function kindOf(value: unknown): Kind {
  if (typeof value !== "object" || value === null) return "other";
  try {
    const proto: unknown = Object.getPrototypeOf(value);
    // Every realm's Array.prototype is itself an array; a subclass's prototype is not.
    if (Array.isArray(value)) return Array.isArray(proto) ? "array" : "other";
    return proto === null || Object.getPrototypeOf(proto) === null ? "object" : "other";
  } catch {
    return "unreadable";
  }
}

const SHOWN_LENGTH = 60;

/** How a value reads in a message: strings quoted (and cut when long), numbers as written, containers by kind. */
export function describe(value: unknown): string {
  if (typeof value === "string") {
    return value.length <= SHOWN_LENGTH ? JSON.stringify(value) : `${JSON.stringify(value.slice(0, SHOWN_LENGTH))}… (${value.length} characters)`;
  }
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  switch (kindOf(value)) {
    case "array":
      return "an array";
    case "object":
      return "an object";
    case "unreadable":
      return "an object whose reading throws";
    default:
      return describeOther(value);
  }
}

function describeOther(value: unknown): string {
  switch (typeof value) {
    case "undefined":
      return "undefined";
    case "function":
      return "a function";
    case "bigint":
      return "a bigint";
    case "symbol":
      return "a symbol";
    default:
      return "an object that is not plain JSON";
  }
}

const PLAIN = "plain JSON data";

function reportThrow(ctx: Context, path: Path): void {
  report(ctx, path, "unreadable_value", { expected: PLAIN, received: "a value whose reading throws" });
}

function valueOf(ctx: Context, descriptor: PropertyDescriptor, path: Path): { readonly value: unknown } | undefined {
  if ("value" in descriptor) return { value: descriptor.value };
  report(ctx, path, "unreadable_value", { expected: PLAIN, received: "a property getter" });
  return undefined;
}

/** The value visited for a property that exists but cannot be read (reported already). */
export const UNREADABLE: unique symbol = Symbol("unreadable");

/**
 * Calls `visit` with each own enumerable string-keyed property of an object, in its key order: its
 * value, or {@link UNREADABLE} for a getter or a throwing read (reported here). Returns `false`,
 * after reporting it, when the object's keys cannot be listed.
 */
export function eachEntry(ctx: Context, object: object, path: Path, visit: (key: string, value: unknown) => void): boolean {
  let keys: string[];
  try {
    keys = Object.keys(object);
  } catch {
    reportThrow(ctx, path);
    return false;
  }
  for (const key of keys) {
    let descriptor: PropertyDescriptor | undefined;
    try {
      descriptor = Object.getOwnPropertyDescriptor(object, key);
    } catch {
      reportThrow(ctx, at(path, key));
      visit(key, UNREADABLE);
      continue;
    }
    // A key listed a moment ago and gone now (a Proxy) is absent.
    if (descriptor === undefined) continue;
    const read = valueOf(ctx, descriptor, at(path, key));
    visit(key, read === undefined ? UNREADABLE : read.value);
  }
  return true;
}

/** Calls `visit` with each element of an array, in order; stops at the first hole, a mistake JSON cannot make. */
export function eachElement(ctx: Context, array: object, path: Path, visit: (value: unknown, index: number) => void): void {
  let length: unknown;
  try {
    // Stryker disable next-line OptionalChaining: equivalent, an array always has its length; a Proxy that denies it throws, caught below either way
    length = Object.getOwnPropertyDescriptor(array, "length")?.value;
  } catch {
    reportThrow(ctx, path);
    return;
  }
  if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 0) {
    report(ctx, path, "unreadable_value", { expected: PLAIN, received: "an array without a readable length" });
    return;
  }
  for (let index = 0; index < length; index++) {
    let descriptor: PropertyDescriptor | undefined;
    try {
      descriptor = Object.getOwnPropertyDescriptor(array, index);
    } catch {
      reportThrow(ctx, at(path, index));
      continue;
    }
    if (descriptor === undefined) {
      report(ctx, path, "invalid_type", { expected: "an array without holes", received: `an array with a hole at index ${index}` });
      return;
    }
    const read = valueOf(ctx, descriptor, at(path, index));
    if (read !== undefined) visit(read.value, index);
  }
}
