// The state of one validation run: the issues found so far, the containers being read (to see
// cycles), and the path of the value being read, kept as a linked list so that reading a valid
// element costs no array copy.
import { formatPath, type ValidationIssue, type ValidationIssueCode } from "./issues.js";

/** A JSON path as a linked list from the value up to the top of the document (`undefined`). */
export type Path = { readonly parent: Path; readonly key: string | number } | undefined;

/** The path of the top of the document. */
export const ROOT: Path = undefined;

/** The path of `key` inside the value at `path`. */
export function at(path: Path, key: string | number): Path {
  return { parent: path, key };
}

/** The path as an array of keys, from the top of the document down. */
export function pathKeys(path: Path): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let node = path; node !== undefined; node = node.parent) keys.push(node.key);
  return keys.reverse();
}

/** The path as text, e.g. `roles[2].connectors.all`. */
export function pathText(path: Path): string {
  return formatPath(pathKeys(path));
}

/** One validation run. */
export interface Context {
  /** Every issue found so far, in document order. */
  readonly issues: ValidationIssue[];
  /** The objects and arrays being read, from the top down to the current value: a cycle's witnesses. */
  readonly open: Set<object>;
}

/** A new, empty validation run. */
export function newContext(): Context {
  return { issues: [], open: new Set() };
}

/** What an issue says, beside its place. */
export interface IssueText {
  readonly expected: string;
  readonly received: string;
  /** The message; `expected <expected>, received <received>` when absent. */
  readonly message?: string;
}

/** Records an issue at `path`. */
export function report(ctx: Context, path: Path, code: ValidationIssueCode, text: IssueText): void {
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
