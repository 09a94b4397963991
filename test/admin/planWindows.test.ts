import { describe, expect, test } from "vitest";
import type { Slot } from "../../src/admin/diffPair.js";
import { windowsOf } from "../../src/admin/planWindows.js";

const chat = (before: boolean, after: boolean): Slot => ({
  kind: "capability",
  capability: "chat",
  effect: after ? "gain" : "loss",
  before: { granted: before, state: before ? "available" : "greyed-out" },
  after: { granted: after, state: after ? "available" : "greyed-out" },
});

const tool = (before: "always" | "approval" | "blocked", after: "always" | "approval" | "blocked"): Slot => ({
  kind: "tool",
  connectorId: "jira",
  tool: "create_issue",
  effect: before === "blocked" || (before === "approval" && after === "always") ? "gain" : "loss",
  before,
  after,
});

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

  test("PLN-2: a value between both ends leaves no window", () => {
    const during = new Map([["u1", [chat(false, true), tool("blocked", "approval")]]]);
    const total = new Map([["u1", [chat(false, true), tool("blocked", "always")]]]);
    expect(windowsOf(during, total)).toEqual([]);
  });
});
