// fast-check arbitraries for the org format (SPEC §1): one per data type, composed into whole orgs.
// Every value is valid for parseOrg, and stays valid while shrinking: lists with unique ids are
// fc.uniqueArray, and references between parts are drawn as indexes (or dangling ids) and resolved
// by a pure .map, so any shrunk draw resolves to a valid org. Ids come partly from HOSTILE_IDS, as
// every kind of id. Nothing here mutates a drawn value (fast-check may reuse it while shrinking).
import fc from "fast-check";
import type {
  Billing,
  BuiltInRole,
  Connector,
  ConnectorGrant,
  CustomGrant,
  CustomRole,
  Group,
  GroupMapping,
  GroupMappings,
  GroupSource,
  GroupSpendLimit,
  Level,
  MappableRole,
  Member,
  Org,
  Provisioning,
  RoleAssignment,
  RoleConnectors,
  Seat,
  SeatPlan,
  SpendSettings,
  ToolPolicy,
  ToolPolicyEntry,
} from "../src/index.js";
import { KNOWN_CAPABILITIES } from "../src/index.js";

/** Ids that objects inherit as property names, plus odd characters: ids like any other (SPEC §1). */
export const HOSTILE_IDS: readonly string[] = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "valueOf",
  " ",
  "é",
  "👩‍💻",
  "a.b",
  "[0]",
];

/** The capability ids SPEC §1 names. */
export { KNOWN_CAPABILITIES };

/** An id of one kind: mostly `<prefix><n>` (so ids repeat across draws), sometimes hostile, sometimes any non-empty string. */
export function arbId(prefix: string): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: 1, max: 12 }).map((n) => `${prefix}${n}`) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_IDS) },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 4 }) },
  );
}

/** A display name: any string, the empty one and hostile ones included. */
export function arbName(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: 10 }) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_IDS) },
  );
}

/** An object keyed by ids drawn by `keys` (each once), built with Object.fromEntries so `__proto__` is an own key. */
export function arbRecord<T>(
  keys: fc.Arbitrary<string>,
  values: fc.Arbitrary<T>,
  maxKeys = 4,
): fc.Arbitrary<Record<string, T>> {
  return fc
    .uniqueArray(fc.tuple(keys, values), { selector: ([key]) => key, maxLength: maxKeys })
    .map((entries) => Object.fromEntries(entries));
}

/** A level (CON-1). */
export function arbLevel(): fc.Arbitrary<Level> {
  return fc.constantFrom<Level>("always", "approval", "blocked");
}

/** A built-in role. */
export function arbBuiltInRole(): fc.Arbitrary<BuiltInRole> {
  return fc.constantFrom<BuiltInRole>("primary-owner", "owner", "admin", "user", "custom");
}

/** A role that a group can be mapped to (GRP-3). */
export function arbMappableRole(): fc.Arbitrary<MappableRole> {
  return fc.constantFrom<MappableRole>("custom", "user", "admin", "owner");
}

/** A seat of a dual-seat plan. */
export function arbSeat(): fc.Arbitrary<Seat> {
  return fc.constantFrom<Seat>("chat", "chat-code");
}

/** A seat plan. */
export function arbSeatPlan(): fc.Arbitrary<SeatPlan> {
  return fc.constantFrom<SeatPlan>("standard", "dual");
}

/** A billing mode. */
export function arbBilling(): fc.Arbitrary<Billing> {
  return fc.constantFrom<Billing>("seat", "usage");
}

/** A provisioning mode. */
export function arbProvisioning(): fc.Arbitrary<Provisioning> {
  return fc.constantFrom<Provisioning>("invite-only", "jit", "scim");
}

/** A group source. */
export function arbGroupSource(): fc.Arbitrary<GroupSource> {
  return fc.constantFrom<GroupSource>("manual", "scim");
}

/** Money in minor units: small amounts, 0, and the largest safe integer. */
export function arbMoney(): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 200_000 }) },
    { weight: 1, arbitrary: fc.constantFrom(0, Number.MAX_SAFE_INTEGER) },
  );
}

/** A capability id: mostly a known one, sometimes an unknown or hostile one (SPEC §1). */
export function arbCapabilityId(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...KNOWN_CAPABILITIES) },
    { weight: 1, arbitrary: arbId("cap") },
  );
}

/** The org-level capability switches. */
export function arbCapabilitySwitches(): fc.Arbitrary<Record<string, boolean>> {
  return arbRecord(arbCapabilityId(), fc.boolean(), 9);
}

