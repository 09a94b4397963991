// The only code that touches the input. Untrusted input may be a class instance, a Proxy whose traps
// throw, or an object with getters: every read goes through a descriptor (so no getter runs), inside
// a try, and own properties only (so an id like `__proto__` or `toString` is a key like any other).
// INVARIANT: no other module of src/parse reads a property of an input object or array.
import { MAX_SHOWN_LENGTH, head } from "./bounds.js";
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

/** How a value reads in a message: strings quoted (and cut when long), numbers as written, containers by kind. */
export function describe(value: unknown): string {
  if (typeof value === "string")
    return value.length <= MAX_SHOWN_LENGTH
      ? JSON.stringify(value)
      : `${JSON.stringify(head(value))}… (${value.length} characters)`;
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

/** Whether a value is a safe integer (a whole number from -(2^53 - 1) to 2^53 - 1), as a type guard. */
export const isWholeNumber = Number.isSafeInteger as (value: unknown) => value is number;

function reportThrow(ctx: Context, path: Path): void {
  report(ctx, path, "unreadable_value", () => ({ expected: PLAIN, received: "a value whose reading throws" }));
}

/** The value visited for a property that exists but cannot be read (reported already). */
export const UNREADABLE: unique symbol = Symbol("unreadable");
const ABSENT: unique symbol = Symbol("absent");

/**
 * An own property's value; {@link UNREADABLE} after reporting a getter or a throwing read; `ABSENT`
 * when there is none. `path` is the object's: the property's path is built only to report.
 */
function ownValue(ctx: Context, object: object, key: string | number, path: Path): unknown {
  let descriptor: PropertyDescriptor | undefined;
  try {
    descriptor = Object.getOwnPropertyDescriptor(object, key);
  } catch {
    reportThrow(ctx, at(path, key));
    return UNREADABLE;
  }
  if (descriptor === undefined) return ABSENT;
  if ("value" in descriptor) return descriptor.value;
  report(ctx, at(path, key), "unreadable_value", () => ({ expected: PLAIN, received: "a property getter" }));
  return UNREADABLE;
}

/** What {@link plainValue} and {@link plainKeys} give when the common case does not hold. */
export const NOT_PLAIN: unique symbol = Symbol("not plain");

const NO_PROPERTY: PropertyDescriptor = Object.freeze({});

/**
 * An own data property's value, read without running code; {@link NOT_PLAIN} when there is no such
 * property, it is a getter, or asking throws. Reports nothing: for a reader that tries the common
 * case first and leaves everything else to the reporting one.
 */
export function plainValue(object: object, key: string | number): unknown {
  try {
    // An absent property reads as a descriptor without a value, as a getter's is.
    const descriptor = Object.getOwnPropertyDescriptor(object, key) ?? NO_PROPERTY;
    return "value" in descriptor ? descriptor.value : NOT_PLAIN;
  } catch {
    return NOT_PLAIN;
  }
}

/**
 * The length of a JSON array that is not one of the containers being read (`open`: a cycle), read
 * without running code; `undefined` for anything else. Reports nothing: the start of a reader that
 * tries the common case first.
 */
export function plainLength(open: readonly object[], value: unknown): number | undefined {
  if (kindOf(value) !== "array" || open.includes(value as object)) return undefined;
  const length = plainValue(value as object, "length");
  return isWholeNumber(length) && length >= 0 ? length : undefined;
}

/**
 * The own enumerable string keys of a value; {@link NOT_PLAIN} when listing them throws (`null`,
 * `undefined`, a revoked Proxy). Reports nothing. A string lists its indices, and other primitives
 * list nothing.
 */
export function plainKeys(value: unknown): readonly string[] | typeof NOT_PLAIN {
  try {
    return Object.keys(value as object);
  } catch {
    return NOT_PLAIN;
  }
}

/**
 * The value of an object's own property, read without running code: `undefined` when it has none,
 * {@link UNREADABLE} after reporting a getter or a throwing read.
 */
export function ownProperty(ctx: Context, object: object, key: string, path: Path): unknown {
  const value = ownValue(ctx, object, key, path);
  return value === ABSENT ? undefined : value;
}

/** The own enumerable string keys of an object, in its key order; `undefined` after reporting that they cannot be listed. */
export function keysOf(ctx: Context, object: object, path: Path): readonly string[] | undefined {
  try {
    return Object.keys(object);
  } catch {
    reportThrow(ctx, path);
    return undefined;
  }
}

/**
 * Calls `visit` with each of the `keys` of an object and its value, or {@link UNREADABLE} for a
 * getter or a throwing read (reported here). `visit` says whether the entry was read without an
 * issue; so does the result, for all of them.
 */
export function eachEntry(
  ctx: Context,
  object: object,
  keys: readonly string[],
  path: Path,
  visit: (key: string, value: unknown) => boolean,
): boolean {
  let read = true;
  for (const key of keys) {
    const value = ownValue(ctx, object, key, path);
    // A key listed a moment ago and gone now (a Proxy) is absent.
    if (value !== ABSENT) read = visit(key, value) && read;
  }
  return read;
}

/**
 * Calls `visit` with each element of an array, in order, but an unreadable one (reported here); stops
 * at the first hole, a mistake JSON cannot make. `visit` says whether the element was read without an
 * issue; so does the result, for the whole array.
 */
export function eachElement(
  ctx: Context,
  array: object,
  path: Path,
  visit: (value: unknown, index: number) => boolean,
): boolean {
  let length: unknown;
  try {
    // INVARIANT: an array has its own `length`, which a Proxy cannot deny (it is not configurable): it throws.
    length = (Object.getOwnPropertyDescriptor(array, "length") as PropertyDescriptor).value;
  } catch {
    reportThrow(ctx, path);
    return false;
  }
  if (!isWholeNumber(length) || length < 0) {
    report(ctx, path, "unreadable_value", () => ({ expected: PLAIN, received: "an array without a readable length" }));
    return false;
  }
  let read = true;
  for (let index = 0; index < length; index++) {
    const value = ownValue(ctx, array, index, path);
    if (value === ABSENT) {
      report(ctx, path, "invalid_type", () => ({
        expected: "an array without holes",
        received: `an array with a hole at index ${index}`,
      }));
      return false;
    }
    read = value !== UNREADABLE && visit(value, index) && read;
  }
  return read;
}
