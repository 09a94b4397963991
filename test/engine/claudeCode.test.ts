import { describe, expect, test } from "vitest";
import { resolveClaudeCodeToolLevel, type Level } from "../../src/index.js";
import { guideOrg } from "./fixtures.js";

describe("Claude Code (CON-12)", () => {
  const org = guideOrg();

  test("with connector permissions on, the org policy and the managed setting compose by most-restrictive", () => {
    expect(resolveClaudeCodeToolLevel(org, "jira", "create_issue", "always").level).toBe("approval");
    expect(resolveClaudeCodeToolLevel(org, "jira", "create_issue", "blocked").level).toBe("blocked");
    expect(resolveClaudeCodeToolLevel(org, "jira", "search_issues", "approval").level).toBe("approval");
    expect(resolveClaudeCodeToolLevel(org, "jira", "search_issues", "always").level).toBe("always");
    expect(resolveClaudeCodeToolLevel(org, "jira", "delete_issue", "always").level).toBe("blocked");
    expect(resolveClaudeCodeToolLevel(org, "jira", "create_issue", "always").summary).toBe(
      "Claude Code tool `jira/create_issue` is `approval` because connector permissions are on, so the most restrictive of the org policy and the managed setting applies (CON-12), the org-wide tool policy entry `jira/create_issue` sets it to `approval` (CON-4) and the Claude Code managed setting is `always` (CON-12)",
    );
  });

  test("with connector permissions on, a connector not added or a tool not listed is blocked (CON-7)", () => {
    expect(resolveClaudeCodeToolLevel(org, "notion", "search", "always").level).toBe("blocked");
    expect(resolveClaudeCodeToolLevel(org, "jira", "nope", "always").level).toBe("blocked");
  });

  test("with connector permissions off, the managed setting alone decides, for any connector", () => {
    const off = guideOrg({ connectorPermissionsEnabled: false });
    expect(resolveClaudeCodeToolLevel(off, "jira", "delete_issue", "always").level).toBe("always");
    expect(resolveClaudeCodeToolLevel(off, "notion", "search", "approval").level).toBe("approval");
    expect(resolveClaudeCodeToolLevel(off, "notion", "search", "approval").rules).toEqual(["CON-12"]);
  });

  test("a managed level that is not a level counts as blocked (fail closed)", () => {
    const off = guideOrg({ connectorPermissionsEnabled: false });
    expect(resolveClaudeCodeToolLevel(off, "jira", "search_issues", "allow" as Level).level).toBe("blocked");
  });
});
