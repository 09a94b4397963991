// Everything that is invisible, or that moves or reorders what a reader sees, but the newline and the
// ASCII space: C0 and C1 controls (DEL included), format characters (zero-width characters, bidi
// controls such as U+202E and U+2066..U+2069, U+061C, U+FEFF, U+2060..U+2064), every separator but
// the space (U+00A0, U+2028, U+2029, ...), and lone surrogates. In an org file they could rewrite the
// terminal, reorder a line (CVE-2021-42574) or make two ids look alike.
// The separators (Z) are listed by hand, as \p{Z} without the space; they have not changed since
// Unicode 6.3, and a test checks the class against \p{Cc}\p{Cf}\p{Z}\p{Cs} over every code point.
// U+000B is written `\x0b`, not `\v`: Stryker's regex mutant of `\v` is `\V`, invalid under the `u`
// flag, and one invalid mutant kept this module (and so every CLI test) from loading in a mutation run.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\0-\t\x0b-\x1f\x7f-\x9f\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\p{Cf}\p{Cs}]/gu;

/**
 * Text made safe for a terminal or a spreadsheet: every invisible or bidirectional character (see
 * above) is written as a `\u{...}` escape, so that an id can be neither hidden nor spoofed. Ids and
 * names come from org files, which may be untrusted.
 *
 * @param text - text to print
 *
 * @example
 * ```ts
 * printable("u-\u001b[31mred") // => "u-\\u{1b}[31mred"
 * printable("ad\u200bmin") // => "ad\\u{200b}min"
 * printable("line\nnext, Ünïcödé") // => "line\nnext, Ünïcödé"
 * ```
 */
export function printable(text: string): string {
  return text.replace(INVISIBLE, (char) => `\\u{${hex(char)}}`);
}

/**
 * JSON text with the same characters as `printable` escaped the JSON way (`\uXXXX`, a pair of them
 * for a character beyond U+FFFF): the output is still JSON and reads back to the very same strings,
 * since such characters only occur inside its strings.
 *
 * @param json - text that `JSON.stringify` wrote
 *
 * @example
 * ```ts
 * printableJson(JSON.stringify({ id: "a\u2028b" })) // => '{"id":"a\\u2028b"}'
 * ```
 */
export function printableJson(json: string): string {
  return json.replace(INVISIBLE, (char) =>
    Array.from({ length: char.length }, (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, "0")}`).join(""),
  );
}

// The same, and the newline: within one line of text, a newline is data (an id that holds one) and
// would otherwise break the line, so that what follows reads as a line of its own.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE_IN_LINE = /[\0-\x1f\x7f-\x9f\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\p{Cf}\p{Cs}]/gu;

/**
 * One line of text made safe for a terminal or a spreadsheet: what `printable` escapes, and the
 * newline too (`\u{a}`), so that an id or a name that holds one cannot break the line it is
 * printed on, or forge a line of its own. Every line of the CLI's text output goes through it.
 *
 * @param line - one line of text, without its line break
 *
 * @example
 * ```ts
 * printableLine("member u-a\nmember u-admin") // => "member u-a\\u{a}member u-admin"
 * printableLine("u-\u202Eevil") // => "u-\\u{202e}evil"
 * ```
 */
export function printableLine(line: string): string {
  return line.replace(INVISIBLE_IN_LINE, (char) => `\\u{${hex(char)}}`);
}

/**
 * Lines of text as printed: each line made printable (`printableLine`), joined by line breaks.
 *
 * @param lines - the lines, without their line breaks
 *
 * @example
 * ```ts
 * printableLines(["role `a\nb`", "  done"]) // => "role `a\\u{a}b`\n  done"
 * ```
 */
export function printableLines(lines: readonly string[]): string {
  return lines.map(printableLine).join("\n");
}

function hex(char: string): string {
  // INVARIANT: the pattern matches one code point at a time, so codePointAt(0) is defined.
  return (char.codePointAt(0) as number).toString(16);
}
