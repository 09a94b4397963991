// Seeded generator of orgs (SPEC section 1 JSON) and of query lists (member, connector, tool), of the
// same shape as ../shared/peers/gen.mjs (this project's own side-by-side harness) at the same three
// sizes and seed, so that the figures here and there describe the same workload.
//
//   small  50 members, 10 groups, 8 roles, 10 connectors x 8 tools
//   medium 2,000 members, 100 groups, 40 roles, 60 connectors x 20 tools
//   large  20,000 members, 1,000 groups, 200 roles, 200 connectors x 30 tools
//
// Maps keyed by id are built with Object.fromEntries, so a "__proto__" key is an own property, as
// JSON.parse makes it. Queries: ~97% org members, ~96% added connectors, ~95% listed tools.

export const SIZES = Object.freeze({
  small: { members: 50, groups: 10, roles: 8, connectors: 10, tools: 8 },
  medium: { members: 2000, groups: 100, roles: 40, connectors: 60, tools: 20 },
  large: { members: 20000, groups: 1000, roles: 200, connectors: 200, tools: 30 },
});

export const DEFAULT_SEED = 20261127;
export const DEFAULT_QUERIES = 100_000;

/** sfc32 PRNG, seeded through splitmix32: deterministic across Node versions. */
export function rng(seed) {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split(),
    b = split(),
    c = split(),
    d = split();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), // inclusive
    chance: (p) => next() < p,
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    weighted: (pairs) => {
      // pairs: [[value, weight], ...]
      let total = 0;
      for (const [, w] of pairs) total += w;
      let x = next() * total;
      for (const [v, w] of pairs) if ((x -= w) < 0) return v;
      return pairs[pairs.length - 1][0];
    },
    sample: (arr, k) => {
      // k distinct elements, order random (partial Fisher-Yates on a copy)
      const a2 = arr.slice();
      k = Math.min(k, a2.length);
      for (let i = 0; i < k; i++) {
        const j = i + Math.floor(next() * (a2.length - i));
        [a2[i], a2[j]] = [a2[j], a2[i]];
      }
      return a2.slice(0, k);
    },
  };
  return r;
}

const CONNECTOR_NAMES = [
  "jira",
  "github",
  "slack",
  "gdrive",
  "notion",
  "linear",
  "confluence",
  "salesforce",
  "zendesk",
  "asana",
  "figma",
  "hubspot",
  "gitlab",
  "sentry",
  "datadog",
  "stripe",
  "intercom",
  "airtable",
  "dropbox",
  "box",
  "okta",
  "pagerduty",
  "snowflake",
  "bigquery",
  "trello",
  "monday",
  "clickup",
  "miro",
];
const VERBS = [
  "search",
  "get",
  "list",
  "create",
  "update",
  "delete",
  "comment",
  "assign",
  "export",
  "share",
  "archive",
  "move",
  "link",
  "close",
  "reopen",
];
const NOUNS = ["issues", "files", "pages", "messages", "records", "users", "projects", "tickets", "events", "reports"];

// Ids that break naive object lookups, wildcard matchers, entity syntax or CSV-ish encodings.
const TRICKY = {
  connectors: [
    "__proto__",
    "constructor",
    "all",
    "*",
    "hasOwnProperty",
    'a "quoted", \\ id',
    "münchen-名前",
    " spaced ",
  ],
  tools: ["toString", "*", "x.*", "manage", "__proto__", "a,b", "valueOf", "名前/ツール", '"q"', "r_sub"],
  roles: ["__proto__", "constructor", "toString", "all", "*"],
  groups: ["__proto__", "valueOf", "g,1", "*"],
  members: ["__proto__", "constructor", "m,comma", "ümlaut", "*", "isPrototypeOf"],
};

const LEVEL_W = [
  ["always", 40],
  ["approval", 35],
  ["blocked", 25],
];

/**
 * generateOrg(size, { seed, tricky, variant }) -> org (plain JSON-compatible object).
 * Shape per SPEC section 1; byConnector / toolPolicy / custom maps are built with Object.fromEntries
 * so that a "__proto__" key is an own property, exactly as JSON.parse produces it.
 */
