import type { Org } from "../index.js";
import { cliWords } from "../words/cli.js";
import type { Format } from "./args.js";
import { shorten } from "./table.js";

/** One part of an answer: its JSON value, its lines of text and, where the command has CSV, its CSV records. */
export interface AnswerItem {
  /** The library's result for this part, printed by `--format json` and `ndjson`. */
  readonly json: unknown;
  /**
   * The same as lines of text, without their line breaks: a line break inside a line (an id that
   * holds one) is printed escaped, so that no id can break a line or forge one.
   */
  readonly text: readonly string[];
  /** The same as CSV records, one list of cells each (only for a command with `csvColumns`). */
  readonly csv?: readonly (readonly string[])[];
}

/**
 * What a command answers, printed in the format asked for. The items are pulled one at a time
 * while printing, so a command that answers for every member never holds every answer at once.
 */
export interface Answer {
  /** A line printed before the items (text format only), e.g. the org's header line. */
  readonly title?: string;
  /** The items, computed lazily. */
  readonly items: Iterable<AnswerItem>;
  /** Whether one thing was asked for: `--format json` then prints its item alone, not an array. */
  readonly single: boolean;
  /** What separates two items' text: a blank line or a line break. */
  readonly separator: "\n\n" | "\n";
  /** The CSV header, for a command that prints CSV: the names of the cells of `AnswerItem.csv`. */
  readonly csvColumns?: readonly string[];
  /** The exit code after answering: 0, or 1 for a command whose answer is an error (an audit). */
  readonly exitCode?: 0 | 1;
}

/** What a command produced: an answer, or an error for an id the org does not have (exit code 1). */
export type Outcome = { readonly ok: true; readonly answer: Answer } | { readonly ok: false; readonly error: string };

/** What a command runs on: the files it reads, its other arguments and its options. */
export interface CommandInput {
  /** The orgs read from the command's org files, in the order of `files`, each valid by IN-1. */
  readonly orgs: readonly Org[];
  /** The values read from its JSON files (e.g. a change list), in the order of `files`, unvalidated. */
  readonly documents: readonly unknown[];
  /** The positional arguments after the files. */
  readonly args: readonly string[];
  /** The command's own options that were given (e.g. `--pilot`), by name. */
  readonly options: ReadonlyMap<string, string>;
}

/**
 * A command of `org-rbac`. Adding one is a new module exporting a `Command` and one line in
 * `COMMAND_LIST` (src/cli/commands.ts): `run` reads its files, checks its arguments and prints its answer.
 */
export interface Command {
  /** The command's name, the first argument. */
  readonly name: string;
  /** The arguments after the command, as the usage shows them. */
  readonly args: string;
  /** What it answers, for the usage: one or more lines. */
  readonly summary: readonly string[];
  /** The files it reads first: an org (validated, IN-1) or other JSON. */
  readonly files: readonly ("org" | "json")[];
  /** How many positional arguments it takes, its files included. */
  readonly arity: readonly [min: number, max: number];
  /** The formats it prints (`text` and `json` at least). */
  readonly formats: readonly Format[];
  /** Its own options that take a value, with their dashes (e.g. `["--pilot"]`). */
  readonly options?: readonly string[];
  /** Runs the command on valid input. */
  execute(input: CommandInput): Outcome;
}

/**
 * Ids for an error message: all of a few, the first ten of many, each cut when long, so that the
 * message stays short whatever the org.
 *
 * @param ids - the ids
 *
 * @example
 * ```ts
 * someIds(["a", "b"]) // => "a, b"
 * ```
 */
export function someIds(ids: readonly string[]): string {
  const shown = ids.slice(0, 10).map(shorten).join(", ");
  return ids.length > 10 ? `${shown} ${cliWords.andMore(ids.length - 10)}` : shown;
}

/**
 * An answer of one item, in text and JSON only.
 *
 * @param json - the library's result
 * @param text - the same as lines of text
 */
export function singleAnswer(json: unknown, text: readonly string[]): Outcome {
  return { ok: true, answer: { items: [{ json, text }], single: true, separator: "\n" } };
}
