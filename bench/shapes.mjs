// Adversarial org shapes for the growth benchmark (issue 9, "What to reach"), each scaled by one
// number n at 4 sizes in steps of x2, the largest chosen so that the shape's main entry points take
// well over 20 ms (a size is added below rather than above where the largest would cross the time
// cap for calls that are linear: huge-group, capabilities, group-roles). A shape gives a SPEC section 1 JSON document and the ids to ask about:
// `member` (in the thick of it), `connector` and `tool` (a listed tool), `role` (for conflicts).
// Every valid shape is valid by section 1 (test/hostile/growth.test.ts checks it at a small n); the
// last shape is invalid on purpose, with n issues under one long key.

const pad = (i) => String(i).padStart(6, "0");
const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));
const LEVELS = ["always", "approval", "blocked"];

function connectorsOf(count, tools, prefix = "c") {
  return range(count, (c) => ({
    id: `${prefix}${pad(c)}`,
    name: `Connector ${c}`,
    tools: range(tools, (t) => `tool_${pad(t)}`),
  }));
}

/** A role with an All-connectors row and a level row and a Custom row on the first connectors. */
function roleOf(id, i, connectors, capabilities = ["chat", "projects"]) {
  const a = connectors[i % connectors.length];
  const b = connectors[(i + 1) % connectors.length];
  const byConnector = Object.fromEntries([
    [a.id, LEVELS[i % 3]],
    [b.id, { custom: Object.fromEntries(b.tools.slice(0, 3).map((t, k) => [t, LEVELS[(i + k) % 3]])) }],
  ]);
  return { id, name: `Role ${i}`, capabilities, connectors: { all: LEVELS[(i + 2) % 3], byConnector } };
}

function orgOf(parts) {
  return {
    id: "shape",
    billing: "seat",
    seatPlan: "standard",
    provisioning: "scim",
    capabilities: { chat: true, projects: true, web_search: true, claude_code: true },
    connectorPermissionsEnabled: true,
    toolPolicy: {},
    roleAssignments: [],
    ...parts,
  };
}

const membersOf = (n, prefix = "u") =>
  range(n, (i) => ({
    id: `${prefix}${pad(i)}`,
    email: `${prefix}${i}@acme.test`,
    role: i === 0 ? "custom" : i === 1 ? "primary-owner" : "custom",
  }));

function ask(org, extra = {}) {
  const connector = org.connectors[0];
  return {
    member: org.members[0].id,
    connector: connector.id,
    tool: connector.tools[0],
    role: org.roles[0]?.id ?? "none",
    ...extra,
  };
}

function withAsk(org) {
  return { org, ask: ask(org) };
}

/**
 * Every shape: name, what it stresses, sizes (full and --quick), `small` (the test command's size),
 * build(n) -> { org, ask }.
 */
