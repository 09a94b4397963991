import { cliWords } from "../words/cli.js";

/** How an answer is printed: aligned text, JSON, one JSON object per line, or CSV. */
export type Format = "text" | "json" | "ndjson" | "csv";

const FORMATS: readonly Format[] = ["text", "json", "ndjson", "csv"];

/** The default of `--max-bytes`: 64 MiB. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** The largest `--max-bytes`: 256 MiB, well below the longest string a JavaScript engine holds. */
export const MAX_MAX_BYTES = 256 * 1024 * 1024;

/** The options that take a value whatever the command. */
const GLOBAL_VALUE_OPTIONS = ["--format", "--max-bytes"];

/**
 * The command line once read: the command, its positional arguments and the options.
 */
export interface ParsedArgs {
  /** The command (the first positional argument), or `null` when there is none. */
  readonly command: string | null;
  /** The positional arguments after the command. */
  readonly positionals: readonly string[];
  /** `--format F`, or `--json` for `json`; `null` when neither is given (text). */
  readonly format: Format | null;
  /** `--help` or `-h`. */
  readonly help: boolean;
  /** `--debug`: an internal error prints its stack. */
  readonly debug: boolean;
  /** `--max-bytes N`: the most bytes read from one input. */
  readonly maxBytes: number;
  /** The options of a command that take a value (e.g. `--pilot g-eng`), by name with its dashes. */
  readonly options: ReadonlyMap<string, string>;
}

type Flags = { format: Format | null; json: boolean; help: boolean; debug: boolean; maxBytes: number };

const BOOLEAN_OPTIONS: ReadonlyMap<string, "json" | "help" | "debug"> = new Map([
  ["--json", "json"],
  ["--help", "help"],
  ["-h", "help"],
  ["--debug", "debug"],
]);

/** Applies one option and its value to `flags` or `options`; returns an error message, or null. */
function applyOption(
  flags: Flags,
  options: Map<string, string>,
  arg: string,
  name: string,
  value: string | undefined,
  commandOptions: ReadonlySet<string>,
): string | null {
  const flag = BOOLEAN_OPTIONS.get(name);
  if (flag !== undefined && value === undefined) {
    flags[flag] = true;
    return null;
  }
  if (!(GLOBAL_VALUE_OPTIONS.includes(name) || commandOptions.has(name))) return cliWords.unknownOption(arg);
  // INVARIANT: readArgs gave every option that takes a value its value, or reported it missing; so
  // an option without one has been answered above (a switch, or unknown).
  const given = value as string;
  if (name === "--format") {
    const format = FORMATS.find((candidate) => candidate === given);
    if (format === undefined) return cliWords.unknownFormat(given);
    flags.format = format;
  } else if (name === "--max-bytes") {
    const bytes = /^[1-9]\d{0,9}$/.test(given) ? Number(given) : 0;
    if (bytes < 1 || bytes > MAX_MAX_BYTES) return cliWords.badMaxBytes(given, MAX_MAX_BYTES);
    flags.maxBytes = bytes;
  } else options.set(name, given);
  return null;
}

/**
 * Reads the arguments of `org-rbac`: options may come anywhere, an option's value follows it
 * (`--format csv`) or an equals sign (`--format=csv`), and `--` ends the options so that an id
 * starting with `-` can still be passed (ids are arbitrary strings, SPEC §1).
 *
 * @param argv - the arguments after the program name
 * @param commandOptions - the options of the commands that take a value, e.g. `--pilot`
 * @returns the parsed arguments, or an error message
 *
 * @example
 * ```ts
 * readArgs(["access", "org.json", "--format", "csv"], new Set())
 * // => { command: "access", positionals: ["org.json"], format: "csv", help: false, debug: false, maxBytes: 67108864, options: new Map() }
 * readArgs(["access", "--verbose"], new Set()) // => "unknown option `--verbose`"
 * ```
 */
export function readArgs(argv: readonly unknown[], commandOptions: ReadonlySet<string>): ParsedArgs | string {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  const flags: Flags = { format: null, json: false, help: false, debug: false, maxBytes: DEFAULT_MAX_BYTES };
  let flagsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (typeof arg !== "string") return cliWords.notAString(i);
    if (flagsEnded || arg === "-" || !arg.startsWith("-")) positionals.push(arg);
    else if (arg === "--") flagsEnded = true;
    else {
      const [name, inline] = splitOption(arg);
      const takesValue = inline === undefined && (GLOBAL_VALUE_OPTIONS.includes(name) || commandOptions.has(name));
      const value = takesValue ? argv[++i] : inline;
      if (takesValue && typeof value !== "string")
        return i < argv.length ? cliWords.notAString(i) : cliWords.missingValue(name);
      const error = applyOption(flags, options, arg, name, value as string | undefined, commandOptions);
      if (error !== null) return error;
    }
  }
  if (flags.json && flags.format !== null) return cliWords.jsonWithFormat();
  const [command = null, ...rest] = positionals;
  const { json, ...kept } = flags;
  return { command, positionals: rest, ...kept, format: json ? "json" : flags.format, options };
}

// Any option may be split at its first "=": only `--format`, `--max-bytes` and a command's options
// take a value, so whatever else is split (`-h=x`, `--=x`) is refused as the unknown option it is.
function splitOption(arg: string): readonly [name: string, value: string | undefined] {
  const equals = arg.indexOf("=");
  return equals === -1 ? [arg, undefined] : [arg.slice(0, equals), arg.slice(equals + 1)];
}