/** A Custom row with some tools, drawn by `tools`. */
export function arbCustomGrant(tools: fc.Arbitrary<string> = arbId("tool")): fc.Arbitrary<CustomGrant> {
  return arbRecord(tools, arbLevel()).map((custom) => ({ custom }));
}

/** A connector row: a level or Custom. */
export function arbConnectorGrant(): fc.Arbitrary<ConnectorGrant> {
  return fc.oneof({ weight: 3, arbitrary: arbLevel() }, { weight: 2, arbitrary: arbCustomGrant() });
}

/** The All connectors row: a level or `{ "custom": {} }`. */
export function arbAllConnectorsGrant(): fc.Arbitrary<ConnectorGrant> {
  return fc.oneof({ weight: 4, arbitrary: arbLevel() }, { weight: 1, arbitrary: fc.constant({ custom: {} }) });
}

/** A role's Connectors tab; its per-connector rows name connectors that an org may not have (IN-2). */
export function arbRoleConnectors(): fc.Arbitrary<RoleConnectors> {
  return fc.record(
    { all: arbAllConnectorsGrant(), byConnector: arbRecord(arbId("conn"), arbConnectorGrant(), 3) },
    { requiredKeys: ["all"] },
  );
}

/** A custom role; a capability may be listed twice (harmless). */
export function arbCustomRole(): fc.Arbitrary<CustomRole> {
  return fc.record({
    id: arbId("role"),
    name: arbName(),
    capabilities: fc.array(arbCapabilityId(), { maxLength: 5 }),
    connectors: arbRoleConnectors(),
  });
}

/** A group; its members are any ids (members of sibling orgs included), a member sometimes listed twice. */
export function arbGroup(): fc.Arbitrary<Group> {
  return fc.record({
    id: arbId("g"),
    name: arbName(),
    source: arbGroupSource(),
    members: fc.array(arbId("x"), { maxLength: 3 }),
  });
}

/** A member, with or without an email, a seat and an individual spend limit. */
export function arbMember(): fc.Arbitrary<Member> {
  return fc.record(
    {
      id: arbId("u"),
      email: fc.oneof(fc.constant("ana@acme.test"), fc.string({ maxLength: 8 })),
      role: arbBuiltInRole(),
      seat: arbSeat(),
      spendLimit: arbMoney(),
    },
    { requiredKeys: ["id", "role"] },
  );
}

/** A connector with up to `maxTools` tools, each listed once. */
export function arbConnector(maxTools = 4): fc.Arbitrary<Connector> {
  return fc.record({
    id: arbId("conn"),
    name: arbName(),
    tools: fc.uniqueArray(arbId("tool"), { maxLength: maxTools }),
  });
}

/** An org-wide tool policy entry: an optional level, optional per-tool overrides. */
export function arbToolPolicyEntry(): fc.Arbitrary<ToolPolicyEntry> {
  return fc.record({ level: arbLevel(), tools: arbRecord(arbId("tool"), arbLevel(), 3) }, { requiredKeys: [] });
}

/** An org-wide tool policy, for connectors that an org may not have (IN-2). */
export function arbToolPolicy(): fc.Arbitrary<ToolPolicy> {
  return arbRecord(arbId("conn"), arbToolPolicyEntry(), 3);
}

/** A role assignment, to any group and role (dangling ones included). */
export function arbRoleAssignment(): fc.Arbitrary<RoleAssignment> {
  return fc.record({ groupId: arbId("g"), roleId: arbId("role") });
}

/** A group mapping row. */
export function arbGroupMapping(): fc.Arbitrary<GroupMapping> {
  return fc.record({ groupId: arbId("g"), role: arbMappableRole() });
}

/** The group mappings, enabled or not. */
export function arbGroupMappings(): fc.Arbitrary<GroupMappings> {
  return fc.record({ enabled: fc.boolean(), mappings: fc.array(arbGroupMapping(), { maxLength: 4 }) });
}

/** A group spend limit. */
export function arbGroupSpendLimit(): fc.Arbitrary<GroupSpendLimit> {
  return fc.record({ groupId: arbId("g"), limit: arbMoney() });
}

/** Spend settings; at most one limit per group. */
export function arbSpendSettings(): fc.Arbitrary<SpendSettings> {
  return fc.record(
    {
      orgLimit: arbMoney(),
      multiGroup: fc.constantFrom<"lowest" | "highest">("lowest", "highest"),
      groupLimits: fc.uniqueArray(arbGroupSpendLimit(), { selector: (l) => l.groupId, maxLength: 4 }),
    },
    { requiredKeys: [] },
  );
}

