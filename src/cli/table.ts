/**
 * Lays out rows of cells as aligned columns, two spaces apart. The last cell of a row is not
 * padded, so rows may have fewer cells than others; trailing spaces are trimmed.
 *
 * @param rows - the rows, each a list of cells
 * @param indent - text put before every line
 * @returns one line per row
 *
 * @example
 * ```ts
 * alignColumns([["chat", "granted", "CAP-4"], ["memory", "hidden", "CAP-1"]], "  ")
 * // => ["  chat    granted  CAP-4", "  memory  hidden   CAP-1"]
 * ```
 */
export function alignColumns(rows: readonly (readonly string[])[], indent: string): string[] {
  const widths = columnWidths(rows);
  return rows.map((row) => padRow(row, widths, indent));
}

/**
 * The width of each column of some rows: its longest cell.
 *
 * @param rows - the rows, each a list of cells
 * @param widths - widths to widen (for rows seen one at a time)
 *
 * @example
 * ```ts
 * columnWidths([["chat", "granted"], ["memory"]]) // => [6, 7]
 * ```
 */
export function columnWidths(rows: Iterable<readonly string[]>, widths: number[] = []): number[] {
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return widths;
}

/**
 * One row laid out in columns of the given widths, as `alignColumns` lays it out.
 *
 * @param row - the row's cells
 * @param widths - the width of every column of the row, from `columnWidths`
 * @param indent - text put before the line
 *
 * @example
 * ```ts
 * padRow(["chat", "granted", "CAP-4"], [6, 7], "  ") // => "  chat    granted  CAP-4"
 * ```
 */
export function padRow(row: readonly string[], widths: readonly number[], indent: string): string {
  // The last cell is not padded, since its padding would be trimmed with the line's end: padding it
  // to a long cell of another row would cost that width on every row. A column without a width is
  // not padded.
  const last = row.length - 1;
  const cells = row.map((cell, i) => (i === last ? cell : cell.padEnd(widths[i] ?? 0)));
  return `${indent}${cells.join("  ")}`.trimEnd();
}

/**
 * The rule ids of a decision, as printed at the end of a line: `CON-3 CON-4`.
 *
 * @param decision - anything with the `rules` of an explained decision
 *
 * @example
 * ```ts
 * ruleIds({ rules: ["CON-3", "CON-4"] }) // => "CON-3 CON-4"
 * ```
 */
export function ruleIds(decision: { readonly rules: readonly string[] }): string {
  return decision.rules.join(" ");
}

/** The most characters of one id or name that a summary or an error message shows. */
export const SHOWN_CHARS = 60;

/**
 * An id or a name cut for a message that must stay short: the first `SHOWN_CHARS` characters, then
 * `…` and the full length.
 *
 * @param text - an id or a name
 *
 * @example
 * ```ts
 * shorten("u-ana") // => "u-ana"
 * shorten("x".repeat(100)) // => "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (100 characters)"
 * ```
 */
export function shorten(text: string): string {
  return text.length <= SHOWN_CHARS ? text : `${text.slice(0, SHOWN_CHARS)}… (${text.length} characters)`;
}
