import { describe, expect, test } from "vitest";
import type { Slot } from "../../src/admin/diffPair.js";
import { windowsOf } from "../../src/admin/planWindows.js";

const capability = (id: string, before: boolean, after: boolean): Slot => ({
  kind: "capability",
  capability: id,
  effect: after ? "gain" : "loss",
  before: { granted: before, state: before ? "available" : "greyed-out" },
  after: { granted: after, state: after ? "available" : "greyed-out" },
});

const chat = (before: boolean, after: boolean): Slot => capability("chat", before, after);

type Level = "always" | "approval" | "blocked";

const toolOf = (name: string, before: Level, after: Level): Slot => ({
  kind: "tool",
  connectorId: "jira",
  tool: name,
  effect: before === "blocked" || (before === "approval" && after === "always") ? "gain" : "loss",
  before,
  after,
});

const tool = (before: Level, after: Level): Slot => toolOf("create_issue", before, after);

describe("windowsOf (PLN-2)", () => {
  test("PLN-2: members sharing one list of differences each get their own window, with their own id", () => {
    // u1 and u2 share a pair of signatures: chat lost during the migration, had before and after.
    const lost = [chat(true, false)];
    const during = new Map([
      ["u1", lost],
      ["u2", lost],
      ["u3", [tool("blocked", "always")]],
    ]);
    const total = new Map([["u3", [tool("blocked", "approval")]]]);
    expect(windowsOf(during, total)).toEqual([
      { kind: "capability", memberId: "u1", capability: "chat", before: true, during: false, after: true },
      { kind: "capability", memberId: "u2", capability: "chat", before: true, during: false, after: true },
      {
        kind: "tool",
        memberId: "u3",
        connectorId: "jira",
        tool: "create_issue",
        before: "blocked",
        during: "always",
        after: "approval",
      },
    ]);
    expect(Object.keys(windowsOf(during, total)[0] ?? {})).toEqual([
      "kind",
      "memberId",
      "capability",
      "before",
      "during",
      "after",
    ]);
  });

  test("PLN-2: each capability and each tool is judged at its own place, against its own ends", () => {
    // cowork and search_issues leave and come back; chat and create_issue move once, as the migration does.
    const during = new Map([
      [
        "u1",
        [
          capability("cowork", true, false),
          chat(false, true),
          toolOf("search_issues", "approval", "blocked"),
          tool("blocked", "always"),
        ],
      ],
    ]);
    const total = new Map([["u1", [chat(false, true), tool("blocked", "always")]]]);
    expect(windowsOf(during, total)).toEqual([
      { kind: "capability", memberId: "u1", capability: "cowork", before: true, during: false, after: true },
      {
        kind: "tool",
        memberId: "u1",
        connectorId: "jira",
        tool: "search_issues",
        before: "approval",
        during: "blocked",
        after: "approval",
      },
    ]);
  });

  test("PLN-2: a built-in role, a landing page or a menu that changes leaves no window", () => {
    const role: Slot = { kind: "built-in-role", effect: "change", before: "user", after: "admin" };
    expect(windowsOf(new Map([["u1", [role]]]), new Map())).toEqual([]);
  });

  test("PLN-2: a value between both ends leaves no window", () => {
    const during = new Map([["u1", [chat(false, true), tool("blocked", "approval")]]]);
    const total = new Map([["u1", [chat(false, true), tool("blocked", "always")]]]);
    expect(windowsOf(during, total)).toEqual([]);
  });
});
