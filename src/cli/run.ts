import { COMMANDS } from "./commands.js";
import { loadOrg, type FileReader } from "./loadOrg.js";
import { readArgs } from "./args.js";
import { USAGE } from "./usage.js";
import { printable } from "./printable.js";
import { formatInvalid } from "./validateText.js";

/** What `run` may do to the outside world: read files and print. */
export interface CliIo extends FileReader {
  /** Prints to standard output. */
  stdout(text: string): void;
  /** Prints to standard error. */
  stderr(text: string): void;
}

function usageError(io: CliIo, message: string): number {
  io.stderr(printable(`✖ ${message}\n\n${USAGE}`));
  return 2;
}

/**
 * The `org-rbac` command line, without a process: reads the arguments, loads the org file through
 * `io`, answers with the library and prints through `io`.
 *
 * Everything printed goes through `printable`: org files may be untrusted, and their ids must not
 * drive the terminal.
 *
 * Exit codes: `0` done; `1` an unreadable or invalid org file (IN-1: every issue is printed), or an
 * id the org does not have; `2` a usage error (unknown command or option, wrong number of
 * arguments).
 *
 * @param argv - the arguments after the program name, e.g. `["access", "org.json", "u-ana"]`
 * @param io - how to read files and print
 * @returns the exit code
 *
 * @example
 * ```ts
 * run(["validate", "examples/orgs/acme-eu.json"], io) // => 0, printing "✔ valid org acme-eu: ..."
 * run(["frobnicate"], io) // => 2, printing the usage to stderr
 * ```
 */
export function run(argv: readonly string[], io: CliIo): number {
  const args = readArgs(argv);
  if (typeof args === "string") return usageError(io, args);
  if (args.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (args.command === null) return usageError(io, "missing command");
  const command = COMMANDS.get(args.command);
  if (command === undefined) return usageError(io, `unknown command \`${args.command}\``);
  const [min, max] = command.arity;
  const [path, ...rest] = args.positionals;
  // Stryker disable next-line ConditionalExpression: equivalent, every command needs at least the path, so the count test catches it too; the first test is for the compiler
  if (path === undefined || args.positionals.length < min || args.positionals.length > max) {
    return usageError(io, `usage: org-rbac ${command.name} ${command.args}`);
  }

  const loaded = loadOrg(io, path);
  if (loaded.kind === "unreadable") {
    io.stderr(printable(`✖ ${loaded.message}\n`));
    return 1;
  }
  if (loaded.kind === "invalid") {
    const text = args.json ? JSON.stringify({ valid: false, issues: loaded.issues }, null, 2) : formatInvalid(path, loaded.issues);
    // `validate` answers on stdout; for the other commands an invalid org is an error.
    if (command.name === "validate") io.stdout(printable(`${text}\n`));
    else io.stderr(printable(`${text}\n`));
    return 1;
  }

  const outcome = command.execute(loaded.org, rest);
  if (!outcome.ok) {
    io.stderr(printable(`✖ ${outcome.error}\n`));
    return 1;
  }
  io.stdout(printable(args.json ? `${JSON.stringify(outcome.result, null, 2)}\n` : `${outcome.text}\n`));
  return outcome.exitCode ?? 0;
}
