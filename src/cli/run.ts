import { cliWords } from "../words/cli.js";
import { readArgs, type Format, type ParsedArgs } from "./args.js";
import type { Command } from "./command.js";
import { COMMAND_LIST } from "./commands.js";
import { loadInputs, type ReadInput } from "./inputs.js";
import { printAnswer, type Write } from "./output.js";
import { printable, printableLine } from "./printable.js";
import { shorten } from "./table.js";
import { USAGE } from "./usage.js";

/** What `run` may do to the outside world: read inputs and print. */
export interface CliIo {
  /** Reads a regular file, or standard input for `-`, at most `maxBytes`; throws (rejects) when it cannot. */
  readonly readInput: ReadInput;
  /** Prints to standard output; a promise returned is awaited (backpressure). */
  readonly stdout: Write;
  /** Prints to standard error. */
  readonly stderr: (text: string) => void;
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`${printableLine(`✖ ${message}`)}\n\n${USAGE}`);
  return 2;
}

function isBrokenPipe(error: unknown): boolean {
  // Object() of anything thrown, null and primitives included, is an object to read a code from.
  return (Object(error) as { code?: unknown }).code === "EPIPE";
}

/** Prints to stdout; a reader that went away (EPIPE, `| head -1`) ends the output quietly. */
async function quietly(print: () => void | Promise<void>, code: number): Promise<number> {
  try {
    await print();
  } catch (error) {
    if (!isBrokenPipe(error)) throw error;
  }
  return code;
}

/** Why the arguments do not fit the command, or null when they do. */
function misuse(command: Command, args: ParsedArgs, format: Format): string | null {
  const [min, max] = command.arity;
  if (args.positionals.length < min || args.positionals.length > max) return cliWords.usage(command.name, command.args);
  const foreign = [...args.options.keys()].find((name) => !(command.options ?? []).includes(name));
  if (foreign !== undefined) return cliWords.unknownOption(foreign);
  return command.formats.includes(format) ? null : cliWords.formatNotFor(format, command.name, command.formats);
}

async function runCommand(argv: readonly unknown[], io: CliIo, commands: readonly Command[]): Promise<number> {
  const args = readArgs(argv, new Set(commands.flatMap((command) => command.options ?? [])));
  if (typeof args === "string") return usageError(io, args);
  if (args.help) return quietly(() => io.stdout(USAGE), 0);
  if (args.command === null) return usageError(io, cliWords.missingCommand());
  const name = args.command;
  const command = commands.find((candidate) => candidate.name === name);
  if (command === undefined) return usageError(io, cliWords.unknownCommand(args.command));
  const format = args.format ?? "text";
  const wrong = misuse(command, args, format);
  if (wrong !== null) return usageError(io, wrong);

  const loaded = await loadInputs(io.readInput, command, args.positionals, format, args.maxBytes);
  if (!loaded.ok) return loaded.answer ? quietly(() => io.stdout(loaded.text), 2) : (io.stderr(loaded.text), 2);
  const rest = args.positionals.slice(command.files.length);
  const outcome = command.execute({
    orgs: loaded.orgs,
    documents: loaded.documents,
    args: rest,
    options: args.options,
  });
  if (!outcome.ok) {
    io.stderr(`${printableLine(`✖ ${outcome.error}`)}\n`);
    return 1;
  }
  return quietly(() => printAnswer(outcome.answer, format, io.stdout), outcome.answer.exitCode ?? 0);
}

function internalError(io: CliIo, error: unknown, debug: boolean): number {
  const message = error instanceof Error ? error.message : String(error);
  // One line, and a short one, unless asked for the stack.
  const line = shorten(message.split("\n", 1)[0] as string);
  const stack = debug && error instanceof Error && error.stack !== undefined ? `${error.stack}\n` : "";
  try {
    io.stderr(`${printableLine(`✖ ${cliWords.internalError(line)}`)}\n${printable(stack)}`);
  } catch {
    // Standard error is gone too: the exit code is all that is left to say it.
  }
  return 3;
}

/**
 * The `org-rbac` command line, without a process: reads the arguments, reads the command's files
 * through `io`, answers with the library and prints through `io`, item by item for an answer about
 * every member (memory bounded by the org, backpressure from `io.stdout`).
 *
 * Everything printed is made printable (`printable`, `printableJson`): org files may be untrusted,
 * and their ids must not drive the terminal or be spoofed.
 *
 * Exit codes: `0` answered, whatever the answer; `1` an id the org does not have (member, role,
 * connector); `2` invalid input (a file that cannot be read, too large, not JSON, not a valid org)
 * or usage (unknown command or option, wrong number of arguments); `3` an internal error, as one
 * line (`--debug` adds the stack). A reader that goes away (EPIPE) ends the output quietly, with
 * the code the run had. `run` never throws, whatever `argv` holds.
 *
 * @param argv - the arguments after the program name, e.g. `["access", "org.json", "u-ana"]`
 * @param io - how to read inputs and print
 * @param commands - the commands it knows (all of `COMMAND_LIST`; tests give others)
 * @returns the exit code
 *
 * @example
 * ```ts
 * await run(["validate", "examples/orgs/acme-eu.json"], io) // => 0, printing "✔ valid org acme-eu: ..."
 * await run(["frobnicate"], io) // => 2, printing the usage to stderr
 * ```
 */
export async function run(
  argv: readonly unknown[],
  io: CliIo,
  commands: readonly Command[] = COMMAND_LIST,
): Promise<number> {
  try {
    return await runCommand(argv, io, commands);
  } catch (error) {
    return internalError(io, error, argv.includes("--debug"));
  }
}
