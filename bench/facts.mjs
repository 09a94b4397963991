// Identity facts and the catalog, as an application computes them before it asks an authorization
// engine (after ../shared/peers/common.mjs): who is a member, which groups count for them (GRP-1,
// GRP-2), the effective built-in role (GRP-3), whether role grants apply (CON-5, CON-6), and which
// connectors are added with which tools (CON-7). Used by the CASL version (casl.mjs).

export const LEVELS = Object.freeze(["blocked", "approval", "always"]);

/** Own-property read that is safe for ids like "__proto__", "constructor", "toString". */
export function own(obj, key) {
  return obj != null && typeof obj === "object" && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** Own [key, value] pairs of a JSON object ({} for null/undefined). Safe for "__proto__" keys. */
export function ownEntries(obj) {
  return obj != null && typeof obj === "object" ? Object.entries(obj) : [];
}

/** The actions a level grants, highest threshold first. */
export function actionsFor(level) {
  return level === "always" ? ["use_always", "use_approval"] : level === "approval" ? ["use_approval"] : [];
}

/**
 * Identity facts (GRP-1, GRP-2, GRP-3) and the catalog (CON-7), computed once per org.
 *
 * members: Map memberId -> { id, builtin, governed, groups: string[] }
 *   builtin  = effective built-in role (GRP-3 group mappings applied; primary-owner never changes)
 *   governed = connector permissions on (CON-6) and builtin === "custom" (CON-5, GRP-4)
 *   groups   = ids of existing groups that list the member and count for custom roles (GRP-2)
 * catalog: Map connectorId -> Set(tool)  (connectors added to the org and the tools they list)
 * roles:   Map roleId -> role
 * groupRoles: Map groupId -> roleId[]  (role assignments whose group and role both exist, deduped)
 */
export function orgFacts(org) {
  const catalog = new Map();
  for (const c of org.connectors) catalog.set(c.id, new Set(c.tools));

  const roles = new Map();
  for (const r of org.roles) roles.set(r.id, r);

  const groupsById = new Map();
  for (const g of org.groups) groupsById.set(g.id, g);

  const groupRoles = new Map();
  for (const a of org.roleAssignments) {
    if (!groupsById.has(a.groupId) || !roles.has(a.roleId)) continue; // IN-2 dangling: grants nothing
    let list = groupRoles.get(a.groupId);
    if (!list) groupRoles.set(a.groupId, (list = []));
    if (!list.includes(a.roleId)) list.push(a.roleId);
  }

  // GRP-2: in invite-only and jit orgs only "manual" groups count for custom roles.
  const onlyManual = org.provisioning === "invite-only" || org.provisioning === "jit";
  const memberIds = new Set(org.members.map((m) => m.id));
  const groupsOf = new Map(); // memberId -> all groups listing them (for GRP-3 mappings)
  for (const g of org.groups) {
    for (const mid of new Set(g.members ?? [])) {
      if (!memberIds.has(mid)) continue; // GRP-1: a group member who is not a member of this org gets nothing
      let list = groupsOf.get(mid);
      if (!list) groupsOf.set(mid, (list = []));
      list.push(g);
    }
  }

  // GRP-3: group mappings (Path A) decide the built-in role when enabled.
  const mappings = org.groupMappings?.enabled ? (org.groupMappings.mappings ?? []) : [];
  const mappedRoles = new Map(); // groupId -> Set(role)
  for (const mp of mappings) {
    let s = mappedRoles.get(mp.groupId);
    if (!s) mappedRoles.set(mp.groupId, (s = new Set()));
    s.add(mp.role);
  }
  const PRECEDENCE = ["owner", "admin", "custom", "user"];

  const members = new Map();
  for (const m of org.members) {
    const gs = groupsOf.get(m.id) ?? [];
    let builtin = m.role;
    if (mappings.length && builtin !== "primary-owner") {
      const got = new Set();
      for (const g of gs) for (const r of mappedRoles.get(g.id) ?? []) got.add(r);
      const best = PRECEDENCE.find((r) => got.has(r));
      if (best) builtin = best;
    }
    const groups = gs.filter((g) => !onlyManual || g.source === "manual").map((g) => g.id);
    members.set(m.id, {
      id: m.id,
      builtin,
      governed: org.connectorPermissionsEnabled === true && builtin === "custom",
      groups,
    });
  }
  return { members, catalog, roles, groupRoles };
}

/**
 * The org-wide tool policy entries for added connectors, resolved per tool (SPEC 1: a connector
 * absent = "always"; entry.level defaults to "always"; a tool's own entry overrides either way).
 * Returns Map connectorId -> { level, tools: Map(tool -> level) } for connectors that have an entry.
 */
export function toolPolicyEntries(org, catalog) {
  const out = new Map();
  for (const [cid, entry] of ownEntries(org.toolPolicy)) {
    if (!catalog.has(cid) || entry == null) continue; // policy for a connector not added: nothing to cap
    out.set(cid, { level: entry.level ?? "always", tools: new Map(ownEntries(entry.tools)) });
  }
  return out;
}
