// Each failure of the command line measured in issue 9, reproduced at a size the test command runs.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fc, test as property } from "@fast-check/vitest";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readCapped, readRegularFile } from "../../src/cli/nodeIo.js";
import { CHUNK_CHARS } from "../../src/cli/output.js";
import { run, type CliIo } from "../../src/cli/run.js";
import { cli, root } from "../cli/io.js";
import { SOLO } from "../cli/orgs.js";
import { conflictOrg, manyMembersOrg } from "./cliShapes.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "org-rbac-cli-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The io of the real CLI (src/cli/main.ts), printing into strings. */
function nodeIo(): CliIo & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    readInput: (path, maxBytes) => readRegularFile(path, maxBytes),
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    out: () => out,
    err: () => err,
  };
}

describe("issue 9: inputs that are not regular files, or too large", () => {
  test("`validate /dev/zero` is refused from its stat, at once, exit 2 (it grew to 7 GB)", async () => {
    const io = nodeIo();
    expect(await run(["validate", "/dev/zero"], io)).toBe(2);
    expect(io.err()).toBe(
      "✖ cannot read `/dev/zero`: it is a character device, not a regular file: org-rbac reads regular files and `-` (standard input) only\n",
    );
  });

  test("a FIFO with no writer is refused without hanging (it hung)", async () => {
    const fifo = join(dir, "org.fifo");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const io = nodeIo();
    expect(await run(["access", fifo], io)).toBe(2);
    expect(io.err()).toContain("it is a FIFO (named pipe), not a regular file");
  });

  test("an endless standard input stops at --max-bytes: memory never holds more than the limit", async () => {
    let pulled = 0;
    async function* zeros(): AsyncGenerator<Uint8Array> {
      for (;;) {
        pulled++;
        yield new Uint8Array(64 * 1024);
      }
    }
    let err = "";
    const io: CliIo = {
      readInput: (_, maxBytes) => readCapped(zeros(), maxBytes),
      stdout: () => undefined,
      stderr: (text) => void (err += text),
    };
    expect(await run(["validate", "-", "--max-bytes", "1048576"], io)).toBe(2);
    expect(err).toBe(
      "✖ cannot read standard input: it is larger than the limit of 1048576 bytes (raise it with --max-bytes)\n",
    );
    expect(pulled).toBe(17);
  });
});

describe("issue 9: text the CLI could not read or printed invisibly", () => {
  test("a UTF-8 byte-order mark is accepted (it was rejected, and printed invisibly)", async () => {
    const path = join(dir, "bom.json");
    writeFileSync(path, `\uFEFF${JSON.stringify(SOLO)}`);
    const io = nodeIo();
    expect(await run(["validate", path], io)).toBe(0);
    expect(io.out()).toBe("✔ valid org solo: 1 member, 1 role, 1 group, 1 connector\n");
  });

  test("a JSON syntax error gives its line and column and a short excerpt, escaped", async () => {
    const text = `{\n  "id": "solo",\n  "members": [{ "id": "m\u202e", "role": "custom" },, ]\n}`;
    expect(await cli(["validate", "x.json"], { "x.json": text })).toEqual({
      code: 2,
      stdout: "",
      stderr:
        '✖ `x.json` is not JSON: unexpected character `,` at line 3, column 48, near `…m\\u{202e}", "role": "custom" },, ]`\n',
    });
    const long = `[${"1,".repeat(10_000)}]`;
    const ran = await cli(["validate", "long.json"], { "long.json": long });
    expect(ran.stderr).toBe(
      "✖ `long.json` is not JSON: unexpected character `]` at line 1, column 20002, near `…1,1,1,1,1,1,1,1,1,1,1,1,]`\n",
    );
    expect((await cli(["validate", "end.json"], { "end.json": '{"id": "x"' })).stderr).toBe(
      '✖ `end.json` is not JSON: unexpected end of input at line 1, column 11, near `{"id": "x"`\n',
    );
  });

  test("U+2028 and U+200B in ids are escaped in text, CSV and JSON (ids could be spoofed visually)", async () => {
    const org = {
      ...SOLO,
      members: [
        { id: "m\u2028", role: "custom" },
        { id: "a\u200bdmin", role: "owner" },
      ],
    };
    for (const format of ["text", "csv", "json", "ndjson"]) {
      const ran = await cli(["access", "o.json", "--format", format], { "o.json": org });
      expect(ran.stdout).not.toMatch(/[\u2028\u200b]/);
      expect(ran.stdout).toContain(format === "text" || format === "csv" ? "a\\u{200b}dmin" : "a\\u200bdmin");
      expect(ran.stdout).toContain(format === "text" || format === "csv" ? "m\\u{2028}" : "m\\u2028");
    }
  });
});