export function generateOrg(size, { seed = DEFAULT_SEED, tricky = false, variant } = {}) {
  const spec = SIZES[size];
  if (!spec) throw new Error(`unknown size ${size} (small|medium|large)`);
  const R = rng(seed ^ (size === "small" ? 0x11 : size === "medium" ? 0x22 : 0x33));

  const pad = (n, w) => String(n).padStart(w, "0");
  const idList = (n, mk, trickyList) => {
    const ids = [];
    for (let i = 0; i < n; i++) ids.push(tricky && trickyList && i < trickyList.length ? trickyList[i] : mk(i));
    return ids;
  };

  // Connectors and their tools (tool names repeat across connectors, as real ones do).
  const connectorIds = idList(
    spec.connectors,
    (i) =>
      i < CONNECTOR_NAMES.length ? CONNECTOR_NAMES[i] : `${CONNECTOR_NAMES[i % CONNECTOR_NAMES.length]}-${pad(i, 3)}`,
    TRICKY.connectors,
  );
  const allToolNames = [];
  for (const v of VERBS) for (const n of NOUNS) allToolNames.push(`${v}_${n}`);
  const connectors = connectorIds.map((id, ci) => {
    let tools = R.sample(allToolNames, spec.tools);
    if (tricky && ci < 3) tools = [...TRICKY.tools.slice(ci * 3, ci * 3 + 4), ...tools].slice(0, spec.tools);
    tools = [...new Set(tools)];
    return { id, name: id.toUpperCase(), tools };
  });
  const toolsOf = new Map(connectors.map((c) => [c.id, c.tools]));
  const ghostConnectors = ["ghost-connector-1", "ghost-connector-2"]; // referenced but never added (IN-2)

  const randomGrant = (cid, forAllRow, forced) => {
    // a ConnectorGrant: a level, or { custom: { tool: level } }
    const custom = forced ? forced === "custom" : forAllRow ? R.chance(0.2) : R.chance(0.45);
    if (forced && !custom) return forced;
    if (!custom)
      return forAllRow
        ? R.weighted([
            ["always", 30],
            ["approval", 35],
            ["blocked", 35],
          ])
        : R.weighted(LEVEL_W);
    // tools for a Custom row (an All-connectors row keeps none of them: SPEC 1)
    const pool = toolsOf.get(cid) ?? toolsOf.get(R.pick(connectorIds)) ?? allToolNames;
    const chosen = R.sample(pool, R.int(1, Math.max(1, Math.ceil(pool.length * 0.6))));
    const entries = chosen.map((t) => [
      t,
      R.weighted([
        ["always", 40],
        ["approval", 40],
        ["blocked", 20],
      ]),
    ]);
    if (R.chance(0.1)) entries.push([`unlisted_${R.int(1, 9)}`, "always"]); // a tool its connector does not list
    // SPEC 1: an All-connectors Custom row holds no tools; the draws above still run so that the
    // rest of the org stays the same for every seed.
    return { custom: forAllRow ? {} : Object.fromEntries(entries) };
  };

  // Roles: All-connectors row + a few per-connector rows (levels and Custom), some for ghost connectors.
  const roleIds = idList(spec.roles, (i) => `role-${pad(i, 3)}`, TRICKY.roles);
  const maxRows = Math.min(10, Math.ceil(spec.connectors / 2));
  const CAPS = ["chat", "projects", "memory", "web_search", "code_execution", "claude_code", "fast_mode"];
  const roles = roleIds.map((id, i) => {
    const rowConnectors = R.sample(connectorIds, R.int(0, maxRows));
    if (R.chance(0.05)) rowConnectors.push(R.pick(ghostConnectors));
    const byConnector = Object.fromEntries(rowConnectors.map((cid) => [cid, randomGrant(cid, false)]));
    return {
      id,
      name: `Role ${i}`,
      capabilities: R.sample(CAPS, R.int(1, 4)),
      // the first four roles cover every kind of All-connectors row; the rest are random
      connectors: { all: randomGrant(null, true, ["custom", "blocked", "approval", "always"][i]), byConnector },
    };
  });

  // Members: mostly Custom-roles members, a few of every other built-in role.
  const memberIds = idList(spec.members, (i) => `u${pad(i, 5)}`, TRICKY.members);
  const members = memberIds.map((id, i) => ({
    id,
    email: `user${i}@acme.test`,
    role:
      i === 0
        ? "primary-owner"
        : R.weighted([
            ["custom", 85],
            ["user", 6],
            ["admin", 4],
            ["owner", 5],
          ]),
  }));

  // Groups: every member in 1-5 groups; groups list members (plus the odd id of a non-member, GRP-1).
  const groupIds = idList(spec.groups, (i) => `g-${pad(i, 4)}`, TRICKY.groups);
  const groupMembers = groupIds.map(() => []);
  for (const m of members) {
    for (const gi of R.sample([...groupIds.keys()], R.int(1, 5))) groupMembers[gi].push(m.id);
  }
  const groups = groupIds.map((id, gi) => {
    const list = groupMembers[gi];
    if (R.chance(0.1)) list.push(`x-sibling-${R.int(1, 99)}`); // member of a sibling org, not of this one
    return { id, name: `Group ${gi}`, source: R.chance(0.7) ? "scim" : "manual", members: list };
  });

  // Role assignments: every group gets 1-3 roles; plus dangling ones (IN-2).
  const roleAssignments = [];
  for (const gid of groupIds)
    for (const rid of R.sample(roleIds, R.int(1, 3))) roleAssignments.push({ groupId: gid, roleId: rid });
  roleAssignments.push(
    { groupId: groupIds[0], roleId: "deleted-role" },
    { groupId: "deleted-group", roleId: roleIds[0] },
  );

  // Org-wide tool policy: ~35% of connectors capped; tool entries override either way.
  const toolPolicyEntries = [];
  for (const c of connectors) {
    if (!R.chance(0.35)) continue;
    const entry = {};
    const lvl = R.weighted([
      [undefined, 15],
      ["always", 15],
      ["approval", 45],
      ["blocked", 25],
    ]);
    if (lvl !== undefined) entry.level = lvl;
    const overrides = R.sample(c.tools, R.int(0, 3)).map((t) => [t, R.weighted(LEVEL_W)]);
    if (overrides.length) entry.tools = Object.fromEntries(overrides);
    toolPolicyEntries.push([c.id, entry]);
  }
  toolPolicyEntries.push([ghostConnectors[0], { level: "approval" }]);

  const org = {
    id: `bench-${size}`,
    billing: "seat",
    seatPlan: "standard",
    provisioning: "scim",
    capabilities: { chat: true, projects: true, web_search: true, claude_code: true },
    connectorPermissionsEnabled: true,
    connectors,
    toolPolicy: Object.fromEntries(toolPolicyEntries),
    roles,
    groups,
    roleAssignments,
    members,
  };

  if (variant === "perms-off") org.connectorPermissionsEnabled = false;
  else if (variant === "invite-only") org.provisioning = "invite-only";
  else if (variant === "mappings") {
    org.groupMappings = {
      enabled: true,
      mappings: [
        { groupId: groupIds[0], role: "custom" },
        { groupId: groupIds[1], role: "admin" },
        { groupId: groupIds[2], role: "user" },
        { groupId: groupIds[3 % groupIds.length], role: "owner" },
      ],
    };
  } else if (variant !== undefined) throw new Error(`unknown variant ${variant}`);
  return org;
}

