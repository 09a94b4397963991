import { printable } from "./printable.js";

// A cell that a spreadsheet would read as a formula (OWASP "CSV injection"): = + - @. A tab or a
// carriage return before them, which some spreadsheets skip, is escaped by printable().
const FORMULA_START = /^[=+\-@]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell of a CSV file: a leading `'` before a cell that a spreadsheet would run as a formula, and
 * RFC 4180 quoting where the cell holds a quote, a comma or a line break. (`csvRecord` then escapes
 * invisible characters: an escape starts with `\`, so it never makes a formula.)
 *
 * @param text - the cell's text
 *
 * @example
 * ```ts
 * csvCell("u-ana") // => "u-ana"
 * csvCell("=HYPERLINK(\"x\")") // => "\"'=HYPERLINK(\"\"x\"\")\""
 * csvCell("-1") // => "'-1"
 * ```
 */
export function csvCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * One record of a CSV file, its cells made safe by `csvCell` and its invisible characters escaped
 * (`printable`), ended by CRLF as RFC 4180 says.
 *
 * @param cells - the record's cells
 *
 * @example
 * ```ts
 * csvRecord(["u-ana", "capability", "chat", "granted"]) // => "u-ana,capability,chat,granted\r\n"
 * ```
 */
export function csvRecord(cells: readonly string[]): string {
  return `${printable(cells.map(csvCell).join(","))}\r\n`;
}
