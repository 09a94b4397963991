// Issue 9: a Symbol passed where an id is expected (a caller's mistake the types do not catch at run
// time) is an id the org does not have: answered fail closed, worded, never a TypeError (CON-7).
import { describe, expect, test } from "vitest";
import {
  findCrossRoleConflicts,
  resolveAccess,
  resolveCapability,
  resolveClaudeCodeToolLevel,
  resolveSpendLimit,
  resolveToolLevel,
} from "../../src/index.js";
import { guideOrg } from "../engine/fixtures.js";

describe("Symbols as ids", () => {
  const who = Symbol("who") as unknown as string;

  test("CON-7: a Symbol member id has no access, and every explanation of it is worded", () => {
    const org = guideOrg();
    const tool = resolveToolLevel(org, who, "jira", "create_issue");
    expect(tool.level).toBe("blocked");
    expect(tool.summary).toBe(
      "tool `jira/create_issue` for member `Symbol(who)` is `blocked` because `Symbol(who)` is not a member of org `acme` (CON-7)",
    );
    expect(resolveCapability(org, who, "chat").summary).toContain("`Symbol(who)` is not a member");
    const access = resolveAccess(org, who);
    expect(access.known).toBe(false);
    expect(access.summary).toContain("`Symbol(who)`");
    expect(resolveSpendLimit(org, who).status).toBe("unknown-member");
    expect(resolveSpendLimit(org, who).summary).toContain("has no spend limit here");
  });

  test("CON-7: a Symbol connector, tool or role id is one the org has not added", () => {
    const org = guideOrg();
    expect(resolveToolLevel(org, "u-eng", who, who).summary).toContain(
      "connector `Symbol(who)` has not been added to the org",
    );
    expect(resolveClaudeCodeToolLevel(org, who, who, "always").level).toBe("blocked");
    expect(findCrossRoleConflicts(org, who).known).toBe(false);
    expect(findCrossRoleConflicts(org, who).summary).toBe(
      "role `Symbol(who)` has no conflicts because it is not a role of org `acme` (CON-13)",
    );
  });
});
