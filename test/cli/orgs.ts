/** The smallest org that reaches the corners of the text: no email, no tools, no spend settings. */
export const SOLO = {
  id: "solo",
  billing: "usage",
  seatPlan: "standard",
  provisioning: "invite-only",
  capabilities: { chat: true },
  connectorPermissionsEnabled: true,
  connectors: [{ id: "empty", name: "Empty", tools: [] }],
  roles: [{ id: "r", name: "Chat only", capabilities: ["chat"], connectors: { all: "always" } }],
  groups: [{ id: "g", name: "Everyone", source: "manual", members: ["m"] }],
  roleAssignments: [{ groupId: "g", roleId: "r" }],
  members: [{ id: "m", role: "custom" }],
};

/** A valid org with one of everything, to check singular words. */
export const ONE = {
  id: "one",
  billing: "seat",
  seatPlan: "standard",
  provisioning: "scim",
  capabilities: {},
  connectorPermissionsEnabled: false,
  connectors: [{ id: "c", name: "C", tools: ["t"] }],
  roles: [{ id: "r", name: "R", capabilities: [], connectors: { all: "blocked" } }],
  groups: [{ id: "g", name: "G", source: "manual", members: [] }],
  roleAssignments: [],
  members: [{ id: "m", role: "user" }],
};

/** ONE with an All connectors row set to a level that does not exist: an invalid org (IN-1). */
export const BAD = {
  ...ONE,
  id: "bad",
  roles: [{ id: "r", name: "R", capabilities: [], connectors: { all: "allow" } }],
};
