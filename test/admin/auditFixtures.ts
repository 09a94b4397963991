// Orgs for the audit's tests, parsed as a user's would be (auditOrg refuses anything else).
import { parseOrg, type Org } from "../../src/index.js";
import type { Finding, FindingKind } from "../../src/admin/auditFinding.js";
import { auditOrg } from "../../src/admin/audit.js";

type Json = Record<string, unknown>;

/** A small valid org as JSON: chat and cowork on, one connector, one role, nobody yet. */
export function baseJson(over: Json = {}): Json {
  return {
    id: "acme",
    billing: "seat",
    seatPlan: "standard",
    provisioning: "scim",
    capabilities: { chat: true, cowork: true, claude_code: true },
    connectorPermissionsEnabled: true,
    connectors: [{ id: "jira", name: "Jira", tools: ["search_issues", "create_issue"] }],
    roles: [{ id: "eng", name: "Engineering", capabilities: ["chat", "cowork"], connectors: { all: "approval" } }],
    groups: [{ id: "g-eng", name: "Engineering", source: "manual", members: ["u1"] }],
    roleAssignments: [{ groupId: "g-eng", roleId: "eng" }],
    members: [{ id: "u1", email: "ana@acme.test", role: "custom" }],
    ...over,
  };
}

/** `baseJson(over)` parsed. */
export function orgOf(over: Json = {}): Org {
  return parseOrg(baseJson(over));
}

/** The findings of one kind. */
export function findings<K extends FindingKind>(org: Org, kind: K): readonly Extract<Finding, { kind: K }>[] {
  return auditOrg(org).filter((finding): finding is Extract<Finding, { kind: K }> => finding.kind === kind);
}

/**
 * An org with at least one finding of every kind and every dangling reference, for the golden file
 * and the property that fixes apply.
 */
export function everyKindJson(): Json {
  return baseJson({
    id: "every-kind",
    seatPlan: "dual",
    provisioning: "jit",
    capabilities: { chat: true, cowork: false, claude_code: true },
    connectors: [
      { id: "jira", name: "Jira", tools: ["search_issues", "create_issue"] },
      { id: "github", name: "GitHub", tools: ["create_pr"] },
    ],
    toolPolicy: {
      jira: { level: "approval", tools: { create_issue: "blocked", delete_issue: "blocked", archive: "approval" } },
      confluence: { level: "blocked" },
    },
    roles: [
      {
        id: "eng",
        name: "Engineering",
        capabilities: ["chat", "claude_code", "cowork"],
        connectors: {
          all: "approval",
          byConnector: { jira: { custom: { search_issues: "always", delete_issue: "always" } }, notion: "always" },
        },
      },
      {
        id: "support",
        name: "Support",
        capabilities: ["chat"],
        connectors: { all: "blocked", byConnector: { jira: "always" } },
      },
      { id: "cowork", name: "Cowork only", capabilities: ["cowork"], connectors: { all: "blocked" } },
      { id: "idp", name: "IdP role", capabilities: ["chat"], connectors: { all: "blocked" } },
    ],
    groups: [
      { id: "g-eng", name: "Engineering", source: "manual", members: ["u-eng", "u-sibling"] },
      { id: "g-support", name: "Support", source: "manual", members: ["u-eng"] },
      { id: "g-cowork", name: "Cowork", source: "manual", members: ["u-cowork"] },
      { id: "g-idp", name: "IdP", source: "scim", members: ["u-idp", "u-owner"] },
    ],
    roleAssignments: [
      { groupId: "g-eng", roleId: "eng" },
      { groupId: "g-support", roleId: "support" },
      { groupId: "g-cowork", roleId: "cowork" },
      { groupId: "g-idp", roleId: "idp" },
      { groupId: "g-gone", roleId: "eng" },
      { groupId: "g-eng", roleId: "platform" },
    ],
    groupMappings: {
      enabled: true,
      mappings: [
        { groupId: "g-idp", role: "custom" },
        { groupId: "g-moved", role: "user" },
      ],
    },
    members: [
      { id: "u-eng", email: "eli@acme.test", role: "custom", seat: "chat" },
      { id: "u-cowork", role: "custom", seat: "chat-code" },
      { id: "u-idp", email: "ida@acme.test", role: "user" },
      { id: "u-owner", email: "ben@acme.test", role: "owner" },
    ],
    spend: {
      groupLimits: [
        { groupId: "g-eng", limit: 1000 },
        { groupId: "g-gone", limit: 500 },
      ],
    },
  });
}
