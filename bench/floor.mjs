// The floor: a hand-built Map index of one decision, the effective level of a tool (CON-1..CON-7), in
// the spirit of ../shared/peers/indexed.mjs. It answers the level only (no explanation), which is what
// a purpose-built engine should approach. Covers the benchmark orgs (no group mappings, GRP-3).

const RANK = { blocked: 0, approval: 1, always: 2 };
const LEVELS = ["blocked", "approval", "always"];

export const name = "floor (Map index)";

function rolesByMember(org) {
  const countsAll = org.provisioning === "scim";
  const inOrg = new Set(org.members.map((m) => m.id));
  const roleIds = new Set(org.roles.map((r) => r.id));
  const rolesOfGroup = new Map();
  for (const a of org.roleAssignments) {
    if (!roleIds.has(a.roleId)) continue;
    if (!rolesOfGroup.has(a.groupId)) rolesOfGroup.set(a.groupId, new Set());
    rolesOfGroup.get(a.groupId).add(a.roleId);
  }
  const held = new Map();
  for (const g of org.groups) {
    const roles = rolesOfGroup.get(g.id);
    if (roles === undefined || !(countsAll || g.source === "manual")) continue;
    for (const m of g.members) {
      if (!inOrg.has(m)) continue;
      if (!held.has(m)) held.set(m, new Set());
      for (const r of roles) held.get(m).add(r);
    }
  }
  return held;
}

function compileRole(role) {
  const rows = new Map();
  for (const [c, row] of Object.entries(role.connectors.byConnector ?? {})) {
    rows.set(
      c,
      typeof row === "string" ? RANK[row] : new Map(Object.entries(row.custom).map(([t, l]) => [t, RANK[l]])),
    );
  }
  return { rows, all: typeof role.connectors.all === "string" ? RANK[role.connectors.all] : 0 };
}

export function setup(org) {
  const held = rolesByMember(org);
  const roles = new Map(org.roles.map((r) => [r.id, compileRole(r)]));
  const tools = new Map(org.connectors.map((c) => [c.id, new Set(c.tools)]));
  const policy = new Map();
  for (const [c, p] of Object.entries(org.toolPolicy)) {
    policy.set(c, {
      level: RANK[p.level ?? "always"],
      tools: new Map(Object.entries(p.tools ?? {}).map(([t, l]) => [t, RANK[l]])),
    });
  }
  const members = new Map();
  for (const m of org.members) {
    const governed = m.role === "custom" && org.connectorPermissionsEnabled;
    members.set(m.id, { governed, roles: [...(held.get(m.id) ?? [])].map((r) => roles.get(r)) });
  }
  return { members, tools, policy };
}

export function decide(s, memberId, c, t) {
  const m = s.members.get(memberId);
  const listed = s.tools.get(c);
  if (m === undefined || listed === undefined || !listed.has(t)) return "blocked";
  const p = s.policy.get(c);
  const ceiling = p === undefined ? 2 : (p.tools.get(t) ?? p.level);
  if (!m.governed) return LEVELS[ceiling];
  let best = 0;
  for (const r of m.roles) {
    const row = r.rows.get(c);
    const l = row === undefined ? r.all : typeof row === "number" ? row : (row.get(t) ?? 0);
    if (l > best) best = l;
    if (best === 2) break;
  }
  return LEVELS[best < ceiling ? best : ceiling];
}

/**
 * Every tool of every connector for one member, in the shape of `resolveAccess`'s `connectors`: a
 * frozen list of frozen `{ connectorId, tools }`, each tool a frozen `{ memberId, connectorId, tool,
 * level }`. The member, each connector's policy and each role's row are looked up once, not per
 * tool: the floor of the full access matrix under IN-3 (everything returned is deeply frozen).
 */
export function matrix(s, memberId, connectors) {
  const m = s.members.get(memberId);
  const out = [];
  for (const { id: c, tools } of connectors) {
    const listed = s.tools.get(c);
    const p = s.policy.get(c);
    const rows = m?.governed ? m.roles.map((r) => r.rows.get(c) ?? r.all) : null;
    const decisions = tools.map((t) => {
      let level = 0;
      if (m !== undefined && listed !== undefined && listed.has(t)) {
        const ceiling = p === undefined ? 2 : (p.tools.get(t) ?? p.level);
        if (rows === null) level = ceiling;
        else {
          let best = 0;
          for (const row of rows) {
            const l = typeof row === "number" ? row : (row.get(t) ?? 0);
            if (l > best) best = l;
            if (best === 2) break;
          }
          level = best < ceiling ? best : ceiling;
        }
      }
      return Object.freeze({ memberId, connectorId: c, tool: t, level: LEVELS[level] });
    });
    out.push(Object.freeze({ connectorId: c, tools: Object.freeze(decisions) }));
  }
  return Object.freeze(out);
}
