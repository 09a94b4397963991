import { jsonErrorOffset } from "./jsonSyntax.js";
import { printable } from "./printable.js";
import { cliWords } from "../words/cli.js";

const EXCERPT_BEFORE = 24;
const EXCERPT_AFTER = 16;

/** JSON text, once read: the value, or a message saying where and why it is not JSON. */
export type JsonText =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/** Line and column (both from 1, the column in characters) of an offset in text. */
function lineAndColumn(text: string, offset: number): { readonly line: number; readonly column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: Array.from(text.slice(start, offset)).length + 1 };
}

/** A short piece of the line around an offset, invisible characters escaped. */
function excerpt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const found = text.indexOf("\n", offset);
  const lineEnd = found === -1 ? text.length : found;
  const from = Math.max(lineStart, offset - EXCERPT_BEFORE);
  const to = Math.min(lineEnd, offset + EXCERPT_AFTER);
  return `${from > lineStart ? "…" : ""}${printable(text.slice(from, to))}${to < lineEnd ? "…" : ""}`;
}

/**
 * Reads JSON text: a UTF-8 byte-order mark at the start is skipped; text that is not JSON gets a
 * message with the line and column where it stops being JSON, and a short excerpt of that line.
 *
 * @param text - the text of a file or of standard input
 *
 * @example
 * ```ts
 * readJsonText('\uFEFF{"id": "acme"}') // => { ok: true, value: { id: "acme" } }
 * readJsonText('{"id": acme}')
 * // => { ok: false, message: "unexpected character `a` at line 1, column 8, near `{\"id\": acme}`" }
 * ```
 */
export function readJsonText(text: string): JsonText {
  const json = text.startsWith("\uFEFF") ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch {
    const offset = jsonErrorOffset(json);
    const { line, column } = lineAndColumn(json, offset);
    const found = Array.from(json.slice(offset, offset + 2))[0];
    return {
      ok: false,
      message: cliWords.jsonSyntax(found === undefined ? null : printable(found), line, column, excerpt(json, offset)),
    };
  }
}
