import type { Format } from "./args.js";
import type { Answer, AnswerItem } from "./command.js";
import { csvRecord } from "./csv.js";
import { printableJson, printableLine, printableLines } from "./printable.js";

/** Prints text; a promise returned is awaited before anything more is printed (backpressure). */
export type Write = (text: string) => void | Promise<void>;

/** Output is handed to `Write` in pieces of about this many characters, at most one item more. */
export const CHUNK_CHARS = 64 * 1024;

/** Gathers small pieces of output into chunks, and waits for each chunk to be taken. */
function chunked(write: Write): { push(text: string): Promise<void>; flush(): Promise<void> } {
  let pending = "";
  return {
    async push(text) {
      pending += text;
      if (pending.length >= CHUNK_CHARS) await this.flush();
    },
    async flush() {
      const text = pending;
      pending = "";
      if (text !== "") await write(text);
    },
  };
}

function pieces(
  answer: Answer,
  format: Format,
): { head: string; piece: (item: AnswerItem, first: boolean) => string; tail: string } {
  switch (format) {
    case "text":
      return {
        head: printableLine(answer.title ?? ""),
        piece: (item, first) =>
          `${first && answer.title === undefined ? "" : answer.separator}${printableLines(item.text)}`,
        tail: "\n",
      };
    case "json":
      if (answer.single)
        return { head: "", piece: (item) => printableJson(JSON.stringify(item.json, null, 2)), tail: "\n" };
      // Exactly what JSON.stringify(items, null, 2) writes, one element at a time.
      return {
        head: "[",
        piece: (item, first) =>
          `${first ? "" : ","}\n  ${printableJson(JSON.stringify(item.json, null, 2)).replaceAll("\n", "\n  ")}`,
        tail: "\n]\n",
      };
    case "ndjson":
      return { head: "", piece: (item) => `${printableJson(JSON.stringify(item.json))}\n`, tail: "" };
    case "csv":
      // INVARIANT: run() refuses `--format csv` for a command whose answers have no CSV columns.
      return {
        head: csvRecord(answer.csvColumns as readonly string[]),
        piece: (item) => (item.csv ?? []).map(csvRecord).join(""),
        tail: "",
      };
  }
}

/**
 * Prints an answer in a format, item by item: text (invisible characters and line breaks
 * within a line escaped), JSON (an array
 * unless one thing was asked for), NDJSON (one line of JSON per item) or CSV (a header, then the
 * items' records). Nothing holds more than a chunk of output and one item at a time.
 *
 * @param answer - what the command answered
 * @param format - the format asked for
 * @param write - where the output goes
 */
export async function printAnswer(answer: Answer, format: Format, write: Write): Promise<void> {
  const out = chunked(write);
  const { head, piece, tail } = pieces(answer, format);
  await out.push(head);
  let first = true;
  for (const item of answer.items) {
    await out.push(piece(item, first));
    first = false;
  }
  // An empty JSON array is written `[]`, as JSON.stringify writes it.
  await out.push(format === "json" && !answer.single && first ? "]\n" : tail);
  await out.flush();
}