/**
 * generateQueries(org, n, { seed }) -> Array<[memberId, connectorId, tool]>.
 * ~97% org members (3% unknown ids), ~96% added connectors (4% not added), ~95% listed tools.
 */
export function generateQueries(org, n = DEFAULT_QUERIES, { seed = DEFAULT_SEED } = {}) {
  const R = rng((seed * 31 + 7) ^ 0x5eed);
  const memberIds = org.members.map((m) => m.id);
  const ghostMembers = ["nobody", "x-sibling-1", "x-sibling-2"];
  const unknownConnectors = ["ghost-connector-1", "ghost-connector-2", "never-added"];
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const m = R.chance(0.97) ? R.pick(memberIds) : R.pick(ghostMembers);
    let c, t;
    if (R.chance(0.96)) {
      const conn = R.pick(org.connectors);
      c = conn.id;
      t = R.chance(0.95)
        ? R.pick(conn.tools)
        : R.chance(0.5)
          ? `unlisted_${R.int(1, 9)}`
          : R.pick(R.pick(org.connectors).tools);
    } else {
      c = R.pick(unknownConnectors);
      t = R.pick(R.pick(org.connectors).tools);
    }
    out[i] = [m, c, t];
  }
  return out;
}

/** The org exactly as a consumer would see it after loading JSON (no shared references, own keys). */
export function asLoadedJson(org) {
  return JSON.parse(JSON.stringify(org));
}