export const SHAPES = [
  {
    name: "roles-per-member",
    what: "n roles, n/2 groups of 2 roles each, one member in every group (holds all n roles)",
    sizes: [500, 1000, 2000, 4000],
    quick: [125, 250, 500, 1000],
    small: 20,
    build(n) {
      const connectors = connectorsOf(10, 10);
      const roles = range(n, (i) => roleOf(`r${pad(i)}`, i, connectors));
      const members = membersOf(100);
      const groups = range(n / 2, (g) => ({
        id: `g${pad(g)}`,
        name: `Group ${g}`,
        source: "scim",
        members: [members[0].id, members[2 + (g % 98)].id],
      }));
      const roleAssignments = groups.flatMap((g, i) =>
        [roles[2 * i], roles[2 * i + 1]].map((r) => ({ groupId: g.id, roleId: r.id })),
      );
      return withAsk(orgOf({ connectors, roles, members, groups, roleAssignments }));
    },
  },
  {
    name: "huge-group",
    what: "n members, all in one group holding 2 roles",
    sizes: [500, 1000, 2000, 4000],
    quick: [125, 250, 500, 1000],
    small: 30,
    build(n) {
      const connectors = connectorsOf(10, 10);
      const roles = range(4, (i) => roleOf(`r${i}`, i, connectors));
      const members = membersOf(n);
      const groups = [{ id: "g0", name: "Everyone", source: "scim", members: members.map((m) => m.id) }];
      const roleAssignments = [
        { groupId: "g0", roleId: "r0" },
        { groupId: "g0", roleId: "r1" },
      ];
      return withAsk(orgOf({ connectors, roles, members, groups, roleAssignments }));
    },
  },
  {
    name: "member-in-groups",
    what: "one member in n groups, each assigned one of 3 roles (the same roles again and again)",
    sizes: [5000, 10000, 20000, 40000],
    quick: [1250, 2500, 5000, 10000],
    small: 30,
    build(n) {
      const connectors = connectorsOf(10, 10);
      const roles = range(3, (i) => roleOf(`r${i}`, i, connectors));
      const members = membersOf(20);
      const groups = range(n, (g) => ({
        id: `g${pad(g)}`,
        name: `Group ${g}`,
        source: g % 2 ? "scim" : "manual",
        members: [members[0].id],
      }));
      const roleAssignments = groups.map((g, i) => ({ groupId: g.id, roleId: roles[i % 3].id }));
      return withAsk(orgOf({ connectors, roles, members, groups, roleAssignments }));
    },
  },
  {
    name: "long-ids",
    what: "every id n characters long (50 members, 50 groups, 20 roles, 5 connectors x 5 tools)",
    sizes: [1000, 2000, 4000, 8000],
    quick: [250, 500, 1000, 2000],
    small: 40,
    build(n) {
      const long = (prefix, i) => `${prefix}${pad(i)}`.padEnd(n, "x");
      const connectors = range(5, (c) => ({
        id: long("c", c),
        name: `Connector ${c}`,
        tools: range(5, (t) => long("t", t)),
      }));
      const roles = range(20, (i) => roleOf(long("r", i), i, connectors));
      const members = range(50, (i) => ({
        id: long("u", i),
        email: `u${i}@acme.test`,
        role: i === 1 ? "primary-owner" : "custom",
      }));
      const groups = range(50, (g) => ({
        id: long("g", g),
        name: long("Group ", g),
        source: "scim",
        members: [members[0].id, members[g].id],
      }));
      const roleAssignments = groups.map((g, i) => ({ groupId: g.id, roleId: roles[i % 20].id }));
      return withAsk(orgOf({ connectors, roles, members, groups, roleAssignments }));
    },
  },
  {
    name: "capabilities",
    what: "n capability ids switched on for the org and held by each of 20 roles",
    sizes: [1000, 2000, 4000, 8000],
    quick: [250, 500, 1000, 2000],
    small: 30,
    build(n) {
      const connectors = connectorsOf(5, 5);
      const capabilities = range(n, (i) => `cap_${pad(i)}`);
      const roles = range(20, (i) => roleOf(`r${i}`, i, connectors, ["chat", ...capabilities]));
      const members = membersOf(20);
      const groups = [{ id: "g0", name: "All", source: "scim", members: members.map((m) => m.id) }];
      const roleAssignments = roles.map((r) => ({ groupId: "g0", roleId: r.id }));
      const org = orgOf({ connectors, roles, members, groups, roleAssignments });
      org.capabilities = { ...org.capabilities, ...Object.fromEntries(capabilities.map((c) => [c, true])) };
      return withAsk(org);
    },
  },
  {
    name: "group-limits",
    what: "usage billing, n groups with a spend limit each, one member in all of them",
    sizes: [5000, 10000, 20000, 40000],
    quick: [1250, 2500, 5000, 10000],
    small: 30,
    build(n) {
      const connectors = connectorsOf(5, 5);
      const roles = range(3, (i) => roleOf(`r${i}`, i, connectors));
      const members = membersOf(20);
      const groups = range(n, (g) => ({
        id: `g${pad(g)}`,
        name: `Group ${g}`,
        source: "scim",
        members: [members[0].id],
      }));
      const roleAssignments = [{ groupId: groups[0].id, roleId: roles[0].id }];
      const org = orgOf({ connectors, roles, members, groups, roleAssignments, billing: "usage" });
      org.spend = {
        orgLimit: 100000,
        multiGroup: "lowest",
        groupLimits: groups.map((g, i) => ({ groupId: g.id, limit: 1000 + i })),
      };
      return withAsk(org);
    },
  },
  {
    name: "connectors-tools",
    what: "k connectors x k tools (n = k x k), a policy entry per connector, Custom rows on every connector",
    sizes: [5000, 10000, 20000, 40000],
    quick: [1250, 2500, 5000, 10000],
    small: 100,
    build(n) {
      const k = Math.round(Math.sqrt(n));
      const connectors = connectorsOf(k, k);
      const custom = (c, i) => ({
        custom: Object.fromEntries(c.tools.filter((_, t) => t % 2 === i % 2).map((t, j) => [t, LEVELS[j % 3]])),
      });
      const roles = range(3, (i) => ({
        id: `r${i}`,
        name: `Role ${i}`,
        capabilities: ["chat"],
        connectors: { all: LEVELS[i], byConnector: Object.fromEntries(connectors.map((c) => [c.id, custom(c, i)])) },
      }));
      const members = membersOf(20);
      const groups = [{ id: "g0", name: "All", source: "scim", members: members.map((m) => m.id) }];
      const roleAssignments = roles.map((r) => ({ groupId: "g0", roleId: r.id }));
      const toolPolicy = Object.fromEntries(
        connectors.map((c, i) => [
          c.id,
          { level: LEVELS[i % 3], tools: { [c.tools[0]]: "always", [c.tools[1]]: "approval" } },
        ]),
      );
      return withAsk(orgOf({ connectors, roles, members, groups, roleAssignments, toolPolicy }));
    },
  },
  {
    name: "group-roles",
    what: "one group assigned n roles, 20 members in it",
    sizes: [1000, 2000, 4000, 8000],
    quick: [250, 500, 1000, 2000],
    small: 30,
    build(n) {
      const connectors = connectorsOf(10, 10);
      const roles = range(n, (i) => roleOf(`r${pad(i)}`, i, connectors));
      const members = membersOf(20);
      const groups = [{ id: "g0", name: "All", source: "scim", members: members.map((m) => m.id) }];
      const roleAssignments = roles.map((r) => ({ groupId: "g0", roleId: r.id }));
      return withAsk(orgOf({ connectors, roles, members, groups, roleAssignments }));
    },
  },
  {
    name: "invalid-long-key",
    what: "invalid: n wrong levels under one policy key 10n characters long",
    invalid: true,
    sizes: [1000, 2000, 4000, 8000],
    quick: [250, 500, 1000, 2000],
    small: 20,
    build(n) {
      const connectors = connectorsOf(2, 2);
      const members = membersOf(3);
      const key = "k".repeat(10 * n);
      const tools = Object.fromEntries(range(n, (i) => [`tool_${pad(i)}`, "Always"]));
      const org = orgOf({
        connectors,
        roles: [roleOf("r0", 0, connectors)],
        members,
        groups: [],
        toolPolicy: { [key]: { level: "approval", tools } },
      });
      return { org, ask: ask(org) };
    },
  },
];

