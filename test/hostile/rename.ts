// Renaming every id of a kind through a bijection: the same org with other names, so that answers
// about an org with ordinary ids can be compared with answers about the same org with hostile ones.
import type { ConnectorGrant, Org } from "../../src/index.js";
import { MODEL_KNOWN_CAPABILITIES } from "../model/capabilities.js";

/** The kinds of ids an org holds, each its own namespace. */
export type IdKind = "member" | "group" | "role" | "connector" | "tool" | "capability";

export const ID_KINDS: readonly IdKind[] = ["member", "group", "role", "connector", "tool", "capability"];

/** Ids that objects inherit as property names, and odd characters: ids like any other (SPEC §1). */
export const HOSTILE_IDS: readonly string[] = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "valueOf",
  " ",
  "é",
  "👩‍💻",
];

/** The hostile ids, then more names that objects inherit: enough names to rename a whole org. */
export const HOSTILE_POOL: readonly string[] = [
  ...HOSTILE_IDS,
  "prototype",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "__defineGetter__",
  "__lookupSetter__",
  "then",
  "length",
  "0",
];

/** A renaming of each kind: a function, with its inverse, on every id of the org (and ghosts). */
export interface Renaming {
  readonly to: (kind: IdKind, id: string) => string;
  readonly back: (kind: IdKind, id: string) => string;
}

export const IDENTITY: Renaming = { to: (_kind, id) => id, back: (_kind, id) => id };

/** Ids that an org does not hold, asked about as well; part of every bijection's domain. */
export const GHOSTS: Readonly<Record<IdKind, string>> = {
  member: "ghost-member",
  group: "ghost-group",
  role: "ghost-role",
  connector: "ghost-connector",
  tool: "ghost-tool",
  capability: "ghost-capability",
};

/** Every id of one kind the org holds or names, in first-seen order, then the kind's ghost. */
export function idsOf(org: Org, kind: IdKind): readonly string[] {
  const ids: string[] = [];
  const add = (id: string): void => {
    if (!ids.includes(id)) ids.push(id);
  };
  switch (kind) {
    case "member":
      org.members.forEach((m) => add(m.id));
      org.groups.forEach((g) => g.members.forEach(add));
      break;
    case "group":
      org.groups.forEach((g) => add(g.id));
      org.roleAssignments.forEach((a) => add(a.groupId));
      org.groupMappings?.mappings?.forEach((m) => add(m.groupId));
      org.spend?.groupLimits?.forEach((l) => add(l.groupId));
      break;
    case "role":
      org.roles.forEach((r) => add(r.id));
      org.roleAssignments.forEach((a) => add(a.roleId));
      break;
    case "connector":
      org.connectors.forEach((c) => add(c.id));
      Object.keys(org.toolPolicy ?? {}).forEach(add);
      org.roles.forEach((r) => Object.keys(r.connectors.byConnector ?? {}).forEach(add));
      break;
    case "tool":
      org.connectors.forEach((c) => c.tools.forEach(add));
      Object.values(org.toolPolicy ?? {}).forEach((e) => Object.keys(e.tools ?? {}).forEach(add));
      org.roles.forEach((r) => {
        for (const row of Object.values(r.connectors.byConnector ?? {}))
          if (typeof row !== "string") Object.keys(row.custom).forEach(add);
      });
      break;
    case "capability":
      Object.keys(org.capabilities).forEach(add);
      org.roles.forEach((r) => r.capabilities.forEach(add));
      break;
  }
  add(GHOSTS[kind]);
  return ids;
}

/**
 * A bijection per kind from the org's ids onto `target(kind, i)`, the identity on known capability
 * ids (they have their own meaning: SPEC §1) and on kinds not in `kinds`.
 */