// ---------------------------------------------------------------------------------------------
// Whole orgs: parts drawn on their own, then tied together by references resolved in a pure map.

/** A reference drawn as an index into the org's list (taken modulo its length), or a dangling id. */
type Ref = { readonly pick: number } | { readonly id: string };

function arbRef(dangling: fc.Arbitrary<string>): fc.Arbitrary<Ref> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.nat().map((pick) => ({ pick })) },
    { weight: 1, arbitrary: dangling.map((id) => ({ id })) },
  );
}

function resolve(ref: Ref, ids: readonly string[]): string | undefined {
  if ("id" in ref) return ref.id;
  return ids.length === 0 ? undefined : ids[ref.pick % ids.length];
}

/** The first value for each key: what makes a resolved list or record valid again. */
function firstByKey<T>(entries: readonly (readonly [string | undefined, T])[]): [string, T][] {
  const seen = new Map<string, T>();
  for (const [key, value] of entries) if (key !== undefined && !seen.has(key)) seen.set(key, value);
  return [...seen];
}

/** How big {@link arbOrg}'s orgs get. */
export interface ArbOrgOptions {
  readonly maxMembers?: number;
  readonly maxGroups?: number;
  readonly maxRoles?: number;
  readonly maxConnectors?: number;
  readonly maxTools?: number;
}

function arbToolRows(): fc.Arbitrary<readonly (readonly [Ref, Level])[]> {
  return fc.array(fc.tuple(arbRef(arbId("tool")), arbLevel()), { maxLength: 4 });
}

function arbParts(options: ArbOrgOptions) {
  const unique = <T extends { readonly id: string }>(arb: fc.Arbitrary<T>, maxLength: number) =>
    fc.uniqueArray(arb, { selector: (x) => x.id, maxLength });
  return fc.record(
    {
      id: arbId("org"),
      parentId: arbId("org"),
      billing: arbBilling(),
      seatPlan: arbSeatPlan(),
      provisioning: arbProvisioning(),
      capabilities: arbCapabilitySwitches(),
      connectorPermissionsEnabled: fc.boolean(),
      connectors: unique(arbConnector(options.maxTools ?? 4), options.maxConnectors ?? 4),
      toolPolicy: arbToolPolicy(),
      roles: unique(arbCustomRole(), options.maxRoles ?? 5),
      groups: unique(arbGroup(), options.maxGroups ?? 6),
      members: unique(arbMember(), options.maxMembers ?? 8),
      groupMappings: arbGroupMappings(),
      spend: arbSpendSettings(),
      // References, resolved against the lists above.
      memberships: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 16 }),
      assignments: fc.array(fc.tuple(arbRef(arbId("g")), arbRef(arbId("role"))), { maxLength: 8 }),
      rows: fc.array(fc.record({ role: fc.nat(), connector: fc.nat(), grant: fc.oneof(arbLevel(), arbToolRows()) }), {
        maxLength: 8,
      }),
      policy: fc.array(
        fc.record({ connector: fc.nat(), level: fc.option(arbLevel(), { nil: null }), tools: arbToolRows() }),
        { maxLength: 4 },
      ),
      mappings: fc.array(fc.tuple(arbRef(arbId("g")), arbMappableRole()), { maxLength: 4 }),
      limits: fc.array(fc.tuple(arbRef(arbId("g")), arbMoney()), { maxLength: 4 }),
    },
    {
      requiredKeys: [
        "id",
        "billing",
        "seatPlan",
        "provisioning",
        "capabilities",
        "connectorPermissionsEnabled",
        "connectors",
        "roles",
        "groups",
        "members",
        "memberships",
        "assignments",
        "rows",
        "policy",
        "mappings",
        "limits",
      ],
    },
  );
}

type Parts = ReturnType<typeof arbParts> extends fc.Arbitrary<infer P> ? P : never;

function customOf(rows: readonly (readonly [Ref, Level])[], tools: readonly string[]): CustomGrant {
  return { custom: Object.fromEntries(firstByKey(rows.map(([ref, level]) => [resolve(ref, tools), level] as const))) };
}

function withRows(role: CustomRole, rows: readonly (readonly [string, ConnectorGrant])[]): CustomRole {
  if (rows.length === 0) return role;
  const byConnector = Object.fromEntries(firstByKey([...rows, ...Object.entries(role.connectors.byConnector ?? {})]));
  return { ...role, connectors: { ...role.connectors, byConnector } };
}