describe("issue 9: whole-org output, streamed (the medium org took 4.2 GB, --json died)", () => {
  /** Runs with a stdout whose every write must be waited for, and records what it was given. */
  async function streamed(argv: readonly string[], members: number) {
    const writes: number[] = [];
    let outstanding = 0;
    let mostOutstanding = 0;
    let out = "";
    const code = await run(argv, {
      readInput: () => JSON.stringify(manyMembersOrg(members)),
      stdout: async (text) => {
        outstanding++;
        mostOutstanding = Math.max(mostOutstanding, outstanding);
        writes.push(text.length);
        out += text;
        await new Promise((resolve) => setImmediate(resolve));
        outstanding--;
      },
      stderr: (text) => void (out += text),
    });
    return { code, writes, mostOutstanding, out };
  }

  test.each([["ndjson"], ["csv"]])(
    "2,000 members in %s: chunks of bounded size, each written only once the previous one was taken",
    async (format) => {
      const { code, writes, mostOutstanding, out } = await streamed(["access", "org.json", "--format", format], 2000);
      expect(code).toBe(0);
      // Backpressure: never a second write before the first one was taken.
      expect(mostOutstanding).toBe(1);
      // Never the whole output in one string: pieces of about CHUNK_CHARS, plus at most one member.
      expect(out.length).toBeGreaterThan(8 * CHUNK_CHARS);
      expect(Math.max(...writes)).toBeLessThan(CHUNK_CHARS + 8 * 1024);
      expect(writes.length).toBeGreaterThan(out.length / (CHUNK_CHARS + 8 * 1024));
      const records = out.trimEnd().split(format === "csv" ? "\r\n" : "\n");
      // A header, then each member's questions; or one line per member.
      expect(records).toHaveLength(format === "csv" ? 1 + 2000 * 15 : 2000);
    },
  );

  test("--json of every member is one JSON array, written in chunks, exactly as JSON.stringify writes it", async () => {
    const { writes, out } = await streamed(["access", "org.json", "--json"], 300);
    const whole = await cli(["access", "o.json", "--json"], { "o.json": manyMembersOrg(300) });
    expect(out).toBe(whole.stdout);
    expect(writes.length).toBeGreaterThan(1);
    const parsed = JSON.parse(out) as unknown[];
    expect(out).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
  });
});

