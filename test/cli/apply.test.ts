import { describe, expect, test } from "vitest";
import { parseOrg, resolveAccess } from "../../src/index.js";
import { cli } from "./io.js";

const BEFORE = "examples/migration/before.json";
const CHANGES = "examples/migration/pilot-changes.json";

describe("org-rbac apply (CHG-1)", () => {
  test("CHG-1: writes the org after the changes as JSON, which parses as a valid org", async () => {
    const ran = await cli(["apply", BEFORE, CHANGES]);
    expect(ran).toMatchObject({ code: 0, stderr: "" });
    const org = parseOrg(JSON.parse(ran.stdout));
    expect(org.roles.map((role) => role.id)).toEqual(["eng"]);
    // CON-9: an omitted connectors takes the create-role default, All connectors at Needs approval.
    expect(org.roles[0]?.connectors).toEqual({ all: "approval" });
    expect(resolveAccess(org, "u-ana").roles.map((role) => role.roleId)).toEqual(["eng"]);
    expect((await cli(["apply", BEFORE, CHANGES, "--json"])).stdout).toBe(ran.stdout);
  });

  test("CHG-1: a changes file that cannot be read or is not JSON exits 2; one that cannot apply is an error naming why", async () => {
    const files = { "bad.json": "[", "wrong.json": '[{ "kind": "deleteRole", "roleId": "nope" }]' };
    expect(await cli(["apply", BEFORE, "examples/migration/nope.json"])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^✖ cannot read `examples\/migration\/nope\.json`: ENOENT/),
    });
    expect(await cli(["apply", BEFORE, "bad.json"], files)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^✖ `bad\.json` is not JSON: unexpected end of input/),
    });
    expect(await cli(["apply", BEFORE, "wrong.json"], files)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^✖ cannot apply changes\[0\] \(deleteRole\): /),
    });
  });

  test("CHG-1: the org written is JSON that reads back to the same ids, invisible characters escaped the JSON way", async () => {
    const before = JSON.parse((await cli(["apply", BEFORE, "none.json"], { "none.json": [] })).stdout) as {
      id: string;
    };
    const files = { "o.json": { ...before, id: "acme\u200b" }, "none.json": [] };
    const ran = await cli(["apply", "o.json", "none.json"], files);
    expect(ran.stdout).toContain('"id": "acme\\u200b"');
    expect((JSON.parse(ran.stdout) as { id: string }).id).toBe("acme\u200b");
  });
});