function withLimits(spend: SpendSettings, limits: readonly (readonly [string | undefined, number])[]): SpendSettings {
  if (limits.length === 0) return spend;
  const drawn = (spend.groupLimits ?? []).map((l) => [l.groupId, l.limit] as const);
  return { ...spend, groupLimits: firstByKey([...limits, ...drawn]).map(([groupId, limit]) => ({ groupId, limit })) };
}

function assemble(p: Parts): Org {
  const memberIds = p.members.map((m) => m.id);
  const groupIds = p.groups.map((g) => g.id);
  const roleIds = p.roles.map((r) => r.id);
  const connectorOf = (n: number): Connector | undefined => p.connectors[n % Math.max(1, p.connectors.length)];
  const groups = p.groups.map((group, g) => {
    const added = p.memberships
      .filter(([gi]) => gi % p.groups.length === g)
      .map(([, mi]) => resolve({ pick: mi }, memberIds));
    return { ...group, members: [...group.members, ...added.filter((id): id is string => id !== undefined)] };
  });
  const roles = p.roles.map((role, r) => {
    const rows = p.rows.flatMap(({ role: ri, connector: ci, grant }) => {
      const connector = connectorOf(ci);
      if (ri % p.roles.length !== r || connector === undefined) return [];
      return [[connector.id, typeof grant === "string" ? grant : customOf(grant, connector.tools)] as const];
    });
    return withRows(role, rows);
  });
  const policyRows = p.policy.flatMap(({ connector: ci, level, tools }) => {
    const connector = connectorOf(ci);
    if (connector === undefined) return [];
    const overrides = customOf(tools, connector.tools).custom;
    const entry: ToolPolicyEntry = {
      ...(level === null ? {} : { level }),
      ...(Object.keys(overrides).length === 0 ? {} : { tools: overrides }),
    };
    return [[connector.id, entry] as const];
  });
  const toolPolicy =
    policyRows.length === 0
      ? p.toolPolicy
      : Object.fromEntries(firstByKey([...policyRows, ...Object.entries(p.toolPolicy ?? {})]));
  const roleAssignments = p.assignments.flatMap(([g, r]) => {
    const groupId = resolve(g, groupIds);
    const roleId = resolve(r, roleIds);
    return groupId === undefined || roleId === undefined ? [] : [{ groupId, roleId }];
  });
  const mapped = p.mappings.flatMap(([g, role]) => {
    const groupId = resolve(g, groupIds);
    return groupId === undefined ? [] : [{ groupId, role }];
  });
  const groupMappings =
    p.groupMappings === undefined
      ? undefined
      : { ...p.groupMappings, mappings: [...mapped, ...(p.groupMappings.mappings ?? [])] };
  const spend =
    p.spend === undefined
      ? undefined
      : withLimits(
          p.spend,
          p.limits.map(([g, limit]) => [resolve(g, groupIds), limit] as const),
        );
  return {
    id: p.id,
    ...(p.parentId === undefined ? {} : { parentId: p.parentId }),
    billing: p.billing,
    seatPlan: p.seatPlan,
    provisioning: p.provisioning,
    capabilities: p.capabilities,
    connectorPermissionsEnabled: p.connectorPermissionsEnabled,
    connectors: p.connectors,
    ...(toolPolicy === undefined ? {} : { toolPolicy }),
    roles,
    groups,
    roleAssignments,
    ...(groupMappings === undefined ? {} : { groupMappings }),
    members: p.members,
    ...(spend === undefined ? {} : { spend }),
  };
}

/**
 * A valid org, rich enough for engine tests: 0–8 members, 0–6 manual and SCIM groups listing org
 * members and members of sibling orgs, 0–5 roles with All connectors rows (levels or Custom) and
 * per-connector rows (for added connectors, with their tools, and for others), 0–4 connectors with
 * 0–4 tools, tool policies (with tool overrides, for added and unknown connectors), role
 * assignments and group mappings (some dangling), both seat plans, both billing modes, spend
 * settings, every provisioning mode, known and unknown capabilities; ids partly hostile.
 */
export function arbOrg(options: ArbOrgOptions = {}): fc.Arbitrary<Org> {
  return arbParts(options).map(assemble);
}

/** The same orgs as {@link arbOrg}, as plain JSON values (what `JSON.parse` gives for an org file). */
export function arbOrgJson(options: ArbOrgOptions = {}): fc.Arbitrary<fc.JsonValue> {
  return arbOrg(options).map((org) => JSON.parse(JSON.stringify(org)) as fc.JsonValue);
}
