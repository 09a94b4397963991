import { describe, expect, test } from "vitest";
import type { ToolDecision } from "../../src/index.js";
import { cli, EXAMPLE, json } from "./io.js";

describe("org-rbac tool", () => {
  test("CON-2, CON-11: the guide's Jira search-only role can search, with approval", async () => {
    expect(await cli(["tool", EXAMPLE, "u-kai", "jira", "search_issues"])).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "",
        "stdout": "tool jira/search_issues for member u-kai: Needs approval  CON-3
        in the UI: personal approval menu: ask, never; the approval prompt has no "Always allow" (CON-11)
        why: tool \`jira/search_issues\` for member \`u-kai\` is \`approval\` because role \`Jira search only\` (via group \`Support\`) grants \`approval\` on its Custom row for \`jira\`, the most permissive of its roles (CON-3)
      ",
      }
    `);
  });

  test("CON-2, CON-11: ... but not create: the tool is greyed out and not offered", async () => {
    expect((await cli(["tool", EXAMPLE, "u-kai", "jira", "create_issue"])).stdout).toMatchInlineSnapshot(`
      "tool jira/create_issue for member u-kai: Blocked  CON-3
        in the UI: greyed out with "This tool is not enabled for your role. Contact your administrator."; not offered in a conversation (CON-11)
        why: tool \`jira/create_issue\` for member \`u-kai\` is \`blocked\` because role \`Standard Access\` (via group \`All Users\`) blocks it on its All connectors row, as do all its other roles (CON-3)
      "
    `);
  });

  test("CON-11: an Always allow tool offers every personal approval choice", async () => {
    expect((await cli(["tool", EXAMPLE, "u-eli", "github", "create_pull_request"])).stdout).toMatchInlineSnapshot(`
      "tool github/create_pull_request for member u-eli: Always allow  CON-3
        in the UI: personal approval menu: always, ask, never (CON-11)
        why: tool \`github/create_pull_request\` for member \`u-eli\` is \`always\` because role \`Engineering\` (via group \`Engineering\`) grants \`always\` on its row for \`github\`, the most permissive of its roles (CON-3)
      "
    `);
  });

  test("CON-7: a connector the org has not added is an answer, Blocked; an unknown member is an error", async () => {
    const ran = await cli(["tool", EXAMPLE, "u-eli", "confluence", "search"]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain("tool confluence/search for member u-eli: Blocked");
    expect(ran.stdout).toContain("(CON-7)");
    const unknown = await cli(["tool", EXAMPLE, "u-nobody", "jira", "search_issues"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^✖ `u-nobody` is not a member of org `acme-eu`/);
  });

  test("--json prints the library's decision", async () => {
    const decision = json(await cli(["tool", EXAMPLE, "u-eli", "jira", "create_issue", "--json"])) as ToolDecision;
    expect(decision).toMatchObject({ memberId: "u-eli", connectorId: "jira", tool: "create_issue", level: "approval" });
    expect(decision.rules).toEqual(["CON-3", "CON-4"]);
  });
});
