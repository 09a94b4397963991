import { describe, expect, test } from "vitest";
import type { Command } from "../../src/cli/command.js";
import { COMMAND_LIST } from "../../src/cli/commands.js";
import { run } from "../../src/cli/run.js";
import { SOLO } from "./orgs.js";

// A command as the admin commands (audit, diff, plan, apply) will be written: an org file, a JSON
// file, an option with a value, and an exit code of its own.
const echo: Command = {
  name: "echo",
  args: "<org.json> <changes.json>",
  summary: ["prints what it was given"],
  files: ["org", "json"],
  arity: [2, 2],
  formats: ["text", "json"],
  options: ["--pilot"],
  execute({ orgs, documents, args, options }) {
    const json = { orgs: orgs.map((org) => org.id), documents, args, pilot: options.get("--pilot") ?? null };
    return {
      ok: true,
      answer: {
        items: [{ json, text: [JSON.stringify(json)] }],
        single: true,
        separator: "\n",
        exitCode: documents.length === 1 ? 1 : 0,
      },
    };
  },
};

async function runEcho(argv: readonly string[], files: Readonly<Record<string, string>>) {
  let stdout = "";
  let stderr = "";
  const code = await run(
    argv,
    {
      readInput: (path) => files[path] ?? "",
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
    },
    [...COMMAND_LIST, echo],
  );
  return { code, stdout, stderr };
}

describe("a new command is a module and one line in COMMAND_LIST", () => {
  test("run reads its org and its JSON file, passes its option, and exits with the code of its answer", async () => {
    const files = { "o.json": JSON.stringify(SOLO), "c.json": '[{"kind": "enableConnectorPermissions"}]' };
    expect(await runEcho(["echo", "o.json", "c.json", "--pilot", "g"], files)).toEqual({
      code: 1,
      stdout: '{"orgs":["solo"],"documents":[[{"kind":"enableConnectorPermissions"}]],"args":[],"pilot":"g"}\n',
      stderr: "",
    });
  });

  test("a JSON file that is not JSON exits 2; the option of one command is unknown to the others", async () => {
    const bad = await runEcho(["echo", "o.json", "c.json"], { "o.json": JSON.stringify(SOLO), "c.json": "[" });
    expect(bad).toMatchObject({
      code: 2,
      stderr: "✖ `c.json` is not JSON: unexpected end of input at line 1, column 2, near `[`\n",
    });
    const foreign = await runEcho(["validate", "o.json", "--pilot", "g"], { "o.json": JSON.stringify(SOLO) });
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/^✖ unknown option `--pilot`\n/);
  });
});

describe("what a command throws", () => {
  const throwing = (thrown: () => unknown): Command => ({
    name: "boom",
    args: "",
    summary: ["throws"],
    files: [],
    arity: [0, 0],
    formats: ["text"],
    execute() {
      throw thrown();
    },
  });
  const runThrowing = async (thrown: () => unknown, argv: readonly string[]) => {
    let stderr = "";
    const code = await run(
      argv,
      { readInput: () => "", stdout: () => undefined, stderr: (text) => void (stderr += text) },
      [...COMMAND_LIST, throwing(thrown)],
    );
    return { code, stderr };
  };

  test("anything thrown, null included, is an internal error (exit 3) in one line", async () => {
    expect(await runThrowing(() => null, ["boom"])).toEqual({
      code: 3,
      stderr: "✖ internal error: null (run again with --debug for the stack)\n",
    });
    expect(await runThrowing(() => "why", ["boom"])).toEqual({
      code: 3,
      stderr: "✖ internal error: why (run again with --debug for the stack)\n",
    });
  });

  test("--debug adds the stack of an Error, and nothing for one without a stack", async () => {
    const bare = () => Object.assign(new Error("bare"), { stack: undefined });
    expect(await runThrowing(bare, ["boom", "--debug"])).toEqual({
      code: 3,
      stderr: "✖ internal error: bare (run again with --debug for the stack)\n",
    });
    const full = await runThrowing(() => new Error("full"), ["boom", "--debug"]);
    expect(full.stderr).toMatch(
      /^✖ internal error: full \(run again with --debug for the stack\)\nError: full\n {4}at /,
    );
  });
});
