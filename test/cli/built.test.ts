import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { cli, EXAMPLE, root, type Ran } from "./io.js";

const built = join(root, "dist", "cli.js");

function newestSource(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    }),
  );
}

/** Whether dist/cli.js exists and was built after the last change to src/. */
function builtIsFresh(): boolean {
  return existsSync(built) && statSync(built).mtimeMs >= newestSource(join(root, "src"));
}

function spawnBuilt(argv: readonly string[]): Ran {
  const child = spawnSync(process.execPath, [built, ...argv], { cwd: root, encoding: "utf8" });
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}

// The built CLI is only compared when it is up to date: `npm test` runs the unit tests before the
// build, and a stale dist/ must not fail them. Without it, run() is still checked on the same calls.
test("the built org-rbac prints what run() prints, with the same exit codes", async () => {
  const calls = [
    ["access", EXAMPLE, "u-kai"],
    ["validate", EXAMPLE],
    ["access", "no-such.json"],
    ["frobnicate"],
    ["spend", EXAMPLE, "--format", "csv"],
    ["access", EXAMPLE, "--format", "ndjson"],
    ["validate", "/dev/zero"],
  ];
  const expected = await Promise.all(calls.map((argv) => cli(argv)));
  expect(expected.map((ran) => ran.code)).toEqual([0, 0, 2, 2, 0, 0, 2]);
  expect(expected[0]?.stdout).toContain("\nmember u-kai <kai@acme.test>\n");
  if (builtIsFresh()) {
    expect(calls.map(spawnBuilt)).toEqual(expected);
  }
});
