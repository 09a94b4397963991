// Where JSON text stops being JSON (RFC 8259), for a message with a line and a column. JSON.parse
// says it only in some of its messages, in words that change between Node versions; this scanner
// runs only after JSON.parse failed. It keeps its own stack, so deep nesting cannot overflow it.

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const HEX = /^[0-9a-fA-F]{4}$/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ["true", "false", "null"];

type State = "value" | "value-or-close" | "key" | "key-or-close" | "colon" | "after";

// Past the end, `charAt` reads "": no whitespace, no quote, and below " " (the end is an error there).
function skipWhitespace(text: string, i: number): number {
  let j = i;
  while (WHITESPACE.has(text.charAt(j))) j++;
  return j;
}

/** Where a value stops being JSON: the offset of its first error. */
interface Stop {
  readonly at: number;
}

const stopAt = (at: number): Stop => ({ at });

/** The end of the string starting at `i` (a quote), or where it stops being JSON. */
function stringEnd(text: string, i: number): number | Stop {
  let j = i + 1;
  for (;;) {
    const char = text.charAt(j);
    if (char === '"') return j + 1;
    // A control character, or the end of the text ("").
    if (char < " ") return stopAt(j);
    if (char === "\\") {
      const next = text.charAt(j + 1);
      if (next === "u" && HEX.test(text.slice(j + 2, j + 6))) j += 6;
      else if (ESCAPES.has(next)) j += 2;
      else return stopAt(j + 1);
    } else j++;
  }
}

/** The end of the number or literal value starting at `i`, or where it stops being JSON. */
function scalarEnd(text: string, i: number): number | Stop {
  NUMBER.lastIndex = i;
  const number = NUMBER.exec(text);
  if (number !== null) return i + number[0].length;
  for (const literal of LITERALS) {
    if (literal.startsWith(text.charAt(i))) {
      let j = i;
      while (j - i < literal.length && text.charAt(j) === literal.charAt(j - i)) j++;
      return j - i === literal.length ? j : stopAt(j);
    }
  }
  // A minus sign without digits stops one character on.
  return stopAt(text.charAt(i) === "-" ? i + 1 : i);
}

/** One step of the scanner at a non-whitespace offset: the next offset and state, or an error offset. */
function step(text: string, i: number, state: State, stack: string[]): readonly [next: number, state: State] | number {
  const char = text.charAt(i);
  if (state === "value-or-close" && char === "]") return (stack.pop(), [i + 1, "after"]);
  if (state === "key-or-close" && char === "}") return (stack.pop(), [i + 1, "after"]);
  if (state === "value" || state === "value-or-close") {
    if (char === "[" || char === "{")
      return (stack.push(char), [i + 1, char === "[" ? "value-or-close" : "key-or-close"]);
    const end = char === '"' ? stringEnd(text, i) : scalarEnd(text, i);
    return typeof end === "number" ? [end, "after"] : end.at;
  }
  if (state === "key" || state === "key-or-close") {
    if (char !== '"') return i;
    const end = stringEnd(text, i);
    return typeof end === "number" ? [end, "colon"] : end.at;
  }
  if (state === "colon") return char === ":" ? [i + 1, "value"] : i;
  // INVARIANT: "after" with an empty stack ends the scan, so here a container is open.
  const open = stack.at(-1);
  if (char === ",") return open === "[" ? [i + 1, "value"] : [i + 1, "key"];
  if ((char === "]" && open === "[") || (char === "}" && open === "{")) return (stack.pop(), [i + 1, "after"]);
  return i;
}

/**
 * The offset (in UTF-16 code units) of the first character where `text` stops being JSON, or its
 * length when the text ends too early (or is JSON: only call it on text that JSON.parse refused).
 *
 * @param text - the text that JSON.parse refused
 *
 * @example
 * ```ts
 * jsonErrorOffset('{"a": tru}') // => 9
 * jsonErrorOffset("[1, 2") // => 5
 * jsonErrorOffset("[1, 2]") // => 6
 * ```
 */
export function jsonErrorOffset(text: string): number {
  const stack: string[] = [];
  let state: State = "value";
  let i = skipWhitespace(text, 0);
  // At the end of the text every state stops with its offset: a step reads "" there, which no state takes.
  while (!(state === "after" && stack.length === 0)) {
    const next = step(text, i, state, stack);
    if (typeof next === "number") return next;
    [i, state] = next;
    i = skipWhitespace(text, i);
  }
  return i;
}
