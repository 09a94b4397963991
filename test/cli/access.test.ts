import { describe, expect, test } from "vitest";
import type { MemberAccess, SpendLimitDecision } from "../../src/index.js";
import { cli, EXAMPLE, json, PARENT } from "./io.js";
import { SOLO } from "./orgs.js";

describe("org-rbac access", () => {
  test("prints one member's built-in role, groups, roles, capabilities, landing page, menu, tools and spend limit, with rule ids", async () => {
    const ran = await cli(["access", EXAMPLE, "u-eli"]);
    expect(ran.code).toBe(0);
    expect(ran.stderr).toBe("");
    expect(ran.stdout).toMatchInlineSnapshot(`
      "org acme-eu (child of acme): usage billing, dual-seat plan, scim provisioning, connector permissions on, group mappings on

      member u-eli <eli@acme.test>
        built-in role   custom, from the group mapping of Engineering (g-eng); governed by custom roles  CAP-4
        seat            chat-code
        groups          All Users (g-all, scim)
                        Engineering (g-eng, scim)
        custom roles    Standard Access (standard) via g-all
                        Engineering (eng) via g-eng
        landing page    chat                                                                             CAP-8 CAP-5
        connector menu  Jira, GitHub, Slack, Google Drive                                                CON-10
        spend limit     500.00 from the org limit, the hard ceiling                                      SPD-2 SPD-4
        capabilities
          chat            granted  CAP-5
          projects        granted  CAP-4
          memory          hidden   CAP-1
          web_search      granted  CAP-4
          code_execution  granted  CAP-4
          cowork          granted  CAP-4
          claude_code     granted  CAP-4
          fast_mode       granted  CAP-4
        tools
          Jira          search_issues        Always allow    CON-3
                        create_issue         Needs approval  CON-3 CON-4
                        delete_issue         Blocked         CON-3 CON-4
          GitHub        search_code          Always allow    CON-3
                        list_pull_requests   Always allow    CON-3
                        create_pull_request  Always allow    CON-3
          Slack         search_messages      Needs approval  CON-3
                        post_message         Needs approval  CON-3
          Google Drive  search_files         Always allow    CON-3
                        read_file            Needs approval  CON-3
                        share_file           Blocked         CON-3 CON-4
      "
    `);
  });

  test("GRP-3: says where a built-in role came from when a group mapping changed it", async () => {
    const ran = await cli(["access", EXAMPLE, "u-carla"]);
    expect(ran.stdout).toContain(
      "built-in role   admin, from the group mapping of IT Admins (g-it) (stored: user); not governed by custom roles",
    );
  });

  test("CAP-6, CAP-8: a Custom-roles member in no group has nothing and lands on the settings page", async () => {
    expect((await cli(["access", EXAMPLE, "u-max"])).stdout).toMatchInlineSnapshot(`
      "org acme-eu (child of acme): usage billing, dual-seat plan, scim provisioning, connector permissions on, group mappings on

      member u-max <max@acme.test>
        built-in role   custom, stored role; governed by custom roles  CAP-4
        seat            chat
        groups          none
        custom roles    none
        landing page    settings                                       CAP-8 CAP-6
        connector menu  none                                           CON-10
        spend limit     500.00 from the org limit, the hard ceiling    SPD-4
        capabilities
          chat            greyed out  CAP-6
          projects        greyed out  CAP-6
          memory          hidden      CAP-1
          web_search      greyed out  CAP-6
          code_execution  greyed out  CAP-6
          cowork          greyed out  CAP-6
          claude_code     greyed out  CAP-7
          fast_mode       greyed out  CAP-6
        tools
          Jira          search_issues        Blocked  CON-3
                        create_issue         Blocked  CON-3
                        delete_issue         Blocked  CON-3
          GitHub        search_code          Blocked  CON-3
                        list_pull_requests   Blocked  CON-3
                        create_pull_request  Blocked  CON-3
          Slack         search_messages      Blocked  CON-3
                        post_message         Blocked  CON-3
          Google Drive  search_files         Blocked  CON-3
                        read_file            Blocked  CON-3
                        share_file           Blocked  CON-3
      "
    `);
  });

  test("GRP-2: in a JIT org, SCIM groups are listed but not counted for roles; a standard plan has no seat", async () => {
    const ran = await cli(["access", PARENT, "u-pat"]);
    expect(ran.stdout).toMatch(/ {2}groups {10}All Users \(g-all, scim, not counted for roles\) +GRP-2\n/);
    expect(ran.stdout).toContain("seat            none (standard plan)");
    expect(ran.stdout).toContain("custom roles    none");
  });

  test("GRP-1: a role held through two groups names both, in org order", async () => {
    const org = {
      ...SOLO,
      groups: [...SOLO.groups, { id: "h", name: "Also", source: "manual", members: ["m"] }],
      roleAssignments: [...SOLO.roleAssignments, { groupId: "h", roleId: "r" }],
    };
    const ran = await cli(["access", "o.json", "m"], { "o.json": org });
    expect(ran.stdout).toContain("custom roles    Chat only (r) via g, h\n");
  });

  test("without a member, prints the org, then every member in org order", async () => {
    const ran = await cli(["access", EXAMPLE]);
    expect(ran.code).toBe(0);
    const titles = ran.stdout.split("\n").filter((line) => line.startsWith("member "));
    expect(titles).toHaveLength(15);
    expect(titles[0]).toBe("member u-ana <ana@acme.test>");
    expect(ran.stdout.split("\n")[0]).toBe(
      "org acme-eu (child of acme): usage billing, dual-seat plan, scim provisioning, connector permissions on, group mappings on",
    );
  });

  test("a member without email, a connector without tools, a usage org without limits", async () => {
    expect((await cli(["access", "solo.json"], { "solo.json": SOLO })).stdout).toMatchInlineSnapshot(`
      "org solo: usage billing, standard plan, invite-only provisioning, connector permissions on, group mappings off

      member m
        built-in role   custom, stored role; governed by custom roles                CAP-4
        seat            none (standard plan)
        groups          Everyone (g, manual)
        custom roles    Chat only (r) via g
        landing page    chat                                                         CAP-8 CAP-4
        connector menu  none                                                         CON-10
        spend limit     unlimited: no limit for the member, their groups or the org  SPD-4
        capabilities
          chat            granted  CAP-4
          projects        hidden   CAP-1
          memory          hidden   CAP-1
          web_search      hidden   CAP-1
          code_execution  hidden   CAP-1
          cowork          hidden   CAP-1
          claude_code     hidden   CAP-1
          fast_mode       hidden   CAP-1
        tools
          Empty  (no tools)
      "
    `);
  });

  test("CON-7: an id that is not a member of the org exits 1 and names the first members", async () => {
    // u-sam is listed in the Engineering group, but is a member of a sibling org (GRP-1).
    expect(await cli(["access", EXAMPLE, "u-sam"])).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "✖ `u-sam` is not a member of org `acme-eu` (its members: u-ana, u-ben, u-carla, u-dev, u-eli, u-fay, u-gus, u-hana, u-ivan, u-jo and 5 more)\n",
    });
  });

  test("--json prints the library's access and spend limit: one object for a member, an array for all", async () => {
    const one = json(await cli(["access", EXAMPLE, "u-kai", "--json"])) as {
      access: MemberAccess;
      spendLimit: SpendLimitDecision;
    };
    expect(one.access).toMatchObject({
      orgId: "acme-eu",
      memberId: "u-kai",
      builtInRole: "custom",
      menu: ["jira", "slack", "gdrive"],
    });
    expect(one.spendLimit).toMatchObject({ status: "limited", limit: 10000, source: "group", groupId: "g-all" });
    const all = json(await cli(["--json", "access", EXAMPLE])) as { access: MemberAccess }[];
    expect(all.map((entry) => entry.access.memberId)).toHaveLength(15);
  });
});
