import type { Level } from "../level.js";
import { KNOWN_CAPABILITIES, type BuiltInRole, type Connector, type CustomRole, type Group, type MappableRole, type Member, type Org, type Seat } from "../org.js";
import type { CapabilityDecision, ToolDecision } from "./decision.js";

/**
 * A compiled connector row: a level for every tool, or a Custom row's tool → level table.
 * `null` stands for the All connectors row set to Custom, which has no tools of its own.
 */
export type CompiledGrant = Level | ReadonlyMap<string, Level>;

/** A custom role with its Capabilities and Connectors tabs as lookup tables. */
export interface CompiledRole {
  readonly role: CustomRole;
  /** The role's position in the org's role list. */
  readonly order: number;
  readonly capabilities: ReadonlySet<string>;
  /** The All connectors row; `null` when it is Custom (CON-2). */
  readonly all: Level | null;
  readonly byConnector: ReadonlyMap<string, CompiledGrant>;
}

/** A non-empty list. */
export type NonEmpty<T> = readonly [T, ...T[]];

/** A role a member holds, and the groups (in org order) it comes through. */
export interface HeldCompiledRole {
  readonly role: CompiledRole;
  readonly via: NonEmpty<Group>;
}

/** What the engine knows of one member of the org, computed once per member. */
export interface MemberContext {
  readonly member: Member;
  readonly builtInRole: BuiltInRole;
  /** The mapped groups that set the built-in role (GRP-3); empty when no mapped group applies. */
  readonly mappedVia: readonly string[];
  /** The seat in effect on a dual-seat plan; `null` on a standard plan. */
  readonly seat: Seat | null;
  /** Every group listing the member, in org order (spend limits count them all, GRP-2 Decision). */
  readonly groups: readonly Group[];
  /** The groups that count for custom roles (GRP-2), in org order. */
  readonly roleGroups: readonly Group[];
  /** The roles assigned in this org to `roleGroups`, in org role order (GRP-1). */
  readonly held: readonly HeldCompiledRole[];
  /** Decisions already made for the member: connector id → tool → decision (see `remember`). */
  readonly toolDecisions: Map<string, Map<string, ToolDecision>>;
  /** Decisions already made for the member: capability → decision (see `remember`). */
  readonly capabilityDecisions: Map<string, CapabilityDecision>;
}

/**
 * How many decisions one org's index remembers at most. Decisions are frozen and depend only on the
 * frozen org, so remembering them is safe; the bound keeps memory flat for huge orgs, past it
 * decisions are computed afresh (same answers, no memory growth).
 */
export const MEMO_LIMIT = 250_000;

/** One connector's org-wide tool policy entry, as lookup tables. */
export interface CompiledPolicy {
  readonly level: Level;
  readonly tools: ReadonlyMap<string, Level>;
}

/** The per-org index every question is answered from. */
export interface OrgIndex {
  readonly org: Org;
  readonly roles: ReadonlyMap<string, CompiledRole>;
  readonly connectors: ReadonlyMap<string, { readonly connector: Connector; readonly tools: ReadonlySet<string> }>;
  readonly policy: ReadonlyMap<string, CompiledPolicy>;
  /** The capabilities switched on at org level (CAP-1). */
  readonly enabledCapabilities: ReadonlySet<string>;
  /** Every capability id known, switched at org level or named by a role, in that order. */
  readonly capabilityIds: readonly string[];
  /** The member's context, or `undefined` for an id that is not a member of this org. */
  member(memberId: string): MemberContext | undefined;
  /** Every member's context, in org order. */
  allMembers(): readonly MemberContext[];
  /** Whether another decision may still be remembered (counts it when so). */
  mayRemember(): boolean;
}


// GRP-3: owner > admin > custom > user.
const MAPPING_RANK: Readonly<Record<MappableRole, number>> = { owner: 3, admin: 2, custom: 1, user: 0 };

function compileGrant(grant: CustomRole["connectors"]["all"]): CompiledGrant {
  return typeof grant === "string" ? grant : new Map(Object.entries(grant.custom));
}

function compileRole(role: CustomRole, order: number): CompiledRole {
  const byConnector = new Map<string, CompiledGrant>();
  for (const [connectorId, grant] of Object.entries(role.connectors.byConnector ?? {})) {
    byConnector.set(connectorId, compileGrant(grant));
  }
  const all = role.connectors.all;
  return { role, order, capabilities: new Set(role.capabilities), all: typeof all === "string" ? all : null, byConnector };
}

function pushUnique<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * Builds the index of an org. O(size of the org); every question after it costs O(roles the member
 * holds) at most.
 */