describe("issue 9: EPIPE and internal errors", () => {
  test("`| head -1`: a reader gone (EPIPE) ends the output quietly, exit 0, no stack", async () => {
    let writes = 0;
    let err = "";
    const code = await run(["access", "o.json"], {
      readInput: () => JSON.stringify(manyMembersOrg(500)),
      stdout: () => {
        writes++;
        throw Object.assign(new Error("write EPIPE"), { code: "EPIPE" });
      },
      stderr: (text) => void (err += text),
    });
    expect({ code, writes, err }).toEqual({ code: 0, writes: 1, err: "" });
    // --help too.
    expect(
      await run(["--help"], {
        readInput: () => "",
        stdout: () => Promise.reject(Object.assign(new Error("EPIPE"), { code: "EPIPE" })),
        stderr: () => undefined,
      }),
    ).toBe(0);
  });

  test("an internal error exits 3 with one line; --debug adds the stack (it exited 1 like an invalid org)", async () => {
    const failing = (debug: boolean) => {
      let err = "";
      const io: CliIo = {
        readInput: () => JSON.stringify(SOLO),
        stdout: () => {
          throw new Error("disk full\nat some internal place");
        },
        stderr: (text) => void (err += text),
      };
      return run(["access", "o.json", ...(debug ? ["--debug"] : [])], io).then((code) => ({ code, err }));
    };
    expect(await failing(false)).toEqual({
      code: 3,
      err: "✖ internal error: disk full (run again with --debug for the stack)\n",
    });
    const debug = await failing(true);
    expect(debug.code).toBe(3);
    expect(debug.err).toMatch(
      /^✖ internal error: disk full \(run again with --debug for the stack\)\nError: disk full\n/,
    );
    expect(debug.err).toContain("    at ");
  });

  test("a value thrown that is not an Error, and a standard error that fails too, still exit 3", async () => {
    const io: CliIo = {
      readInput: () => JSON.stringify(SOLO),
      stdout: () => {
        throw "\u001b[2Jboom";
      },
      stderr: () => {
        throw new Error("stderr gone");
      },
    };
    expect(await run(["validate", "o.json", "--debug"], io)).toBe(3);
    let err = "";
    expect(await run(["validate", "o.json"], { ...io, stderr: (text) => void (err += text) })).toBe(3);
    expect(err).toBe("✖ internal error: \\u{1b}[2Jboom (run again with --debug for the stack)\n");
  });

  property.prop(
    [
      fc.array(
        fc.oneof(
          fc.constantFrom(
            "access",
            "tool",
            "conflicts",
            "spend",
            "validate",
            "o.json",
            "-",
            "--json",
            "--format",
            "csv",
            "ndjson",
            "--max-bytes",
            "9",
            "--debug",
            "--",
            "m",
            "r",
            "empty",
          ),
          fc.string(),
          fc.anything(),
        ),
        { maxLength: 7 },
      ),
    ],
    { numRuns: 200 },
  )("run never throws, whatever argv holds, and exits 0, 1, 2 or 3", async (argv) => {
    const code = await run(argv, {
      readInput: () => JSON.stringify(SOLO),
      stdout: () => undefined,
      stderr: () => undefined,
    });
    expect([0, 1, 2, 3]).toContain(code);
  });
});

describe("issue 9: the conflict report's text is bounded by its org (it was 140 times its size)", () => {
  test.each([
    [40, 20, 2, 20],
    [80, 40, 2, 40],
    [160, 80, 2, 40],
  ])(
    "%i roles, %i connectors of %i tools, %i members: the text stays under 5 times the org",
    async (roles, connectors, tools, members) => {
      const org = conflictOrg(roles, connectors, tools, members);
      const text = await cli(["conflicts", "o.json", "role-0"], { "o.json": org });
      expect(text.code).toBe(0);
      expect(text.stdout.length / JSON.stringify(org).length).toBeLessThan(5);
      // --json stays the library's whole report.
      const report = JSON.parse((await cli(["conflicts", "o.json", "role-0", "--json"], { "o.json": org })).stdout) as {
        connectors: { allRoles: { conflicts: unknown[] } }[];
      };
      expect(report.connectors[0]?.allRoles.conflicts).toHaveLength(roles / 2);
    },
  );
});

// The built CLI, when it is up to date (see test/cli/built.test.ts): a real pipe closed after the first line.
const built = join(root, "dist", "cli.js");
test.runIf(existsSync(built) && statSync(built).mtimeMs >= statSync(join(root, "src", "cli", "run.ts")).mtimeMs)(
  "the built CLI piped into a reader that closes after the first line exits 0 without a stack",
  async () => {
    const org = join(dir, "many.json");
    writeFileSync(org, JSON.stringify(manyMembersOrg(3000)));
    const child = spawn(process.execPath, [built, "access", org], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect({ code, err }).toEqual({ code: 0, err: "" });
  },
);
