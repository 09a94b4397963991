import { describe, expect, test } from "vitest";
import { applyCommand } from "../../src/cli/applyCommand.js";
import { parseOrg, resolveAccess } from "../../src/index.js";
import { cli } from "./io.js";

const BEFORE = "examples/migration/before.json";
const CHANGES = "examples/migration/pilot-changes.json";

describe("org-rbac apply (CHG-1)", () => {
  test("CHG-1: writes the org after the changes as JSON, which parses as a valid org", () => {
    const ran = cli(["apply", BEFORE, CHANGES]);
    expect(ran).toMatchObject({ code: 0, stderr: "" });
    const org = parseOrg(JSON.parse(ran.stdout));
    expect(org.roles.map((role) => role.id)).toEqual(["eng"]);
    // CON-9: an omitted connectors takes the create-role default, All connectors at Needs approval.
    expect(org.roles[0]?.connectors).toEqual({ all: "approval" });
    expect(resolveAccess(org, "u-ana").roles.map((role) => role.roleId)).toEqual(["eng"]);
    expect(cli(["apply", BEFORE, CHANGES, "--json"]).stdout).toBe(ran.stdout);
  });

  test("CHG-1: a changes file that cannot be read, is not JSON or cannot apply is an error naming why", () => {
    const org = parseOrg(JSON.parse(cli(["apply", BEFORE, CHANGES]).stdout));
    const files: Record<string, string> = { "bad.json": "[", "wrong.json": '[{ "kind": "deleteRole", "roleId": "nope" }]' };
    const command = applyCommand({
      readFile: (path) => {
        const text = files[path];
        if (text === undefined) throw new Error("no such file");
        return text;
      },
    });
    expect(command.execute(org, ["missing.json"])).toEqual({ ok: false, error: "cannot read `missing.json` as JSON: no such file" });
    expect(command.execute(org, ["bad.json"])).toMatchObject({ ok: false, error: expect.stringMatching(/^cannot read `bad.json` as JSON: /) });
    expect(command.execute(org, ["wrong.json"])).toMatchObject({ ok: false, error: expect.stringMatching(/^cannot apply changes\[0\] \(deleteRole\): /) });
    expect(cli(["apply", BEFORE, "examples/migration/nope.json"])).toMatchObject({ code: 1, stderr: expect.stringContaining("cannot read `examples/migration/nope.json` as JSON") });
  });
});
