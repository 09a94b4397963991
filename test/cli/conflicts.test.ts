import { describe, expect, test } from "vitest";
import type { ConflictReport } from "../../src/index.js";
import { SHOWN_CONFLICTS } from "../../src/cli/conflictsText.js";
import { conflictOrg } from "../hostile/cliShapes.js";
import { SOLO } from "./orgs.js";
import { cli, EXAMPLE, json } from "./io.js";

describe("org-rbac conflicts", () => {
  test("CON-13: the Jira row of the search-only role warns of the roles that grant Jira, in both views", async () => {
    const ran = await cli(["conflicts", EXAMPLE, "jira-search", "jira"]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatchInlineSnapshot(`
      "role Jira search only (jira-search): cross-role conflicts
        Jira (jira): its own row, Custom
          tool           jira-search  full    eng     research  applies: all roles  applies: shared members
          search_issues  approval     always  always  always    always              always
          create_issue   blocked      always  always  blocked   always              blocked
          delete_issue   blocked      always  always  blocked   always              blocked
          all roles       warning: Full Access (full), Engineering (eng), Research (research) grant it at a different level  CON-13 CON-3
          shared members  warning: Research (research) grants it at a different level                                        CON-13 CON-3
        role \`jira-search\` has conflict warnings on \`Jira\` because its rows were compared with every other role on 1 connector (CON-13)
      "
    `);
  });

  test("CON-13: every connector of a role whose All connectors row sets its levels", async () => {
    expect((await cli(["conflicts", EXAMPLE, "full"])).stdout).toMatchInlineSnapshot(`
      "role Full Access (full): cross-role conflicts
        Jira (jira): its All connectors row, Always allow
          tool           full    research  jira-search  applies: all roles  applies: shared members
          search_issues  always  always    approval     always              always
          create_issue   always  blocked   blocked      always              always
          delete_issue   always  blocked   blocked      always              always
          all roles       warning: Research (research), Jira search only (jira-search) grant it at a different level  CON-13 CON-3
          shared members  no warning                                                                                  CON-13
        GitHub (github): its All connectors row, Always allow
          tool                 full    applies: all roles  applies: shared members
          search_code          always  always              always
          list_pull_requests   always  always              always
          create_pull_request  always  always              always
          all roles       no warning  CON-13
          shared members  no warning  CON-13
        Slack (slack): its All connectors row, Always allow
          tool             full    standard  eng       applies: all roles  applies: shared members
          search_messages  always  approval  approval  always              always
          post_message     always  approval  approval  always              always
          all roles       warning: Standard Access (standard), Engineering (eng) grant it at a different level  CON-13 CON-3
          shared members  no warning                                                                            CON-13
        Google Drive (gdrive): its All connectors row, Always allow
          tool          full    standard  eng       business  applies: all roles  applies: shared members
          search_files  always  always    approval  approval  always              always
          read_file     always  approval  approval  approval  always              always
          share_file    always  blocked   approval  approval  always              always
          all roles       warning: Standard Access (standard), Engineering (eng), Business (business) grant it at a different level  CON-13 CON-3
          shared members  no warning                                                                                                 CON-13
        role \`full\` has conflict warnings on \`Jira\`, \`Slack\` and \`Google Drive\` because its rows were compared with every other role on 4 connectors (CON-13)
      "
    `);
  });

  test("CON-13: a connector without tools has no conflicts", async () => {
    expect((await cli(["conflicts", "solo.json", "r"], { "solo.json": SOLO })).stdout).toMatchInlineSnapshot(`
      "role Chat only (r): cross-role conflicts
        Empty (empty): its All connectors row, Always allow
          no tools, so no conflicts
          all roles       no warning  CON-13
          shared members  no warning  CON-13
        role \`r\` has no cross-role conflict because its rows were compared with every other role on 1 connector (CON-13)
      "
    `);
  });

  test("an unknown role or a connector the org has not added exits 1", async () => {
    expect(await cli(["conflicts", EXAMPLE, "platform"])).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "✖ `platform` is not a role of org `acme-eu` (its roles: standard, cowork, full, restricted, eng, research, business, jira-search)\n",
    });
    expect(await cli(["conflicts", EXAMPLE, "eng", "confluence"])).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "✖ connector `confluence` has not been added to org `acme-eu` (its connectors: jira, github, slack, gdrive)\n",
    });
  });

  test("--json prints the library's report", async () => {
    const report = json(await cli(["conflicts", EXAMPLE, "jira-search", "jira", "--json"])) as ConflictReport;
    expect(report.connectors[0]?.allRoles.conflicts.map((conflict) => conflict.roleId)).toEqual([
      "full",
      "eng",
      "research",
    ]);
    expect(report.connectors[0]?.sharedMembers.conflicts.map((conflict) => conflict.roleId)).toEqual(["research"]);
  });

  test("CON-13: many conflicting roles: the first six as columns and in the warnings, then how many more; long ids cut", async () => {
    const org = conflictOrg(20, 1, 1, 4);
    const long = {
      ...org,
      roles: (org["roles"] as { id: string; name: string }[]).map((role, i) =>
        i === 0 ? { ...role, name: "N".repeat(80) } : role,
      ),
    };
    const ran = await cli(["conflicts", "o.json", "role-1"], { "o.json": long });
    expect(SHOWN_CONFLICTS).toBe(6);
    expect(ran.stdout).toMatchInlineSnapshot(`
      "role Role 1 (role-1): cross-role conflicts
        C0 (c0): its All connectors row, Needs approval
          tool  role-1    role-0  role-2  role-4  role-6  role-8  role-10  applies: all roles  applies: shared members
          t0    approval  always  always  always  always  always  always   always              always
          all roles       warning: NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN… (80 characters) (role-0), Role 2 (role-2), Role 4 (role-4), Role 6 (role-6), Role 8 (role-8), Role 10 (role-10) and 4 more grant it at a different level  CON-13 CON-3
          shared members  warning: NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN… (80 characters) (role-0), Role 2 (role-2) grant it at a different level                                                                                   CON-13 CON-3
        role \`role-1\` has conflict warnings on \`C0\` because its rows were compared with every other role on 1 connector (CON-13)
      "
    `);
  });

  test("CON-13: exactly as many conflicting roles as are shown are all named, with no count of more", async () => {
    // Role 1 (Needs approval) against the six even roles 0..10 (Always allow): as many as are shown.
    const ran = await cli(["conflicts", "o.json", "role-1"], { "o.json": conflictOrg(12, 1, 1, 4) });
    expect(SHOWN_CONFLICTS).toBe(6);
    expect(ran.stdout).toContain(
      "warning: Role 0 (role-0), Role 2 (role-2), Role 4 (role-4), Role 6 (role-6), Role 8 (role-8), Role 10 (role-10) grant it at a different level",
    );
    expect(ran.stdout).not.toContain("more");
  });
});
