// The state of one validation run: the issues found so far, the containers being read (to see
// cycles), and the path of the value being read, kept as a linked list so that reading a valid
// element costs no array copy. Only the first issues are kept, each of a bounded size: an issue is
// worded only when it is kept, so the issues beyond cost a count each.
import { MAX_VALIDATION_ISSUES, shortened } from "./bounds.js";
import { formatPath, type ValidationIssue, type ValidationIssueCode } from "./issues.js";
import { keepShape } from "../shapes.js";

/** A place below the top of the document: the key of the value inside its parent. */
export interface Place {
  readonly parent: Path;
  readonly key: string | number;
}

/** A JSON path as a linked list from the value up to the top of the document (`undefined`). */
export type Path = Place | undefined;

/** The path of the top of the document. */
export const ROOT: Path = undefined;

/** The path of `key` inside the value at `path`. */
export function at(path: Path, key: string | number): Place {
  return { parent: path, key };
}

/** The path as an array of keys, from the top of the document down, long names {@link shortened}. */
export function pathKeys(path: Path): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let node = path; node !== undefined; node = node.parent)
    keys.push(typeof node.key === "string" ? shortened(node.key) : node.key);
  return keys.reverse();
}

/** The path as text, e.g. `roles[2].connectors.all`. */
export function pathText(path: Path): string {
  return formatPath(pathKeys(path));
}

/** One validation run. */
export interface Context {
  /** The first issues found so far, in document order: at most {@link MAX_VALIDATION_ISSUES}. */
  readonly issues: ValidationIssue[];
  /** How many issues were found so far, kept or not. */
  found: number;
  /**
   * The objects and arrays being read, from the top down to the current value: a cycle's witnesses.
   * A stack, not a set: its depth is bounded by the org format's (readers follow the format), and a
   * set would give every input object an identity hash, which V8 stores in the object itself.
   */
  readonly open: object[];
}

/** A new, empty validation run. */
export function newContext(): Context {
  return { issues: [], found: 0, open: [] };
}

// A context outlives every run, so that the parser's optimized code does too (src/shapes.ts).
keepShape(newContext());

/** What an issue says, beside its place. */
export interface IssueText {
  readonly expected: string;
  readonly received: string;
  /** The message; `expected <expected>, received <received>` when absent. */
  readonly message?: string;
}

/** Records an issue at `path`; its `words` are asked for only when the issue is kept. */
export function report(ctx: Context, path: Path, code: ValidationIssueCode, words: () => IssueText): void {
  ctx.found++;
  if (ctx.issues.length === MAX_VALIDATION_ISSUES) return;
  const text = words();
  const keys = Object.freeze(pathKeys(path));
  ctx.issues.push(
    Object.freeze({
      code,
      path: keys,
      pathText: formatPath(keys),
      expected: text.expected,
      received: text.received,
      message: text.message ?? `expected ${text.expected}, received ${text.received}`,
    }),
  );
}