export function buildIndex(org: Org, memoLimit = MEMO_LIMIT): OrgIndex {
  const members = new Map<string, Member>();
  for (const member of org.members) if (!members.has(member.id)) members.set(member.id, member);

  const groupsOf = new Map<string, Group[]>();
  for (const group of org.groups) {
    // GRP-1: groups belong to the parent org, so they may list people who are not members here; they
    // get nothing here. Only members get a context, so skipping the others only keeps a child org's
    // index small when its parent's groups are large.
    // Stryker disable next-line ConditionalExpression: equivalent, see the line above
    for (const memberId of group.members) if (members.has(memberId)) pushUnique(groupsOf, memberId, group);
  }

  const roles = new Map<string, CompiledRole>();
  for (const role of org.roles) if (!roles.has(role.id)) roles.set(role.id, compileRole(role, roles.size));

  // IN-2: an assignment to a missing role grants nothing.
  const rolesOfGroup = new Map<string, CompiledRole[]>();
  for (const { groupId, roleId } of org.roleAssignments) {
    const role = roles.get(roleId);
    if (role !== undefined) pushUnique(rolesOfGroup, groupId, role);
  }

  const mappedRoles = new Map<string, MappableRole[]>();
  if (org.groupMappings?.enabled === true) {
    for (const { groupId, role } of org.groupMappings.mappings ?? []) pushUnique(mappedRoles, groupId, role);
  }

  const connectors = new Map<string, { connector: Connector; tools: ReadonlySet<string> }>();
  for (const connector of org.connectors) {
    if (!connectors.has(connector.id)) connectors.set(connector.id, { connector, tools: new Set(connector.tools) });
  }

  const policy = new Map<string, CompiledPolicy>();
  for (const [connectorId, entry] of Object.entries(org.toolPolicy ?? {})) {
    policy.set(connectorId, { level: entry.level ?? "always", tools: new Map(Object.entries(entry.tools ?? {})) });
  }

  const capabilityIds = new Set<string>(KNOWN_CAPABILITIES);
  const enabledCapabilities = new Set<string>();
  for (const [id, on] of Object.entries(org.capabilities)) {
    capabilityIds.add(id);
    // CAP-1: only a switch that is exactly `true` is on; absent or anything else is off.
    if (on === true) enabledCapabilities.add(id);
  }
  for (const role of org.roles) for (const id of role.capabilities) capabilityIds.add(id);

  // GRP-2: in invite-only and JIT orgs only manual groups count for custom roles.
  const scimCounts = org.provisioning === "scim";
  const contexts = new Map<string, MemberContext>();

  function contextOf(member: Member): MemberContext {
    const groups = groupsOf.get(member.id) ?? [];
    const roleGroups = scimCounts ? groups : groups.filter((group) => group.source === "manual");

    const viaByRole = new Map<CompiledRole, [Group, ...Group[]]>();
    for (const group of roleGroups) {
      for (const role of rolesOfGroup.get(group.id) ?? []) {
        const via = viaByRole.get(role);
        if (via === undefined) viaByRole.set(role, [group]);
        else via.push(group);
      }
    }
    const held = [...viaByRole]
      .map(([role, via]) => ({ role, via }))
      .sort((a, b) => a.role.order - b.role.order);

    // GRP-3: the role the next sync would assign; mapped groups count whatever their source.
    let builtInRole: BuiltInRole = member.role;
    let mappedVia: string[] = [];
    if (member.role !== "primary-owner") {
      let best = -1;
      for (const group of groups) {
        // Stryker disable next-line ArrayDeclaration: equivalent, a made-up mapped role has no rank, so it changes nothing
        for (const role of mappedRoles.get(group.id) ?? []) {
          const rank = MAPPING_RANK[role];
          if (rank > best) {
            best = rank;
            builtInRole = role;
            mappedVia = [group.id];
          } else if (rank === best) {
            // INVARIANT: a group appears once in `groups` and maps to each role once.
            mappedVia.push(group.id);
          }
        }
      }
    }

    const seat = org.seatPlan === "dual" ? (member.seat ?? "chat") : null;
    return { member, builtInRole, mappedVia, seat, groups, roleGroups, held, toolDecisions: new Map(), capabilityDecisions: new Map() };
  }

  function cachedContext(member: Member): MemberContext {
    let context = contexts.get(member.id);
    if (context === undefined) {
      context = contextOf(member);
      contexts.set(member.id, context);
    }
    return context;
  }

  let remembered = 0;

  return {
    org,
    roles,
    connectors,
    policy,
    enabledCapabilities,
    capabilityIds: [...capabilityIds],
    member(memberId) {
      const member = members.get(memberId);
      return member === undefined ? undefined : cachedContext(member);
    },
    allMembers() {
      return [...members.values()].map(cachedContext);
    },
    mayRemember() {
      if (remembered >= memoLimit) return false;
      remembered++;
      return true;
    },
  };
}

const cache = new WeakMap<Org, OrgIndex>();

/**
 * The index of an org, built once per org object. Only frozen orgs (as `parseOrg` returns) are
 * cached: an org that can still change is indexed afresh on every call, so no answer is ever served
 * from a stale index.
 */
export function indexOf(org: Org): OrgIndex {
  if (!Object.isFrozen(org)) return buildIndex(org);
  let index = cache.get(org);
  if (index === undefined) {
    index = buildIndex(org);
    cache.set(org, index);
  }
  return index;
}
