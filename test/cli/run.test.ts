import { describe, expect, test } from "vitest";
import { DEFAULT_MAX_BYTES, readArgs } from "../../src/cli/args.js";
import { run } from "../../src/cli/run.js";
import { USAGE } from "../../src/cli/usage.js";
import { cli, EXAMPLE, json } from "./io.js";

const NONE = new Set<string>();
const base = { format: null, help: false, debug: false, maxBytes: DEFAULT_MAX_BYTES, options: new Map() };

describe("org-rbac arguments", () => {
  test("flags may come anywhere, and `--` ends them so an id may start with `-`", () => {
    expect(readArgs(["--json", "access", "org.json", "-h"], NONE)).toEqual({
      ...base,
      command: "access",
      positionals: ["org.json"],
      format: "json",
      help: true,
    });
    expect(readArgs(["spend", "org.json", "--", "--json", "-u1"], NONE)).toEqual({
      ...base,
      command: "spend",
      positionals: ["org.json", "--json", "-u1"],
    });
    expect(readArgs(["validate", "-"], NONE)).toEqual({ ...base, command: "validate", positionals: ["-"] });
    expect(readArgs([], NONE)).toEqual({ ...base, command: null, positionals: [] });
    expect(readArgs(["access", "--verbose"], NONE)).toBe("unknown option `--verbose`");
  });

  test("--format, --max-bytes and a command's own options take a value, after a space or an equals sign", () => {
    const pilot = new Set(["--pilot"]);
    expect(
      readArgs(["access", "--format", "csv", "--max-bytes=1024", "--debug", "--pilot", "g-eng", "o.json"], pilot),
    ).toEqual({
      ...base,
      command: "access",
      positionals: ["o.json"],
      format: "csv",
      debug: true,
      maxBytes: 1024,
      options: new Map([["--pilot", "g-eng"]]),
    });
    expect(readArgs(["access", "--format=ndjson", "--pilot=-x"], pilot)).toMatchObject({
      format: "ndjson",
      options: new Map([["--pilot", "-x"]]),
    });
  });

  test.each([
    [["--format"], "option `--format` needs a value"],
    [["--format", "xml"], "unknown format `xml` (expected text, json, ndjson or csv)"],
    [["--format="], "unknown format `` (expected text, json, ndjson or csv)"],
    [["--max-bytes", "0"], "`--max-bytes` takes a whole number of bytes from 1 to 268435456, received `0`"],
    [["--max-bytes", "1e3"], "`--max-bytes` takes a whole number of bytes from 1 to 268435456, received `1e3`"],
    [
      ["--max-bytes", "268435457"],
      "`--max-bytes` takes a whole number of bytes from 1 to 268435456, received `268435457`",
    ],
    [["--json=yes"], "unknown option `--json=yes`"],
    [["--pilot=g"], "unknown option `--pilot=g`"],
    [["--json", "--format", "text"], "`--json` and `--format` cannot be given together"],
    [["access", 7], "argument 1 is not a string"],
    [["--format", Symbol("csv")], "argument 1 is not a string"],
  ])("a wrong option is a usage error: %j", (argv, message) => {
    expect(readArgs(argv, NONE)).toBe(message);
  });

  test("--max-bytes takes 1 and the largest limit, 256 MiB", () => {
    expect(readArgs(["--max-bytes", "1"], NONE)).toMatchObject({ maxBytes: 1 });
    expect(readArgs(["--max-bytes", "268435456"], NONE)).toMatchObject({ maxBytes: 268435456 });
  });
});

