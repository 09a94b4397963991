// An org with ordinary ids that exercises every rule: the subject of the renaming tests.
import type { Org } from "../../src/index.js";

/** Ordinary ids only; every kind of id appears in every place it can (SPEC §1). */
export function ordinaryOrg(over: Partial<Org> = {}): Org {
  return {
    id: "acme-eu",
    parentId: "acme",
    billing: "usage",
    seatPlan: "dual",
    provisioning: "jit",
    capabilities: {
      chat: true,
      projects: true,
      memory: false,
      claude_code: true,
      cowork: true,
      beta1: true,
      beta2: false,
    },
    connectorPermissionsEnabled: true,
    connectors: [
      { id: "jira", name: "Jira", tools: ["search", "create", "comment"] },
      { id: "github", name: "GitHub", tools: ["code", "pr"] },
      { id: "empty", name: "Empty", tools: [] },
    ],
    toolPolicy: {
      jira: { tools: { create: "approval", comment: "blocked", unlisted: "always" } },
      github: { level: "approval", tools: { code: "always" } },
      removed: { level: "blocked" },
    },
    roles: [
      {
        id: "eng",
        name: "Engineering",
        capabilities: ["chat", "claude_code", "beta1"],
        connectors: {
          all: "approval",
          byConnector: {
            github: "always",
            jira: { custom: { search: "always", create: "approval", unlisted: "always" } },
          },
        },
      },
      {
        id: "sup",
        name: "Support",
        capabilities: ["chat", "beta2"],
        connectors: { all: "blocked", byConnector: { jira: { custom: { search: "approval" } }, removed: "always" } },
      },
      {
        id: "cow",
        name: "Cowork",
        capabilities: ["cowork"],
        connectors: { all: { custom: {} }, byConnector: { github: "blocked" } },
      },
      { id: "all", name: "Everyone", capabilities: ["projects"], connectors: { all: "always" } },
    ],
    groups: [
      { id: "g-eng", name: "Engineering", source: "manual", members: ["ana", "bo", "x-sibling"] },
      { id: "g-sup", name: "Support", source: "manual", members: ["bo", "cy", "uma"] },
      { id: "g-idp", name: "IdP", source: "scim", members: ["cy", "dee", "olga"] },
      { id: "g-cow", name: "Cowork", source: "manual", members: ["dee", "eve"] },
      { id: "g-free", name: "No role", source: "manual", members: ["fay"] },
    ],
    roleAssignments: [
      { groupId: "g-eng", roleId: "eng" },
      { groupId: "g-sup", roleId: "sup" },
      { groupId: "g-idp", roleId: "all" },
      { groupId: "g-cow", roleId: "cow" },
      { groupId: "g-cow", roleId: "missing-role" },
      { groupId: "missing-group", roleId: "eng" },
    ],
    groupMappings: {
      enabled: true,
      mappings: [
        { groupId: "g-cow", role: "custom" },
        { groupId: "g-free", role: "admin" },
      ],
    },
    members: [
      { id: "ana", role: "custom", seat: "chat-code" },
      { id: "bo", role: "custom", spendLimit: 700 },
      { id: "cy", role: "custom", seat: "chat" },
      { id: "dee", role: "user" },
      { id: "eve", role: "user", seat: "chat-code" },
      { id: "fay", role: "custom", spendLimit: 5000 },
      { id: "uma", role: "user" },
      { id: "olga", role: "owner", seat: "chat-code" },
      { id: "pat", role: "primary-owner" },
    ],
    spend: {
      orgLimit: 3000,
      multiGroup: "highest",
      groupLimits: [
        { groupId: "g-eng", limit: 1000 },
        { groupId: "g-sup", limit: 2000 },
        { groupId: "g-idp", limit: 2000 },
        { groupId: "missing-group", limit: 1 },
      ],
    },
    ...over,
  };
}
