import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, type Stats } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fileKind, readCapped, readRegularFile, streamWriter } from "../../src/cli/nodeIo.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "org-rbac-io-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const REFUSED = "not a regular file: org-rbac reads regular files and `-` (standard input) only";

describe("reading inputs", () => {
  test("a regular file is read as UTF-8, its byte-order mark left for the JSON reader", async () => {
    const path = join(dir, "org.json");
    writeFileSync(path, '\uFEFF{"id": "é"}');
    await expect(readRegularFile(path, 1024)).resolves.toBe('\uFEFF{"id": "é"}');
  });

  test("a directory, a device and a socket are refused from their stat, without reading", async () => {
    await expect(readRegularFile(dir, 1024)).rejects.toThrow(`it is a directory, ${REFUSED}`);
    await expect(readRegularFile("/dev/zero", 1024)).rejects.toThrow(`it is a character device, ${REFUSED}`);
    const socket = join(dir, "s.sock");
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      await expect(readRegularFile(socket, 1024)).rejects.toThrow(`it is a socket, ${REFUSED}`);
    } finally {
      server.close();
    }
  });

  test("a FIFO without a writer is refused without opening it (opening would block)", async () => {
    const fifo = join(dir, "fifo");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    await expect(readRegularFile(fifo, 1024)).rejects.toThrow(`it is a FIFO (named pipe), ${REFUSED}`);
  });

  test("a file larger than the limit is refused from its size; a missing file says why", async () => {
    const path = join(dir, "big.json");
    writeFileSync(path, "x".repeat(2000));
    await expect(readRegularFile(path, 1999)).rejects.toThrow(
      "it is larger than the limit of 1999 bytes (raise it with --max-bytes)",
    );
    await expect(readRegularFile(path, 2000)).resolves.toHaveLength(2000);
    await expect(readRegularFile(join(dir, "missing.json"), 10)).rejects.toThrow(/^ENOENT: no such file or directory/);
  });

  test.skipIf(!existsSync("/proc/self/fd"))(
    "every file read is closed, read whole or refused while read (no descriptor left open)",
    async () => {
      const path = join(dir, "closed.json");
      writeFileSync(path, "[]");
      const open = () => readdirSync("/proc/self/fd").length;
      const before = open();
      for (let k = 0; k < 20; k++) {
        await readRegularFile(path, 10);
        await readRegularFile("/proc/self/status", 8).catch(() => undefined);
      }
      expect(open()).toBe(before);
    },
  );

  test("a file that grows past the limit after its stat is cut while it is read", async () => {
    // What a file replaced between stat and open, or /proc-like files that say their size is 0, give.
    await expect(readRegularFile("/proc/self/status", 8)).rejects.toThrow("it is larger than the limit of 8 bytes");
  });

  test("an endless stream is refused as soon as it passes the limit, so memory never grows past it", async () => {
    let pulled = 0;
    async function* zeros(): AsyncGenerator<Uint8Array> {
      for (;;) {
        pulled++;
        yield new Uint8Array(1000);
      }
    }
    await expect(readCapped(zeros(), 10_000)).rejects.toThrow("it is larger than the limit of 10000 bytes");
    expect(pulled).toBe(11);
  });

  test("bytes that are not UTF-8 are refused", async () => {
    async function* bytes(): AsyncGenerator<Uint8Array> {
      yield Uint8Array.from([0x7b, 0xff, 0x7d]);
    }
    await expect(readCapped(bytes(), 100)).rejects.toThrow("it is not UTF-8 text");
  });

  test("a kind of file the stat does not name is a special file", () => {
    const none = () => false;
    const stats = {
      isDirectory: none,
      isCharacterDevice: none,
      isBlockDevice: none,
      isFIFO: none,
      isSocket: none,
    } as unknown as Stats;
    expect(fileKind(stats)).toBe("a special file");
    expect(fileKind(statSync("/dev/null"))).toBe("a character device");
  });
});

/** A writable that takes a chunk only when the test says so, and can fail like a closed pipe. */
function slowSink(): { stream: Writable; taken: string[]; release(): void } {
  const taken: string[] = [];
  let pending: (() => void) | null = null;
  const stream = new Writable({
    highWaterMark: 4,
    decodeStrings: false,
    write(chunk: string, _encoding, callback) {
      taken.push(chunk);
      pending = () => callback();
    },
  });
  return { stream, taken, release: () => (pending?.(), (pending = null)) };
}

describe("writing output", () => {
  test("a write waits for `drain` when the stream's buffer is full", async () => {
    const sink = slowSink();
    const write = streamWriter(sink.stream);
    const closeListeners = sink.stream.listenerCount("close");
    let done = false;
    const writing = Promise.resolve(write("more than four")).then(() => (done = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toBe(false);
    sink.release();
    await writing;
    expect(sink.taken).toEqual(["more than four"]);
    // The wait's listeners are gone once it is over.
    expect(sink.stream.listenerCount("drain")).toBe(0);
    expect(sink.stream.listenerCount("close")).toBe(closeListeners);
    await write("ok");
  });

  test("EPIPE: once the reader is gone, every write rejects with that error and nothing is buffered", async () => {
    const sink = slowSink();
    const write = streamWriter(sink.stream);
    const writing = write("more than four");
    sink.stream.destroy(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    // The stream's own error, not the "closed" one its `close` event would make.
    await expect(writing).rejects.toMatchObject({ code: "EPIPE", message: "write EPIPE" });
    await expect(write("again")).rejects.toMatchObject({ code: "EPIPE", message: "write EPIPE" });
    expect(sink.taken).toEqual(["more than four"]);
  });

  test("a stream closed without an error is a reader gone too", async () => {
    const sink = slowSink();
    const write = streamWriter(sink.stream);
    sink.stream.destroy();
    await new Promise((resolve) => setImmediate(resolve));
    await expect(write("late")).rejects.toMatchObject({ code: "EPIPE", message: "the output was closed" });
  });
});
