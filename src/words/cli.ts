// The words of the `org-rbac` command line about its input, its arguments and its failures.
import { q } from "./quote.js";

/**
 * The sentences of the `org-rbac` command line about its input, its arguments and its failures (the
 * text of its answers is laid out in src/cli). User input is quoted with `q`; the caller escapes
 * invisible characters when it prints.
 *
 * @example
 * ```ts
 * cliWords.cannotRead("/dev/zero", cliWords.notRegularFile("a character device"))
 * // => "cannot read `/dev/zero`: it is a character device, not a regular file: org-rbac reads regular files and `-` (standard input) only"
 * cliWords.tooLarge(1024) // => "it is larger than the limit of 1024 bytes (raise it with --max-bytes)"
 * ```
 */
export const cliWords = {
  notRegularFile: (kind: string) =>
    `it is ${kind}, not a regular file: org-rbac reads regular files and \`-\` (standard input) only`,
  tooLarge: (maxBytes: number) => `it is larger than the limit of ${maxBytes} bytes (raise it with --max-bytes)`,
  notUtf8: () => "it is not UTF-8 text",
  outputClosed: () => "the output was closed",
  cannotRead: (path: string, reason: string) => `cannot read ${path === "-" ? "standard input" : q(path)}: ${reason}`,
  notJson: (path: string, detail: string) => `${q(path)} is not JSON: ${detail}`,
  jsonSyntax: (found: string | null, line: number, column: number, near: string) =>
    `${found === null ? "unexpected end of input" : `unexpected character ${q(found)}`} at line ${line}, column ${column}, near ${q(near)}`,
  internalError: (message: string) => `internal error: ${message} (run again with --debug for the stack)`,
  notAString: (index: number) => `argument ${index} is not a string`,
  missingValue: (option: string) => `option ${q(option)} needs a value`,
  unknownOption: (option: string) => `unknown option ${q(option)}`,
  unknownFormat: (format: string) => `unknown format ${q(format)} (expected text, json, ndjson or csv)`,
  formatNotFor: (format: string, command: string, formats: readonly string[]) =>
    `${q(`--format ${format}`)} is not available for ${q(command)} (it prints ${formats.join(", ")})`,
  badMaxBytes: (value: string, max: number) =>
    `${q("--max-bytes")} takes a whole number of bytes from 1 to ${max}, received ${q(value)}`,
  jsonWithFormat: () => "`--json` and `--format` cannot be given together",
  andMore: (count: number) => `and ${count} more`,
  missingCommand: () => "missing command",
  unknownCommand: (command: string) => `unknown command ${q(command)}`,
  usage: (command: string, args: string) => `usage: org-rbac ${command} ${args}`,
  notAMember: (memberId: string, orgId: string, members: string) =>
    `${q(memberId)} is not a member of org ${q(orgId)} (its members: ${members})`,
  notARole: (roleId: string, orgId: string, roles: string) =>
    `${q(roleId)} is not a role of org ${q(orgId)} (its roles: ${roles})`,
  connectorNotAdded: (connectorId: string, orgId: string, connectors: string) =>
    `connector ${q(connectorId)} has not been added to org ${q(orgId)} (its connectors: ${connectors})`,
} as const;
