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
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows.map((row) => {
    // INVARIANT: `widths` has an entry for every column of every row.
    // The last column's padding is trimmed with the line's end.
    const cells = row.map((cell, i) => cell.padEnd(widths[i] as number));
    return `${indent}${cells.join("  ")}`.trimEnd();
  });
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
