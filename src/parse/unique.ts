// Ids that must be unique within their list (IN-1): roles, groups, members and connectors by id, a
// connector's tools, and spend limits by group. A repeat is reported where it repeats, naming the
// first place, so the person can choose which one to keep. Each id is looked up once in a Map.
import type { Decoder } from "./containers.js";
import { at, pathText, report, type Place } from "./context.js";
import type { ValidationIssueCode } from "./issues.js";
import { describe } from "./read.js";

/** What a repeat is called, and what to do about it. */
export interface Uniqueness {
  readonly code: ValidationIssueCode;
  /** The expected form, e.g. `a role id that no other role has`. */
  readonly expected: string;
  /** The message for a repeat of `id` (shown quoted) first seen at `first` (a path as text). */
  readonly message: (id: string, first: string) => string;
  /**
   * The place a message names as the first: `"element"` for a property of a list's elements (a
   * member's `id`: `members[0]`), `"item"` for the items themselves (a tool: `tools[0]`).
   */
  readonly first: "element" | "item";
}

/**
 * A reader of the ids of one list, by `readId`, that refuses a repeat (reporting it at the repeat);
 * a fresh one for each list read.
 */
export function unique(rule: Uniqueness, readId: Decoder<string>): Decoder<string> {
  // Each id's place in the list, by its key there (an index): a number per id, not the place itself,
  // so that reading a long list keeps no object per element alive. The list's path is the same for all.
  const seen = new Map<string, string | number>();
  return (ctx, value, path) => {
    const id = readId(ctx, value, path);
    if (id === undefined) return undefined;
    // INVARIANT: an id is read at a place in its list, never at the top of the document.
    const place = (rule.first === "item" ? path : (path as Place).parent) as Place;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, place.key);
      return id;
    }
    report(ctx, path, rule.code, () => {
      const received = describe(id);
      return { expected: rule.expected, received, message: rule.message(received, pathText(at(place.parent, first))) };
    });
    return undefined;
  };
}

/** Unique ids among the elements of a list of roles, groups, members or connectors. */
export function uniqueIds(noun: string, plural: string): Uniqueness {
  return {
    code: "duplicate_id",
    expected: `a ${noun} id that no other ${noun} has`,
    message: (id, first) =>
      `duplicate ${noun} id ${id}: ${first} has it already, give each of the ${plural} its own id`,
    first: "element",
  };
}
