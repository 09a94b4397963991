// Control characters (C0 but the newline, DEL, C1) and the bidirectional-text controls: in an org
// file they could rewrite the terminal or reorder what a reader sees (CVE-2021-42574).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text made safe for a terminal: every control character but the newline, and every bidirectional
 * control, is written as a `\uXXXX` escape. Ids and names come from org files, which may be
 * untrusted; output that is JSON stays valid JSON, since such characters only occur in its strings.
 *
 * @param text - text to print
 *
 * @example
 * ```ts
 * printable("u-\u001b[31mred") // => "u-\\u001b[31mred"
 * printable("line\nnext") // => "line\nnext"
 * ```
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
