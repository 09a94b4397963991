import { describe, expect, test } from "vitest";
import { diffCommand } from "../../src/cli/diffCommand.js";
import { parseOrg } from "../../src/index.js";
import { cli, json } from "./io.js";

const BEFORE = "examples/migration/before.json";
const AFTER = "examples/migration/after.json";

describe("org-rbac diff (DIF-1)", () => {
  test("DIF-1: prints who gains and loses what, with both explanations", () => {
    const ran = cli(["diff", BEFORE, AFTER]);
    expect(ran.code).toBe(0);
    expect(ran.stderr).toBe("");
    const lines = ran.stdout.split("\n");
    expect(lines[0]).toBe("7 members' access differs between `acme-corp` and `acme-corp`: 8 gains, 19 losses, 11 changes (DIF-1)");
    expect(lines).toContain("member `u-cy`: 1 gain, 5 losses, 2 changes");
    expect(lines).toContain("  ~ built-in role: `user` → `custom`");
    expect(lines).toContain("  ~ capability `claude_code`: not granted (hidden) → not granted (greyed out)");
    expect(lines).toContain("  - connector `github` leaves the connector menu (CON-10)");
    expect(lines).toContain("  - tool `jira/create_issue`: `approval` → `blocked`");
    expect(lines).toContain("  - spend limit: limited to 50000 → limited to 20000");
    expect(lines).toContain("      after:  member `u-eve` has capability `cowork` because built-in role `admin` has every capability the org has on (CAP-3)");
  });

  test("DIF-1: --json prints the diff as data; the same org twice differs for nobody", () => {
    const diff = json(cli(["diff", BEFORE, AFTER, "--json"])) as { members: { memberId: string }[]; gains: number };
    expect(diff.members.map((m) => m.memberId)).toEqual(["u-ana", "u-ben", "u-cy", "u-dee", "u-eve", "u-fay", "u-olga"]);
    expect(diff.gains).toBe(8);
    expect(cli(["diff", BEFORE, BEFORE]).stdout).toBe("no member's access differs between `acme-corp` and `acme-corp` (DIF-1)\n");
  });

  test("IN-1: an unreadable or invalid target file is an error naming it", () => {
    const org = parseOrg(JSON.parse(JSON.stringify({ id: "o", billing: "seat", seatPlan: "standard", provisioning: "scim", capabilities: {}, connectorPermissionsEnabled: false, connectors: [], roles: [], groups: [], roleAssignments: [], members: [] })));
    const files: Record<string, string> = { "bad.json": "{", "invalid.json": "{}" };
    const command = diffCommand({ readFile: (path) => files[path] ?? (() => { throw new Error("no such file"); })() });
    expect(command.execute(org, ["missing.json"])).toEqual({ ok: false, error: "cannot read `missing.json`: no such file" });
    expect(command.execute(org, ["bad.json"])).toMatchObject({ ok: false, error: expect.stringMatching(/^`bad.json` is not JSON/) });
    expect(command.execute(org, ["invalid.json"])).toMatchObject({ ok: false, error: expect.stringMatching(/^`invalid.json` is not a valid org \(\d+ issues\)\n/) });
    expect(cli(["diff", BEFORE, "examples/migration/nope.json"])).toMatchObject({ code: 1, stderr: expect.stringContaining("cannot read `examples/migration/nope.json`") });
  });
});
