import { describe, expect, test } from "vitest";
import { parseOrg, resolveCapability, resolveToolLevel } from "../../src/index.js";
import { MAX_KEPT_DECISIONS, MAX_KEPT_ID_CHARACTERS } from "../../src/engine/strangers.js";
import { guideOrg } from "./fixtures.js";

describe("decisions about ids that are not members (CON-7)", () => {
  const org = guideOrg();

  test("the same unknown id asking the same question again gets the very same decision: nothing is allocated", () => {
    const first = resolveToolLevel(org, "ghost", "jira", "search_issues");
    expect(resolveToolLevel(org, "ghost", "jira", "search_issues")).toBe(first);
    expect(first.level).toBe("blocked");
    expect(first.rules).toEqual(["CON-7"]);
    const chat = resolveCapability(org, "ghost", "chat");
    expect(resolveCapability(org, "ghost", "chat")).toBe(chat);
    expect(chat.granted).toBe(false);
  });

  test("each decision names what was asked: another id, connector, tool or org gets its own", () => {
    const asked = resolveToolLevel(org, "ghost", "jira", "search_issues");
    for (const other of [
      resolveToolLevel(org, "ghost-2", "jira", "search_issues"),
      resolveToolLevel(org, "ghost", "github", "search_issues"),
      resolveToolLevel(org, "ghost", "jira", "create_issue"),
      resolveToolLevel(parseOrg(structuredClone(org)), "ghost", "jira", "search_issues"),
    ]) {
      expect(other).not.toBe(asked);
      expect(other.level).toBe("blocked");
    }
    expect(resolveToolLevel(org, "ghost-2", "jira", "search_issues").memberId).toBe("ghost-2");
  });

  test("a tool question with an empty connector id and a capability question never share a decision", () => {
    const capability = resolveCapability(org, "ghost", "search_issues");
    const tool = resolveToolLevel(org, "ghost", "", "search_issues");
    expect(tool).not.toBe(capability);
    expect(tool).toMatchObject({ connectorId: "", tool: "search_issues", level: "blocked" });
    expect(resolveToolLevel(org, "ghost", "", "search_issues")).toBe(tool);
  });

  test("members are never answered from what is kept: a member's decision is made afresh", () => {
    expect(resolveToolLevel(org, "u-support", "jira", "search_issues")).not.toBe(
      resolveToolLevel(org, "u-support", "jira", "search_issues"),
    );
    expect(resolveCapability(org, "u-eng", "claude_code")).not.toBe(resolveCapability(org, "u-eng", "claude_code"));
  });

  test(`at most ${MAX_KEPT_DECISIONS} decisions are kept: the next one drops them all, and they are made afresh, the same`, () => {
    const first = resolveToolLevel(org, "probe-0", "jira", "search_issues");
    for (let i = 1; i < MAX_KEPT_DECISIONS; i++) resolveToolLevel(org, `probe-${i}`, "jira", "search_issues");
    expect(resolveToolLevel(org, "probe-0", "jira", "search_issues")).not.toBe(first);
    expect(JSON.stringify(resolveToolLevel(org, "probe-0", "jira", "search_issues"))).toBe(JSON.stringify(first));
  });

  test("the ids held by kept decisions are bounded in characters: long ids drop what is kept", () => {
    const long = "x".repeat(MAX_KEPT_ID_CHARACTERS / 2);
    const a = resolveToolLevel(org, `a${long}`, "jira", "search_issues");
    expect(resolveToolLevel(org, `a${long}`, "jira", "search_issues")).toBe(a);
    resolveToolLevel(org, `b${long}`, "jira", "search_issues");
    expect(resolveToolLevel(org, `a${long}`, "jira", "search_issues")).not.toBe(a);
  });

  test("decisions about several unknown ids are kept side by side while under both bounds", () => {
    // A decision holding more characters than the bound, so that the next one starts afresh.
    resolveToolLevel(org, "h".repeat(MAX_KEPT_ID_CHARACTERS), "jira", "search_issues");
    const a = resolveToolLevel(org, "q-a", "jira", "search_issues");
    const b = resolveToolLevel(org, "q-b", "jira", "search_issues");
    expect(resolveToolLevel(org, "q-a", "jira", "search_issues")).toBe(a);
    expect(resolveToolLevel(org, "q-b", "jira", "search_issues")).toBe(b);
  });

  test("decisions holding exactly as many characters as the bound are all kept", () => {
    resolveToolLevel(org, "h".repeat(MAX_KEPT_ID_CHARACTERS), "jira", "search_issues");
    const a = resolveToolLevel(org, "q-a", "jira", "search_issues");
    const question = "jira".length + "search_issues".length;
    const rest = "z".repeat(MAX_KEPT_ID_CHARACTERS - ("q-a".length + question) - question);
    resolveToolLevel(org, rest, "jira", "search_issues");
    expect(resolveToolLevel(org, "q-a", "jira", "search_issues")).toBe(a);
  });

  test("the connector and tool ids a kept decision holds count toward that bound too", () => {
    const long = "x".repeat(MAX_KEPT_ID_CHARACTERS / 2);
    const first = resolveToolLevel(org, "p1", long, "t");
    expect(resolveToolLevel(org, "p1", long, "t")).toBe(first);
    resolveToolLevel(org, "p2", "t", `${long}y`);
    expect(resolveToolLevel(org, "p1", long, "t")).not.toBe(first);
  });
});
