import { describe, expect, test } from "vitest";
import { cli, json } from "./io.js";

const BEFORE = "examples/migration/before.json";
const AFTER = "examples/migration/after.json";

describe("org-rbac diff (DIF-1)", () => {
  test("DIF-1: prints who gains and loses what, with both explanations", async () => {
    const ran = await cli(["diff", BEFORE, AFTER]);
    expect(ran.code).toBe(0);
    expect(ran.stderr).toBe("");
    const lines = ran.stdout.split("\n");
    expect(lines[0]).toBe(
      "7 members' access differs between `acme-corp` and `acme-corp`: 8 gains, 19 losses, 11 changes (DIF-1)",
    );
    expect(lines).toContain("member `u-cy`: 1 gain, 5 losses, 2 changes");
    expect(lines).toContain("  ~ built-in role: `user` → `custom`");
    expect(lines).toContain("  ~ capability `claude_code`: not granted (hidden) → not granted (greyed out)");
    expect(lines).toContain("  - connector `github` leaves the connector menu (CON-10)");
    expect(lines).toContain("  - tool `jira/create_issue`: `approval` → `blocked`");
    expect(lines).toContain("  - spend limit: limited to 50000 → limited to 20000");
    expect(lines).toContain(
      "      after:  member `u-eve` has capability `cowork` because built-in role `admin` has every capability the org has on (CAP-3)",
    );
  });

  test("DIF-1: --json prints the diff as data; the same org twice differs for nobody", async () => {
    const diff = json(await cli(["diff", BEFORE, AFTER, "--json"])) as {
      members: { memberId: string }[];
      gains: number;
    };
    expect(diff.members.map((m) => m.memberId)).toEqual([
      "u-ana",
      "u-ben",
      "u-cy",
      "u-dee",
      "u-eve",
      "u-fay",
      "u-olga",
    ]);
    expect(diff.gains).toBe(8);
    expect((await cli(["diff", BEFORE, BEFORE])).stdout).toBe(
      "no member's access differs between `acme-corp` and `acme-corp` (DIF-1)\n",
    );
  });

  test("IN-1: an unreadable, non-JSON or invalid target file exits 2 naming it", async () => {
    const files = { "bad.json": "{", "invalid.json": "{}" };
    expect(await cli(["diff", BEFORE, "examples/migration/nope.json"])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("cannot read `examples/migration/nope.json`"),
    });
    expect(await cli(["diff", BEFORE, "bad.json"], files)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^✖ `bad\.json` is not JSON/),
    });
    expect(await cli(["diff", BEFORE, "invalid.json"], files)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^✖ `invalid\.json` is not a valid org \(\d+ issues\)\n/),
    });
  });
});
