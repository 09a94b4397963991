import { describe, expect, test } from "vitest";
import { readArgs } from "../../src/cli/args.js";
import { run } from "../../src/cli/run.js";
import { USAGE } from "../../src/cli/usage.js";
import { cli, EXAMPLE, json } from "./io.js";

describe("org-rbac arguments", () => {
  test("flags may come anywhere, and `--` ends them so an id may start with `-`", () => {
    expect(readArgs(["--json", "access", "org.json", "-h"])).toEqual({
      command: "access",
      positionals: ["org.json"],
      json: true,
      help: true,
    });
    expect(readArgs(["spend", "org.json", "--", "--json", "-u1"])).toEqual({
      command: "spend",
      positionals: ["org.json", "--json", "-u1"],
      json: false,
      help: false,
    });
    expect(readArgs(["validate", "-"])).toEqual({ command: "validate", positionals: ["-"], json: false, help: false });
    expect(readArgs([])).toEqual({ command: null, positionals: [], json: false, help: false });
    expect(readArgs(["access", "--verbose"])).toBe("unknown option `--verbose`");
  });
});

describe("org-rbac usage", () => {
  test("--help prints the usage on stdout and exits 0, whatever else is given", () => {
    for (const argv of [["--help"], ["-h"], ["access", "--help"], ["nonsense", "-h"]]) {
      expect(cli(argv)).toEqual({ code: 0, stdout: USAGE, stderr: "" });
    }
    expect(USAGE).toContain("org-rbac access <org.json> [memberId]");
    expect(USAGE).toContain("--json");
  });

  test("no command, an unknown command or an unknown option exits 2 with the usage on stderr", () => {
    expect(cli([])).toEqual({ code: 2, stdout: "", stderr: `✖ missing command\n\n${USAGE}` });
    expect(cli(["frobnicate", EXAMPLE])).toEqual({ code: 2, stdout: "", stderr: `✖ unknown command \`frobnicate\`\n\n${USAGE}` });
    expect(cli(["access", EXAMPLE, "--verbose"])).toEqual({ code: 2, stdout: "", stderr: `✖ unknown option \`--verbose\`\n\n${USAGE}` });
  });

  test.each([
    [["access"], "access <org.json> [memberId]"],
    [["access", EXAMPLE, "u-ana", "u-ben"], "access <org.json> [memberId]"],
    [["tool", EXAMPLE, "u-kai", "jira"], "tool <org.json> <memberId> <connectorId> <tool>"],
    [["conflicts", EXAMPLE], "conflicts <org.json> <roleId> [connectorId]"],
    [["spend"], "spend <org.json> [memberId]"],
    [["validate", EXAMPLE, "extra"], "validate <org.json>"],
  ])("a wrong number of arguments exits 2 with the command's usage: %j", (argv, usage) => {
    expect(cli(argv)).toEqual({ code: 2, stdout: "", stderr: `✖ usage: org-rbac ${usage}\n\n${USAGE}` });
  });
});

describe("org-rbac org files", () => {
  test("a file that cannot be read exits 1 and says why", () => {
    const ran = cli(["access", "examples/orgs/missing.json"]);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toBe("");
    expect(ran.stderr).toMatch(/^✖ cannot read `examples\/orgs\/missing\.json`: ENOENT: no such file or directory/);
  });

  test("whatever readFile throws is reported, even a value that is not an Error", () => {
    let stderr = "";
    const code = run(["spend", "locked.json"], {
      readFile() {
        throw "permission denied";
      },
      stdout: () => undefined,
      stderr: (text) => void (stderr += text),
    });
    expect({ code, stderr }).toEqual({ code: 1, stderr: "✖ cannot read `locked.json`: permission denied\n" });
  });

  test("a file that is not JSON exits 1 and says where JSON.parse stopped", () => {
    expect(cli(["validate", "broken.json"], { "broken.json": "{ not json" })).toEqual({
      code: 1,
      stdout: "",
      stderr: expect.stringMatching(/^✖ `broken\.json` is not JSON: .+\n$/) as unknown as string,
    });
  });

  test("IN-1: an invalid org prints every issue and exits 1: on stderr for the commands, on stdout for validate", () => {
    const files = { "bad.json": { id: "", billing: "monthly" } };
    const access = cli(["access", "bad.json"], files);
    expect(access.code).toBe(1);
    expect(access.stdout).toBe("");
    expect(access.stderr).toMatch(/^✖ `bad\.json` is not a valid org \(\d+ issues\)\n/);
    expect(access.stderr).toContain("billing");

    const validate = cli(["validate", "bad.json"], files);
    expect(validate).toEqual({ code: 1, stdout: access.stderr, stderr: "" });
  });

  test("IN-1: with --json the issues are printed as JSON, with their paths", () => {
    const files = { "bad.json": { id: "x", billing: "monthly" } };
    const validate = cli(["validate", "bad.json", "--json"], files);
    expect(validate.code).toBe(1);
    const printed = json(validate) as { valid: boolean; issues: { pathText: string }[] };
    expect(printed.valid).toBe(false);
    expect(printed.issues.map((issue) => issue.pathText)).toContain("billing");

    const tool = cli(["tool", "bad.json", "u", "c", "t", "--json"], files);
    expect(tool).toEqual({ code: 1, stdout: "", stderr: validate.stdout });
  });
});
