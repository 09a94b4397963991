// The org as the browser entry reads it: plain maps from one pass over the org (its members, connectors,
// groups, mappings and assignments by id), and who a member is (GRP-1..GRP-3) found when first asked.
// The engine's compiled org (src/engine/compile.ts) packs every member into shared profiles for a
// backend's speed and memory; a frontend asks about one member, and this is a fraction of its code.
// Both are linear in the org, and both are kept with the org, which the library produced (IN-3).
import type { BuiltInRole, Connector, CustomRole, Group, Member, Org } from "../org.js";
import { getOrInsertComputed } from "../maps.js";
import type { CommonReason } from "../engine/reason.js";
import { mappingReasons as reasonsOfMapping } from "../engine/who.js";

/** What decides a member's answers, and what explains them. */
export interface MemberFacts {
  readonly member: Member;
  /** The built-in role in effect, after group mappings (GRP-3). */
  readonly builtInRole: BuiltInRole;
  /** The mapped groups that set the built-in role, by id, in org order; empty when no mapping applies. */
  readonly mappedVia: readonly string[];
  /** The roles the member holds, in org role order, each with the counting groups giving it, in org order (GRP-1, GRP-2). */
  readonly roles: readonly (readonly [role: CustomRole, via: readonly Group[]])[];
}

/** A connector the org has added, with its tools as a set (CON-7). */
export interface AddedConnector {
  readonly connector: Connector;
  readonly tools: ReadonlySet<string>;
}

/** One pass over an org: its members, connectors, groups, mappings and assignments by id; members' facts once asked. */
interface OrgMaps {
  readonly members: ReadonlyMap<string, Member>;
  readonly connectors: ReadonlyMap<string, AddedConnector>;
  /** GRP-1: the groups listing each id, in org order, each once. */
  readonly groupsOf: ReadonlyMap<string, readonly Group[]>;
  /** GRP-3: each mapped group's highest precedence, as a position in BY_RANK; empty when mappings are off. */
  readonly ranks: ReadonlyMap<string, number>;
  /** IN-2: the positions in `org.roles` of the roles assigned to each group (existing roles only). */
  readonly assigned: ReadonlyMap<string, readonly number[]>;
  /** The facts of the members asked about so far: at most one entry per member. */
  readonly facts: Map<Member, MemberFacts>;
}

// GRP-3's precedence, lowest first (owner > admin > custom > user): a role's rank is its position.
const BY_RANK: readonly BuiltInRole[] = ["user", "custom", "admin", "owner"];

/** The groups of an id that no group lists. */
const NO_GROUPS: readonly Group[] = /* @__PURE__ */ Object.freeze([]);

const maps = new WeakMap<Org, OrgMaps>();

/** Adds `item` to the list of `key`, unless it is that list's last already (so a run of one item is kept once). */
function append<K, V>(lists: Map<K, V[]>, key: K, item: V): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [item]);
  else if (list.at(-1) !== item) list.push(item);
}

/** The maps of one pass over the org: O(its members, group listings, mappings, roles and assignments). */
function mapsOf(org: Org): OrgMaps {
  // GRP-1: a group listing a member twice lists them once.
  const groupsOf = new Map<string, Group[]>();
  for (const group of org.groups) for (const id of group.members) append(groupsOf, id, group);
  const ranks = new Map<string, number>();
  const { groupMappings } = org;
  if (groupMappings?.enabled === true && groupMappings.mappings !== undefined)
    for (const { groupId, role } of groupMappings.mappings)
      ranks.set(groupId, Math.max(ranks.get(groupId) ?? 0, BY_RANK.indexOf(role)));
  // INVARIANT: ids are unique in an org that parseOrg or applyChanges produced (IN-1).
  const positions = new Map(org.roles.map((role, k) => [role.id, k]));
  const assigned = new Map<string, number[]>();
  for (const { groupId, roleId } of org.roleAssignments) {
    const k = positions.get(roleId);
    if (k !== undefined) append(assigned, groupId, k);
  }
  return {
    members: new Map(org.members.map((member) => [member.id, member])),
    connectors: new Map(
      org.connectors.map((connector) => [connector.id, { connector, tools: new Set(connector.tools) }]),
    ),
    groupsOf,
    ranks,
    assigned,
    facts: new Map(),
  };
}

/** GRP-1..GRP-3: the facts of one member, from the org's maps, in time linear in the member's groups and roles. */
function factsOf(org: Org, { groupsOf, ranks, assigned }: OrgMaps, member: Member): MemberFacts {
  const groups = groupsOf.get(member.id) ?? NO_GROUPS;
  // GRP-3: the mapped groups of highest precedence set the built-in role; a Primary Owner keeps theirs.
  const mapped = groups.filter((group) => member.role !== "primary-owner" && ranks.has(group.id));
  const rank = mapped.reduce((best, group) => Math.max(best, ranks.get(group.id) as number), -1);
  // GRP-2: in invite-only and JIT orgs only manual groups count for custom roles. A role assigned to
  // one group twice comes through it once.
  const via = new Map<number, Group[]>();
  for (const group of groups)
    if (org.provisioning === "scim" || group.source === "manual")
      for (const k of assigned.get(group.id) ?? []) append(via, k, group);
  return {
    member,
    builtInRole: BY_RANK[rank] ?? member.role,
    mappedVia: mapped.filter((group) => ranks.get(group.id) === rank).map((group) => group.id),
    roles: [...via.keys()].sort((a, b) => a - b).map((k) => [org.roles[k] as CustomRole, via.get(k) as Group[]]),
  };
}

/**
 * The facts of member `memberId` of the org, or `undefined` for an id that is not a member (CON-7,
 * GRP-1: a member of a sibling org listed by a group is not one). The org's maps are built on its
 * first question, a member's facts on the first question about them; both are kept with the org, so
 * memory is bounded by the org, whatever is asked.
 */
export function memberFacts(org: Org, memberId: string): MemberFacts | undefined {
  const found = getOrInsertComputed(maps, org, mapsOf);
  const member = found.members.get(memberId);
  return member && getOrInsertComputed(found.facts, member, () => factsOf(org, found, member));
}

/** The connector with this id, when the org has added it (CON-7). */
export function connectorOf(org: Org, connectorId: string): AddedConnector | undefined {
  return getOrInsertComputed(maps, org, mapsOf).connectors.get(connectorId);
}

/** GRP-3: why the member's built-in role is not the stored one, when a mapped group changed it; none otherwise. */
export function mappingReasons({ member, builtInRole, mappedVia }: MemberFacts): CommonReason[] {
  return reasonsOfMapping(member, builtInRole, mappedVia);
}
