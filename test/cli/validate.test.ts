import { describe, expect, test } from "vitest";
import { cli, EXAMPLE, json, PARENT } from "./io.js";
import { BAD, ONE } from "./orgs.js";

describe("org-rbac validate", () => {
  test("IN-1: a valid org file prints ✔ and its size (then the audit's warnings, test/cli/audit.test.ts)", () => {
    const ran = cli(["validate", EXAMPLE]);
    expect({ ...ran, stdout: ran.stdout.split("\n")[0] }).toEqual({
      code: 0,
      stdout: "✔ valid org acme-eu: 15 members, 8 roles, 10 groups, 4 connectors",
      stderr: "",
    });
    expect(cli(["validate", PARENT]).stdout.split("\n")[0]).toBe("✔ valid org acme: 4 members, 3 roles, 10 groups, 2 connectors");
    expect(cli(["validate", "one.json"], { "one.json": ONE }).stdout).toBe("✔ valid org one: 1 member, 1 role, 1 group, 1 connector\n");
  });

  test("IN-1: an invalid org file prints every issue with its path, and exits 1", () => {
    const ran = cli(["validate", "bad.json"], { "bad.json": BAD });
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatchInlineSnapshot(`
      "✖ \`bad.json\` is not a valid org (1 issue)
      ✖ expected one of "always", "approval", "blocked", received "allow" → at roles[0].connectors.all
      "
    `);
  });

  test("--json prints whether the org is valid", () => {
    expect(json(cli(["validate", EXAMPLE, "--json"]))).toEqual({ valid: true, orgId: "acme-eu" });
  });
});
