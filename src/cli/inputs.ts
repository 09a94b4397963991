import { safeParseOrg, type Org } from "../index.js";
import { cliWords } from "../words/cli.js";
import type { Format } from "./args.js";
import type { Command } from "./command.js";
import { readJsonText } from "./jsonText.js";
import { printableJson, printableLine, printableLines } from "./printable.js";
import { formatInvalid } from "./validateText.js";

/** Reads an input: a regular file's text, or standard input's for `-`, at most `maxBytes`. */
export type ReadInput = (path: string, maxBytes: number) => string | Promise<string>;

/** A command's files once read: the orgs and other JSON values, or what to print and on which stream. */
export type LoadedInputs =
  | { readonly ok: true; readonly orgs: readonly Org[]; readonly documents: readonly unknown[] }
  | {
      readonly ok: false;
      /** Whether the text is the answer (`validate` of an invalid org), printed on stdout; else on stderr. */
      readonly answer: boolean;
      readonly text: string;
    };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function readValue(
  read: ReadInput,
  path: string,
  maxBytes: number,
): Promise<{ ok: true; value: unknown } | { ok: false; text: string }> {
  let text: string;
  try {
    text = await read(path, maxBytes);
  } catch (error) {
    return { ok: false, text: `${printableLine(`✖ ${cliWords.cannotRead(path, messageOf(error))}`)}\n` };
  }
  const json = readJsonText(text);
  return json.ok ? json : { ok: false, text: `${printableLine(`✖ ${cliWords.notJson(path, json.message)}`)}\n` };
}

/**
 * Reads a command's files in order (`Command.files`): text, then JSON, then, for an org, `safeParseOrg`,
 * so that nothing is used unvalidated (IN-1). An invalid org prints its issues: on stdout for
 * `validate`, whose answer they are, else on stderr; as JSON with `--format json` or `ndjson`. What
 * is to print comes with its invisible characters escaped.
 *
 * @param read - how to read an input
 * @param command - the command
 * @param paths - its positional arguments, the paths of its files first (`command.files` says how many)
 * @param format - the format asked for
 * @param maxBytes - the most bytes read from one input
 */
export async function loadInputs(
  read: ReadInput,
  command: Command,
  paths: readonly string[],
  format: Format,
  maxBytes: number,
): Promise<LoadedInputs> {
  const orgs: Org[] = [];
  const documents: unknown[] = [];
  for (const [i, kind] of command.files.entries()) {
    // INVARIANT: run() checked that there is a path for every file.
    const path = paths[i] as string;
    const read1 = await readValue(read, path, maxBytes);
    if (!read1.ok) return { ok: false, answer: false, text: read1.text };
    if (kind === "json") {
      documents.push(read1.value);
      continue;
    }
    const result = safeParseOrg(read1.value);
    if (!result.ok) {
      const { issueCount, issues } = result.error;
      // The JSON holds the issues the error keeps (the first 100) and the count of all (issue 9).
      const text =
        format === "json" || format === "ndjson"
          ? printableJson(JSON.stringify({ valid: false, issueCount, issues }, null, format === "json" ? 2 : undefined))
          : printableLines(formatInvalid(path, result.error));
      return { ok: false, answer: command.name === "validate", text: `${text}\n` };
    }
    orgs.push(result.org);
  }
  return { ok: true, orgs, documents };
}
