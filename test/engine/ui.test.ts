import { describe, expect, test } from "vitest";
import {
  CAPABILITY_DENIED_MESSAGE,
  TOOL_BLOCKED_MESSAGE,
  capabilityUiState,
  effectiveApproval,
  resolveCapability,
  resolveToolLevel,
  toolUiState,
} from "../../src/index.js";
import { guideOrg } from "./fixtures.js";

describe("UI state", () => {
  const org = guideOrg();

  test("CAP-9: on at org level but not available → greyed out with the guide's message (Step 9)", () => {
    expect(capabilityUiState(resolveCapability(org, "u-eng", "cowork"))).toEqual({
      capability: "cowork",
      state: "greyed-out",
      message: "Contact your admin to request access to this feature.",
    });
    expect(CAPABILITY_DENIED_MESSAGE).toBe("Contact your admin to request access to this feature.");
  });

  test("CAP-9: off at org level → hidden (Decision); available → no message", () => {
    expect(capabilityUiState(resolveCapability(org, "u-owner", "memory"))).toEqual({
      capability: "memory",
      state: "hidden",
      message: null,
    });
    expect(capabilityUiState(resolveCapability(org, "u-eng", "chat"))).toEqual({
      capability: "chat",
      state: "available",
      message: null,
    });
    // An unknown member sees what any member without the capability sees.
    expect(capabilityUiState(resolveCapability(org, "nobody", "chat")).state).toBe("greyed-out");
  });

  test("CON-11: a blocked tool is greyed out with the guide's message and not offered in a conversation", () => {
    const state = toolUiState(resolveToolLevel(org, "u-support", "jira", "create_issue"));
    expect(state).toEqual({
      connectorId: "jira",
      tool: "create_issue",
      level: "blocked",
      greyedOut: true,
      message: "This tool is not enabled for your role. Contact your administrator.",
      approvalOptions: [],
      offeredInConversation: false,
      promptOffersAlwaysAllow: false,
    });
    expect(TOOL_BLOCKED_MESSAGE).toBe(state.message);
  });

  test("CON-11: a tool capped at Needs approval offers Ask and Never, and its prompt has no Always allow", () => {
    const state = toolUiState(resolveToolLevel(org, "u-eng", "jira", "create_issue"));
    expect(state.approvalOptions).toEqual(["ask", "never"]);
    expect(state.promptOffersAlwaysAllow).toBe(false);
    expect(state.offeredInConversation).toBe(true);
    expect(state.greyedOut).toBe(false);
  });

  test("CON-11: an Always allow tool offers always, ask and never", () => {
    const state = toolUiState(resolveToolLevel(org, "u-eng", "github", "create_pr"));
    expect(state.approvalOptions).toEqual(["always", "ask", "never"]);
    expect(state.promptOffersAlwaysAllow).toBe(true);
  });

  test("CON-11: a member's own approval choice never exceeds the cap", () => {
    const approval = resolveToolLevel(org, "u-eng", "jira", "create_issue");
    const always = resolveToolLevel(org, "u-eng", "github", "create_pr");
    const blocked = resolveToolLevel(org, "u-support", "jira", "create_issue");
    expect(effectiveApproval(approval, "always")).toBe("ask");
    expect(effectiveApproval(approval, "ask")).toBe("ask");
    expect(effectiveApproval(approval, "never")).toBe("never");
    expect(effectiveApproval(always, "always")).toBe("always");
    expect(effectiveApproval(always, "ask")).toBe("ask");
    expect(effectiveApproval(always, "never")).toBe("never");
    expect(effectiveApproval(blocked, "always")).toBe("never");
    expect(effectiveApproval(always, "sometimes" as "ask")).toBe("never");
  });
});
