// The command line's access to the process: files, standard input and output. Kept apart from run()
// so that run() is tested with fakes, and tested itself on real files, FIFOs and streams.
import { constants, type Stats } from "node:fs";
import { open, stat, type FileHandle } from "node:fs/promises";
import type { Writable } from "node:stream";
import { cliWords } from "../words/cli.js";
import type { Write } from "./output.js";

const READ_CHUNK = 64 * 1024;

const KINDS: readonly (readonly [kind: string, is: (stats: Stats) => boolean])[] = [
  ["a directory", (stats) => stats.isDirectory()],
  ["a character device", (stats) => stats.isCharacterDevice()],
  ["a block device", (stats) => stats.isBlockDevice()],
  ["a FIFO (named pipe)", (stats) => stats.isFIFO()],
  ["a socket", (stats) => stats.isSocket()],
];

/**
 * What a file that is not a regular file is, in words for a message.
 *
 * @param stats - the file's `stat`
 *
 * @example
 * ```ts
 * fileKind(statSync("/dev/zero")) // => "a character device"
 * ```
 */
export function fileKind(stats: Stats): string {
  return KINDS.find(([, is]) => is(stats))?.[0] ?? "a special file";
}

/**
 * Reads a stream of bytes as UTF-8 text, refusing it as soon as it holds more than `maxBytes`: an
 * endless source (`/dev/zero` behind a pipe) never grows memory past the limit.
 *
 * @param chunks - the bytes, e.g. standard input
 * @param maxBytes - the most bytes accepted
 * @returns the text (a UTF-8 byte-order mark is left for the JSON reader to skip)
 */
export async function readCapped(chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<string> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > maxBytes) throw new Error(cliWords.tooLarge(maxBytes));
    parts.push(chunk);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(Buffer.concat(parts, total));
  } catch {
    throw new Error(cliWords.notUtf8());
  }
}

async function* fileChunks(handle: FileHandle): AsyncGenerator<Uint8Array> {
  for (;;) {
    const { bytesRead, buffer } = await handle.read(Buffer.allocUnsafe(READ_CHUNK), 0, READ_CHUNK, null);
    if (bytesRead === 0) return;
    yield buffer.subarray(0, bytesRead);
  }
}

/**
 * Reads a regular file as UTF-8 text, at most `maxBytes`. Anything else (a directory, a device such
 * as `/dev/zero`, a FIFO, a socket) is refused from its `stat`, before it is opened: opening a FIFO
 * without a writer would block. It is then opened without blocking, and read within the limit, so
 * that a file replaced in between by a FIFO or a device can neither block nor grow memory.
 *
 * @param path - the file's path
 * @param maxBytes - the most bytes accepted
 * @returns the file's text; rejects with a message that says why it was refused
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<string> {
  const before = await stat(path);
  if (!before.isFile()) throw new Error(cliWords.notRegularFile(fileKind(before)));
  if (before.size > maxBytes) throw new Error(cliWords.tooLarge(maxBytes));
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    return await readCapped(fileChunks(handle), maxBytes);
  } finally {
    await handle.close();
  }
}

/**
 * Writes to a stream with backpressure: when the stream's buffer is full, the returned promise waits
 * for `drain`. Once the stream fails (`EPIPE` when the reader went away, as with `| head -1`) every
 * write rejects with that error, and nothing more is buffered.
 *
 * @param stream - e.g. `process.stdout`
 * @returns a `Write` for `printAnswer`
 */
export function streamWriter(stream: Writable): Write {
  let failure: unknown = null;
  stream.on("error", (error) => {
    failure ??= error;
  });
  // A stream closed without an error lost its reader as well.
  stream.on("close", () => {
    failure ??= Object.assign(new Error(cliWords.outputClosed()), { code: "EPIPE" });
  });
  return async (text) => {
    if (failure !== null) throw failure;
    if (stream.write(text)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        stream.off("drain", done);
        stream.off("close", done);
        resolve();
      };
      stream.on("drain", done);
      stream.on("close", done);
    });
    if (failure !== null) throw failure;
  };
}
