import { flatLists as laidFlat, type FlatLists } from "../../src/engine/profiles.js";
import type { Org } from "../../src/index.js";
import { deepFreeze as frozen } from "../freeze.js";

/** Deep-freezes a test org, as parseOrg would, so the engine caches its index. */
export { frozen };

/** The smallest valid org, for tests to extend. */
export function baseOrg(over: Partial<Org> = {}): Org {
  return frozen({
    id: "acme",
    billing: "seat",
    seatPlan: "standard",
    provisioning: "scim",
    capabilities: {},
    connectorPermissionsEnabled: true,
    connectors: [],
    roles: [],
    groups: [],
    roleAssignments: [],
    members: [],
    ...over,
  });
}

/**
 * An org built from the guide's own examples: Engineering gets Claude Code + Fast Mode, Marketing
 * gets Cowork + Web Search, a Jira search-only role, an org policy that caps create_issue at Needs
 * approval and blocks delete_issue.
 */
export function guideOrg(over: Partial<Org> = {}): Org {
  return baseOrg({
    capabilities: {
      chat: true,
      projects: true,
      memory: false,
      web_search: true,
      code_execution: true,
      cowork: true,
      claude_code: true,
      fast_mode: true,
    },
    connectors: [
      { id: "jira", name: "Jira", tools: ["search_issues", "create_issue", "delete_issue"] },
      { id: "github", name: "GitHub", tools: ["list_repos", "create_pr"] },
      { id: "slack", name: "Slack", tools: ["post_message"] },
    ],
    toolPolicy: {
      jira: { tools: { create_issue: "approval", delete_issue: "blocked" } },
    },
    roles: [
      {
        id: "eng",
        name: "Engineering",
        capabilities: ["chat", "claude_code", "fast_mode", "code_execution"],
        connectors: { all: "approval", byConnector: { github: "always", jira: "always" } },
      },
      {
        id: "mkt",
        name: "Marketing",
        capabilities: ["chat", "cowork", "web_search"],
        connectors: { all: "blocked" },
      },
      {
        id: "jira-search",
        name: "Jira search",
        capabilities: ["chat"],
        connectors: { all: "blocked", byConnector: { jira: { custom: { search_issues: "approval" } } } },
      },
      {
        id: "no-chat",
        name: "Cowork only",
        capabilities: ["cowork"],
        connectors: { all: { custom: {} } },
      },
    ],
    groups: [
      { id: "g-eng", name: "Engineering", source: "scim", members: ["u-eng", "u-both", "u-admin", "u-owner"] },
      { id: "g-mkt", name: "Marketing", source: "manual", members: ["u-mkt", "u-both"] },
      { id: "g-support", name: "Support", source: "manual", members: ["u-support", "x-sibling"] },
      { id: "g-cowork", name: "Cowork only", source: "manual", members: ["u-nochat"] },
    ],
    roleAssignments: [
      { groupId: "g-eng", roleId: "eng" },
      { groupId: "g-mkt", roleId: "mkt" },
      { groupId: "g-support", roleId: "jira-search" },
      { groupId: "g-cowork", roleId: "no-chat" },
    ],
    members: [
      { id: "u-eng", role: "custom" },
      { id: "u-mkt", role: "custom" },
      { id: "u-both", role: "custom" },
      { id: "u-support", role: "custom" },
      { id: "u-nochat", role: "custom" },
      { id: "u-nogroup", role: "custom" },
      { id: "u-user", role: "user" },
      { id: "u-admin", role: "admin" },
      { id: "u-owner", role: "owner" },
      { id: "u-primary", role: "primary-owner" },
    ],
    ...over,
  });
}

/** Lists of numbers laid flat, as the compiled org keeps them. */
export function flatLists(lists: readonly (readonly number[])[]): FlatLists {
  const start = [0];
  for (const list of lists) start.push((start.at(-1) as number) + list.length);
  return laidFlat(Int32Array.from(start), Int32Array.from(lists.flat()));
}