const firstRole = (org) => org.roles[0]?.id;

/**
 * Change lists that grow with the org, one change per part that their kind edits, by what they hold;
 * each is valid, in order, on the org it is built from (growth.mjs times them applied then inverted;
 * growthShapes.test.ts checks them against one change at a time). The first working copy still
 * walked every role, copied a role's rows and a Custom row's tools, filtered the group mappings, or
 * scanned a list for the undo's positions, once per change: 2,000 setToolGrant on one connector took
 * 3.4 s, 4,000 took 16 s (issue 9).
 */
export const CHANGE_LISTS = {
  "a tool grant per tool, on one role": (org) =>
    org.connectors.flatMap((c) =>
      c.tools.map((tool) => ({
        kind: "setToolGrant",
        roleId: firstRole(org),
        connectorId: c.id,
        tool,
        level: "always",
      })),
    ),
  "a row per connector, on one role": (org) =>
    org.connectors.map((c) => ({
      kind: "setConnectorGrant",
      roleId: firstRole(org),
      connectorId: c.id,
      grant: "approval",
    })),
  "a removal per connector": (org) => org.connectors.map((c) => ({ kind: "removeConnector", connectorId: c.id })),
  "an unassignment per assignment": (org) =>
    org.roleAssignments.map((a) => ({ kind: "unassignRole", groupId: a.groupId, roleId: a.roleId })),
  "a removal per group member": (org) =>
    org.groups.flatMap((g) => g.members.map((id) => ({ kind: "removeGroupMembers", groupId: g.id, memberIds: [id] }))),
  "a removal per group, each group mapped, mappings switched between": (org) => [
    { kind: "setGroupMappings", enabled: true, mappings: org.groups.map((g) => ({ groupId: g.id, role: "admin" })) },
    ...org.groups.flatMap((g, i) => [
      { kind: "removeGroup", groupId: g.id },
      { kind: "setGroupMappings", enabled: i % 2 === 1 },
    ]),
  ],
  "a removal and an insertion at the front, per member": (org) =>
    org.members.flatMap((m, i) => [
      { kind: "removeMember", memberId: m.id },
      { kind: "addMember", member: { id: `new-${i}`, email: `new-${i}@acme.test`, role: "user" }, at: 0 },
    ]),
  "permissions off and on, once per role": (org) =>
    org.roles.flatMap((r) => [
      { kind: "disableConnectorPermissions" },
      { kind: "setConnectorGrant", roleId: r.id, connectorId: null, grant: "blocked" },
      { kind: "enableConnectorPermissions" },
    ]),
};
