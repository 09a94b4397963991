// Ids that must be unique within their list (IN-1): roles, groups, members and connectors by id, a
// connector's tools, and spend limits by group. A repeat is reported where it repeats, naming the
// first place, so the person can choose which one to keep.
import { report, pathText, type Context, type Path } from "./context.js";
import type { ValidationIssueCode } from "./issues.js";
import { describe } from "./read.js";

/** What a repeat is called, and what to do about it. */
export interface Uniqueness {
  readonly code: ValidationIssueCode;
  /** The expected form, e.g. `a role id that no other role has`. */
  readonly expected: string;
  /** The message for a repeat of `id` (shown quoted) first seen at `first` (a path as text). */
  readonly message: (id: string, first: string) => string;
}

/** Repeats of the ids of one list, the first place of each id kept by id. */
export type Seen = Map<string, Path>;

/**
 * Records `id` as used by the element at `element`; when an earlier element used it, reports a
 * repeat at `path`. The empty id is skipped: it was reported as empty already.
 */
export function claim(ctx: Context, seen: Seen, rule: Uniqueness, id: string, path: Path, element: Path): void {
  if (id === "") return;
  if (!seen.has(id)) {
    seen.set(id, element);
    return;
  }
  const received = describe(id);
  report(ctx, path, rule.code, { expected: rule.expected, received, message: rule.message(received, pathText(seen.get(id))) });
}

/** Unique ids among the elements of a list of roles, groups, members or connectors. */
export function uniqueIds(noun: string, plural: string): Uniqueness {
  return {
    code: "duplicate_id",
    expected: `a ${noun} id that no other ${noun} has`,
    message: (id, first) => `duplicate ${noun} id ${id}: ${first} has it already, give each of the ${plural} its own id`,
  };
}
