/**
 * The command line once read: the command, its positional arguments and the flags.
 */
export interface ParsedArgs {
  /** The command (the first positional argument), or `null` when there is none. */
  readonly command: string | null;
  /** The positional arguments after the command. */
  readonly positionals: readonly string[];
  /** `--json`: print the library's result as JSON. */
  readonly json: boolean;
  /** `--help` or `-h`. */
  readonly help: boolean;
}

/**
 * Reads the arguments of `org-rbac`: flags may come anywhere, and `--` ends the flags so that an
 * id starting with `-` can still be passed (ids are arbitrary strings, SPEC §1).
 *
 * @param argv - the arguments after the program name
 * @returns the parsed arguments, or an error message for an unknown option
 *
 * @example
 * ```ts
 * readArgs(["access", "org.json", "--json"])
 * // => { command: "access", positionals: ["org.json"], json: true, help: false }
 * readArgs(["access", "--verbose"]) // => "unknown option `--verbose`"
 * ```
 */
export function readArgs(argv: readonly string[]): ParsedArgs | string {
  const positionals: string[] = [];
  let json = false;
  let help = false;
  let flagsEnded = false;
  for (const arg of argv) {
    if (flagsEnded || arg === "-" || !arg.startsWith("-")) positionals.push(arg);
    else if (arg === "--") flagsEnded = true;
    else if (arg === "--json") json = true;
    else if (arg === "--help" || arg === "-h") help = true;
    else return `unknown option \`${arg}\``;
  }
  const [command = null, ...rest] = positionals;
  return { command, positionals: rest, json, help };
}
