import { describe, expect, test } from "vitest";
import { cli, EXAMPLE, json, PARENT } from "./io.js";
import { baseJson, everyKindJson } from "../admin/auditFixtures.js";

describe("org-rbac audit (AUD-1)", () => {
  test("AUD-1: one line per finding with its severity, rule ids and message, its fix beneath; exit 1 on an error", async () => {
    const ran = await cli(["audit", PARENT]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toBe("");
    expect(ran.stdout).toMatchInlineSnapshot(`
      "audit of org \`acme\`: 5 findings (1 error, 3 warnings, 1 info)
      ✖ error [CAP-6, CAP-4] member \`pat@acme.test\` (\`u-pat\`) is set to Custom roles but is in no group with a custom role, so every governed feature is greyed out or hidden for them: add them to a group that has a role before migrating them (Step 5)
      ⚠ warning [GRP-2] role \`Standard Access\` (\`standard\`) is assigned to SCIM group \`All Users\` (\`g-all\`), which does not count for custom roles in an org with \`jit\` provisioning: the assignment grants nothing; assign the role to a manual group with the same members, then remove this assignment (Step 4)
          fix: unassign role \`Standard Access\` (\`standard\`) from group \`All Users\` (\`g-all\`) (CAP-4, CON-3)
      ⚠ warning [GRP-2] role \`Engineering\` (\`eng\`) is assigned to SCIM group \`Engineering\` (\`g-eng\`), which does not count for custom roles in an org with \`jit\` provisioning: the assignment grants nothing; assign the role to a manual group with the same members, then remove this assignment (Step 4)
          fix: unassign role \`Engineering\` (\`eng\`) from group \`Engineering\` (\`g-eng\`) (CAP-4, CON-3)
      ⚠ warning [CAP-3, GRP-2, GRP-4] role \`Engineering\` (\`eng\`) is assigned to group \`Engineering\` (\`g-eng\`) but no member holds it as a Custom-roles member, so it has no effect: set the members of those groups to Custom roles (Step 6), or assign the role to groups that count for custom roles
      ℹ info [CAP-1] role \`Engineering\` (\`eng\`) grants \`code_execution\`, which is off at org level, so nobody has it: switch it on at org level once members are migrated (Step 7), or remove it from the role
      "
    `);
  });

  test("AUD-1: an org with nothing to report exits 0", async () => {
    expect(await cli(["audit", "ok.json"], { "ok.json": baseJson() })).toEqual({
      code: 0,
      stdout: "audit of org `acme`: 0 findings (0 errors, 0 warnings, 0 info)\nnothing to report\n",
      stderr: "",
    });
  });

  test("AUD-1: an org whose findings are warnings and info only exits 0", async () => {
    const warned = baseJson({
      roleAssignments: [
        { groupId: "g-eng", roleId: "eng" },
        { groupId: "g-gone", roleId: "eng" },
      ],
    });
    const ran = await cli(["audit", "warned.json"], { "warned.json": warned });
    expect(ran.code).toBe(0);
    expect(ran.stdout.split("\n")[0]).toBe("audit of org `acme`: 1 finding (0 errors, 1 warning, 0 info)");
  });

  test("--json prints the findings as auditOrg returns them, with the same exit code", async () => {
    const ran = await cli(["audit", "every.json", "--json"], { "every.json": everyKindJson() });
    expect(ran.code).toBe(1);
    const result = json(ran) as { orgId: string; findings: { kind: string; fix: unknown }[] };
    expect(result.orgId).toBe("every-kind");
    expect(result.findings).toHaveLength(21);
    expect(result.findings[0]).toMatchObject({
      kind: "dangling-reference",
      reference: "policy-tool",
      fix: [{ kind: "setToolPolicy" }],
    });
  });

  test("AUD-1: validate prints the audit's errors and warnings after ✔, and still exits 0", async () => {
    const ran = await cli(["validate", EXAMPLE]);
    expect(ran.code).toBe(0);
    const lines = ran.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("✔ valid org acme-eu: 15 members, 8 roles, 10 groups, 4 connectors");
    expect(lines.slice(1).map((line) => line.slice(0, line.indexOf("]") + 1))).toEqual([
      "⚠ warning [IN-2, CON-7]",
      "⚠ warning [IN-2, GRP-1]",
      "⚠ warning [IN-2, GRP-1]",
      "✖ error [CAP-6, CAP-4]",
    ]);
    expect(lines[4]).toContain("member `max@acme.test` (`u-max`) is set to Custom roles");
    expect((await cli(["validate", "ok.json"], { "ok.json": baseJson() })).stdout).toBe(
      "✔ valid org acme: 1 member, 1 role, 1 group, 1 connector\n",
    );
  });
});
