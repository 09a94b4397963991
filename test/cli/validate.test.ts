import { describe, expect, test } from "vitest";
import { cli, EXAMPLE, json, PARENT } from "./io.js";
import { BAD, ONE } from "./orgs.js";

describe("org-rbac validate", () => {
  test("IN-1: a valid org file prints ✔ and its size (then the audit's warnings, test/cli/audit.test.ts)", async () => {
    const ran = await cli(["validate", EXAMPLE]);
    expect({ ...ran, stdout: ran.stdout.split("\n")[0] }).toEqual({
      code: 0,
      stdout: "✔ valid org acme-eu: 15 members, 8 roles, 10 groups, 4 connectors",
      stderr: "",
    });
    expect((await cli(["validate", PARENT])).stdout.split("\n")[0]).toBe(
      "✔ valid org acme: 4 members, 3 roles, 10 groups, 2 connectors",
    );
    expect((await cli(["validate", "one.json"], { "one.json": ONE })).stdout).toBe(
      "✔ valid org one: 1 member, 1 role, 1 group, 1 connector\n",
    );
  });

  test("IN-1: an invalid org file prints every issue with its path, and exits 2", async () => {
    const ran = await cli(["validate", "bad.json"], { "bad.json": BAD });
    expect(ran.code).toBe(2);
    expect(ran.stdout).toMatchInlineSnapshot(`
      "✖ \`bad.json\` is not a valid org (1 issue)
      ✖ expected one of "always", "approval", "blocked", received "allow" → at roles[0].connectors.all
      "
    `);
  });

  test("--json prints whether the org is valid", async () => {
    expect(json(await cli(["validate", EXAMPLE, "--json"]))).toEqual({ valid: true, orgId: "acme-eu" });
  });
});

describe("org-rbac validate on a file with many issues", () => {
  test("IN-1: the count of every issue, the first 100, each line cut at 400 characters, then how many more; --json has the same and the count", async () => {
    const key = "k".repeat(1000);
    const members = Array.from({ length: 120 }, (_, i) => ({ id: `u${i}`, role: "superuser", [key]: 1 }));
    const files = { "many.json": { ...ONE, members } };
    const ran = await cli(["validate", "many.json"], files);
    expect(ran.code).toBe(2);
    const lines = ran.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^✖ `many\.json` is not a valid org \((\d+) issues\)$/);
    const total = Number(/\((\d+) issues\)/.exec(lines[0] ?? "")?.[1]);
    expect(total).toBe(240);
    expect(lines).toHaveLength(1 + 100 + 1);
    expect(lines.at(-1)).toBe("… and 140 more issues");
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(400 + " characters)".length + 12);
    const answer = json(await cli(["validate", "many.json", "--json"], files)) as {
      issueCount: number;
      issues: unknown[];
    };
    expect({ issueCount: answer.issueCount, issues: answer.issues.length }).toEqual({ issueCount: 240, issues: 100 });
    // --json is indented for people, --format ndjson is one line for machines; both on stdout.
    expect((await cli(["validate", "many.json", "--json"], files)).stdout).toMatch(/^\{\n {2}"valid": false,\n/);
    const ndjson = await cli(["validate", "many.json", "--format", "ndjson"], files);
    expect(ndjson.stdout).toMatch(/^\{"valid":false,"issueCount":240,"issues":\[[^\n]*\]\}\n$/);
  });
});