describe("org-rbac usage", () => {
  test("--help prints the usage on stdout and exits 0, whatever else is given", async () => {
    for (const argv of [["--help"], ["-h"], ["access", "--help"], ["nonsense", "-h"]]) {
      expect(await cli(argv)).toEqual({ code: 0, stdout: USAGE, stderr: "" });
    }
    expect(USAGE).toContain("org-rbac access <org.json> [memberId]");
    expect(USAGE).toContain("--json");
  });

  test("the usage lists every command, every option and every exit code", () => {
    for (const text of [
      "org-rbac tool <org.json>",
      "org-rbac conflicts",
      "org-rbac spend",
      "org-rbac validate",
      "--format <f>",
      "--max-bytes <n>",
      "--debug",
    ]) {
      expect(USAGE).toContain(text);
    }
    expect(USAGE).toMatch(
      / {2}0 {2}answered.*\n {2}1 {2}an id the org does not have.*\n {2}2 {2}invalid input or usage[\s\S]*\n {2}3 {2}internal error/,
    );
  });

  test("no command, an unknown command or an unknown option exits 2 with the usage on stderr", async () => {
    expect(await cli([])).toEqual({ code: 2, stdout: "", stderr: `✖ missing command\n\n${USAGE}` });
    expect(await cli(["frobnicate", EXAMPLE])).toEqual({
      code: 2,
      stdout: "",
      stderr: `✖ unknown command \`frobnicate\`\n\n${USAGE}`,
    });
    expect(await cli(["access", EXAMPLE, "--verbose"])).toEqual({
      code: 2,
      stdout: "",
      stderr: `✖ unknown option \`--verbose\`\n\n${USAGE}`,
    });
  });

  test.each([
    [["access"], "access <org.json> [memberId]"],
    [["access", EXAMPLE, "u-ana", "u-ben"], "access <org.json> [memberId]"],
    [["tool", EXAMPLE, "u-kai", "jira"], "tool <org.json> <memberId> <connectorId> <tool>"],
    [["conflicts", EXAMPLE], "conflicts <org.json> <roleId> [connectorId]"],
    [["spend"], "spend <org.json> [memberId]"],
    [["validate", EXAMPLE, "extra"], "validate <org.json>"],
  ])("a wrong number of arguments exits 2 with the command's usage: %j", async (argv, usage) => {
    expect(await cli(argv)).toEqual({ code: 2, stdout: "", stderr: `✖ usage: org-rbac ${usage}\n\n${USAGE}` });
  });

  test("a format the command does not print, or another command's option, exits 2", async () => {
    expect(await cli(["tool", EXAMPLE, "u-kai", "jira", "search_issues", "--format", "csv"])).toEqual({
      code: 2,
      stdout: "",
      stderr: `✖ \`--format csv\` is not available for \`tool\` (it prints text, json, ndjson)\n\n${USAGE}`,
    });
  });
});

describe("org-rbac inputs", () => {
  test("a file that cannot be read exits 2 and says why", async () => {
    const ran = await cli(["access", "examples/orgs/missing.json"]);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe("");
    expect(ran.stderr).toMatch(/^✖ cannot read `examples\/orgs\/missing\.json`: ENOENT: no such file or directory/);
  });

  test("whatever readInput throws is reported, even a value that is not an Error; `-` is standard input", async () => {
    let stderr = "";
    const io = {
      readInput(): string {
        throw "permission denied";
      },
      stdout: () => undefined,
      stderr: (text: string) => void (stderr += text),
    };
    expect(await run(["spend", "locked.json"], io)).toBe(2);
    expect(await run(["spend", "-"], io)).toBe(2);
    expect(stderr).toBe(
      "✖ cannot read `locked.json`: permission denied\n✖ cannot read standard input: permission denied\n",
    );
  });

  test("the limit of --max-bytes reaches readInput", async () => {
    const limits: number[] = [];
    const io = {
      readInput: (_: string, max: number) => (limits.push(max), "{}"),
      stdout: () => undefined,
      stderr: () => undefined,
    };
    await run(["validate", "a.json"], io);
    await run(["validate", "a.json", "--max-bytes", "10"], io);
    expect(limits).toEqual([DEFAULT_MAX_BYTES, 10]);
  });

  test("a file that is not JSON exits 2 and says where, by line and column, with an excerpt", async () => {
    expect(await cli(["validate", "broken.json"], { "broken.json": '{\n  "id": "x",\n  "billing": seat\n}' })).toEqual({
      code: 2,
      stdout: "",
      stderr: '✖ `broken.json` is not JSON: unexpected character `s` at line 3, column 14, near `  "billing": seat`\n',
    });
  });

  test("IN-1: an invalid org prints every issue and exits 2: on stderr for the commands, on stdout for validate", async () => {
    const files = { "bad.json": { id: "", billing: "monthly" } };
    const access = await cli(["access", "bad.json"], files);
    expect(access.code).toBe(2);
    expect(access.stdout).toBe("");
    expect(access.stderr).toMatch(/^✖ `bad\.json` is not a valid org \(\d+ issues\)\n/);
    expect(access.stderr).toContain("billing");

    const validate = await cli(["validate", "bad.json"], files);
    expect(validate).toEqual({ code: 2, stdout: access.stderr, stderr: "" });
  });

  test("IN-1: with --json the issues are printed as JSON, with their paths; with ndjson on one line", async () => {
    const files = { "bad.json": { id: "x", billing: "monthly" } };
    const validate = await cli(["validate", "bad.json", "--json"], files);
    expect(validate.code).toBe(2);
    const printed = json(validate) as { valid: boolean; issues: { pathText: string }[] };
    expect(printed.valid).toBe(false);
    expect(printed.issues.map((issue) => issue.pathText)).toContain("billing");

    const tool = await cli(["tool", "bad.json", "u", "c", "t", "--json"], files);
    expect(tool).toEqual({ code: 2, stdout: "", stderr: validate.stdout });
    const line = await cli(["validate", "bad.json", "--format", "ndjson"], files);
    expect(line.stdout.split("\n")).toHaveLength(2);
    expect(JSON.parse(line.stdout)).toEqual(printed);
  });
});