export function renamingFor(org: Org, kinds: readonly IdKind[], target: (kind: IdKind, i: number) => string): Renaming {
  const forward = new Map<IdKind, Map<string, string>>();
  const backward = new Map<IdKind, Map<string, string>>();
  for (const kind of kinds) {
    const ids = idsOf(org, kind).filter((id) => kind !== "capability" || !MODEL_KNOWN_CAPABILITIES.includes(id));
    const f = new Map<string, string>();
    ids.forEach((id, i) => f.set(id, target(kind, i)));
    const b = new Map([...f].map(([k, v]) => [v, k] as const));
    if (b.size !== f.size) throw new Error(`renaming of ${kind} ids is not a bijection`);
    forward.set(kind, f);
    backward.set(kind, b);
  }
  return {
    to: (kind, id) => forward.get(kind)?.get(id) ?? id,
    back: (kind, id) => backward.get(kind)?.get(id) ?? id,
  };
}

/** Hostile names for a kind: the pool, then numbered variants of it. */
export function hostileName(_kind: IdKind, i: number): string {
  const base = HOSTILE_POOL[i % HOSTILE_POOL.length] ?? "__proto__";
  const round = Math.floor(i / HOSTILE_POOL.length);
  return round === 0 ? base : `${base}${round}`;
}

/** Ordinary names for a kind: `member0`, `member1`... */
export function ordinaryName(kind: IdKind, i: number): string {
  return `${kind}${i}`;
}

/** A record with renamed keys, built with own properties only (never `obj[key] =`). */
function renameKeys<V, W>(
  record: Readonly<Record<string, V>>,
  key: (id: string) => string,
  value: (v: V) => W,
): Record<string, W> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [key(k), value(v)]));
}

function renameGrant(grant: ConnectorGrant, r: Renaming): ConnectorGrant {
  return typeof grant === "string"
    ? grant
    : {
        custom: renameKeys(
          grant.custom,
          (t) => r.to("tool", t),
          (l) => l,
        ),
      };
}

/** The org with every id renamed through `r`. Optional fields stay absent when absent. */
export function renameOrg(org: Org, r: Renaming): Org {
  const to = r.to;
  return {
    ...org,
    capabilities: renameKeys(
      org.capabilities,
      (c) => to("capability", c),
      (v) => v,
    ),
    connectors: org.connectors.map((c) => ({
      ...c,
      id: to("connector", c.id),
      tools: c.tools.map((t) => to("tool", t)),
    })),
    ...(org.toolPolicy === undefined
      ? {}
      : {
          toolPolicy: renameKeys(
            org.toolPolicy,
            (c) => to("connector", c),
            (entry) => ({
              ...entry,
              ...(entry.tools === undefined
                ? {}
                : {
                    tools: renameKeys(
                      entry.tools,
                      (t) => to("tool", t),
                      (l) => l,
                    ),
                  }),
            }),
          ),
        }),
    roles: org.roles.map((role) => ({
      ...role,
      id: to("role", role.id),
      capabilities: role.capabilities.map((c) => to("capability", c)),
      connectors: {
        all: renameGrant(role.connectors.all, r),
        ...(role.connectors.byConnector === undefined
          ? {}
          : {
              byConnector: renameKeys(
                role.connectors.byConnector,
                (c) => to("connector", c),
                (g) => renameGrant(g, r),
              ),
            }),
      },
    })),
    groups: org.groups.map((g) => ({ ...g, id: to("group", g.id), members: g.members.map((m) => to("member", m)) })),
    roleAssignments: org.roleAssignments.map((a) => ({
      groupId: to("group", a.groupId),
      roleId: to("role", a.roleId),
    })),
    ...(org.groupMappings === undefined
      ? {}
      : {
          groupMappings: {
            ...org.groupMappings,
            mappings: (org.groupMappings.mappings ?? []).map((m) => ({ ...m, groupId: to("group", m.groupId) })),
          },
        }),
    members: org.members.map((m) => ({ ...m, id: to("member", m.id) })),
    ...(org.spend === undefined
      ? {}
      : {
          spend: {
            ...org.spend,
            ...(org.spend.groupLimits === undefined
              ? {}
              : { groupLimits: org.spend.groupLimits.map((l) => ({ ...l, groupId: to("group", l.groupId) })) }),
          },
        }),
  };
}
