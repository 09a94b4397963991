import { describe, expect, test } from "vitest";
import { buildIndex } from "../../src/engine/compile.js";
import { accessOf } from "../../src/engine/access.js";
import { decideCapability } from "../../src/engine/capabilities.js";
import { decideTool } from "../../src/engine/tools.js";
import { hasCapability, resolveAccess, resolveToolLevel } from "../../src/index.js";
import { guideOrg } from "./fixtures.js";

describe("remembered decisions", () => {
  const org = guideOrg();

  test("a frozen org's decisions are remembered: the same frozen object comes back", () => {
    expect(resolveToolLevel(org, "u-eng", "jira", "create_issue")).toBe(resolveToolLevel(org, "u-eng", "jira", "create_issue"));
    expect(hasCapability(org, "u-eng", "chat")).toBe(hasCapability(org, "u-eng", "chat"));
    expect(resolveAccess(org, "u-eng")).toBe(resolveAccess(org, "u-eng"));
  });

  test("answers about several tools of one connector are all remembered, the first one too", () => {
    const index = buildIndex(org);
    const context = index.member("u-eng");
    const first = decideTool(index, context, "u-eng", "jira", "search_issues");
    const second = decideTool(index, context, "u-eng", "jira", "create_issue");
    expect(decideTool(index, context, "u-eng", "jira", "search_issues")).toBe(first);
    expect(decideTool(index, context, "u-eng", "jira", "create_issue")).toBe(second);
    expect(context?.toolDecisions.get("jira")?.size).toBe(2);
  });

  test("ids the org does not know are never remembered, so callers cannot grow the memo", () => {
    const index = buildIndex(org, 3);
    const context = index.member("u-eng");
    decideTool(index, context, "u-eng", "notion", "x");
    decideTool(index, context, "u-eng", "jira", "nope");
    decideCapability(index, context, "u-eng", "not-a-capability");
    expect(context?.toolDecisions.size).toBe(0);
    expect(context?.capabilityDecisions.size).toBe(0);
  });

  test("past the memo limit, decisions are computed afresh and stay equal", () => {
    const index = buildIndex(org, 2);
    const context = index.member("u-eng");
    const first = decideTool(index, context, "u-eng", "jira", "search_issues");
    decideCapability(index, context, "u-eng", "chat");
    const third = decideTool(index, context, "u-eng", "jira", "create_issue");
    const again = decideTool(index, context, "u-eng", "jira", "create_issue");
    expect(decideTool(index, context, "u-eng", "jira", "search_issues")).toBe(first);
    expect(again).not.toBe(third);
    expect(again).toEqual(third);
    expect(decideCapability(index, context, "u-eng", "cowork")).toEqual(decideCapability(index, context, "u-eng", "cowork"));
    const access = accessOf(index, "u-eng");
    expect(accessOf(index, "u-eng")).not.toBe(access);
    expect(accessOf(index, "u-eng")).toEqual(access);
  });
});
