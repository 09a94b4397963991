// Orgs of the shapes that made the command line fall over (issue 9), at sizes the test command runs.
const LEVELS = ["always", "approval", "blocked"] as const;

/**
 * An org where every role conflicts with every other on every connector: `roles` roles, each with
 * an All connectors row, `connectors` connectors of `tools` tools, and `members` members, each in a
 * group that holds two of the roles.
 */
export function conflictOrg(
  roles: number,
  connectors: number,
  tools: number,
  members: number,
): Record<string, unknown> {
  const roleIds = Array.from({ length: roles }, (_, i) => `role-${i}`);
  return {
    id: "conflicts",
    billing: "seat",
    seatPlan: "standard",
    provisioning: "scim",
    capabilities: { chat: true },
    connectorPermissionsEnabled: true,
    connectors: Array.from({ length: connectors }, (_, c) => ({
      id: `c${c}`,
      name: `C${c}`,
      tools: Array.from({ length: tools }, (_, t) => `t${t}`),
    })),
    roles: roleIds.map((id, i) => ({
      id,
      name: `Role ${i}`,
      capabilities: ["chat"],
      connectors: { all: LEVELS[i % 2] },
    })),
    groups: Array.from({ length: members }, (_, m) => ({
      id: `g${m}`,
      name: `G${m}`,
      source: "scim",
      members: [`u${m}`],
    })),
    roleAssignments: Array.from({ length: members }, (_, m) => [
      { groupId: `g${m}`, roleId: roleIds[m % roles] },
      { groupId: `g${m}`, roleId: roleIds[(m + 1) % roles] },
    ]).flat(),
    members: Array.from({ length: members }, (_, m) => ({ id: `u${m}`, email: `u${m}@acme.test`, role: "custom" })),
  };
}

/** An org of `members` members in a few groups with roles, for whole-org output. */
export function manyMembersOrg(members: number): Record<string, unknown> {
  return {
    id: "many",
    billing: "usage",
    seatPlan: "dual",
    provisioning: "scim",
    capabilities: { chat: true, projects: true, claude_code: true },
    connectorPermissionsEnabled: true,
    connectors: [{ id: "jira", name: "Jira", tools: ["search", "create"] }],
    roles: [{ id: "eng", name: "Engineering", capabilities: ["chat", "claude_code"], connectors: { all: "approval" } }],
    groups: [
      { id: "g-eng", name: "Engineering", source: "scim", members: Array.from({ length: members }, (_, m) => `u${m}`) },
    ],
    roleAssignments: [{ groupId: "g-eng", roleId: "eng" }],
    spend: { orgLimit: 50000, groupLimits: [{ groupId: "g-eng", limit: 20000 }] },
    members: Array.from({ length: members }, (_, m) => ({
      id: `u${m}`,
      email: `u${m}@acme.test`,
      role: m % 7 === 0 ? "user" : "custom",
      seat: m % 2 === 0 ? "chat" : "chat-code",
    })),
  };
}
