import { DEFAULT_MAX_BYTES } from "./args.js";
import type { Command } from "./command.js";
import { COMMAND_LIST } from "./commands.js";
import { columnWidths, padRow } from "./table.js";

function commandLines(commands: readonly Command[]): string[] {
  const rows = commands.flatMap((command) =>
    command.summary.map((line, i) => [i === 0 ? `org-rbac ${command.name} ${command.args}` : "", line]),
  );
  const widths = columnWidths(rows);
  return rows.map((row) => padRow(row, [(widths[0] as number) + 1], "  "));
}

/**
 * The help text of `org-rbac`, printed by `--help` and, on a usage error, to stderr: the commands
 * (from `COMMAND_LIST`), the options, the input and the exit codes.
 */
export const USAGE = `org-rbac: who gets what in an enterprise org, and why (every answer names its SPEC rules)

Usage:
${commandLines(COMMAND_LIST).join("\n")}

Options:
  --format <f>       text (the default), json, ndjson (one JSON object per line) or csv (access, spend)
  --json             the same as --format json: the library's result as JSON
  --max-bytes <n>    read at most n bytes of an input (default ${DEFAULT_MAX_BYTES}, 64 MiB)
  --debug            print the stack of an internal error
  -h, --help         print this help
  --                 end of options, for ids that start with "-"

Input: a regular file, or - for standard input; a UTF-8 byte-order mark is skipped.

Exit codes:
  0  answered, whatever the answer (a denial is an answer)
  1  an id the org does not have (member, role, connector), an audit error, changes that cannot apply
  2  invalid input or usage: a file that cannot be read, is too large, is not JSON or not a valid org;
     an unknown command or option, a wrong number of arguments
  3  internal error: a one-line message (--debug prints the stack)
`;
