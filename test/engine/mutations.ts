// Changes to an org, for property tests: each change is plain data drawn by an arbitrary (indexes
// into the org's lists, taken modulo their lengths, so a change shrinks to "the first one"), and a
// function applies it to any valid org and returns a new valid org, or `undefined` when the org has
// nothing the change can apply to (no group to join, the membership already there, ...).
// Whole orgs and their parts come from test/arbitraries.ts; only changes are drawn here.
import fc from "fast-check";
import { applyChanges } from "../../src/admin/applyChanges.js";
import type { Change } from "../../src/admin/change.js";
import type { BuiltInRole, Connector, CustomRole, Level, Member, Org, ToolPolicyEntry } from "../../src/index.js";
import { parseOrg } from "../../src/index.js";
import { isProduced } from "../../src/parse/produced.js";

/** An element of a list picked by an index taken modulo its length; `undefined` for an empty list. */
function pick<T>(list: readonly T[], index: number): T | undefined {
  return list.length === 0 ? undefined : list[index % list.length];
}

/** The org after an admin action (SPEC §8), applied with applyChanges (the org parsed first when it was drawn as plain data). */
function admin(org: Org, ...changes: readonly Change[]): Org {
  return applyChanges(isProduced(org) ? org : parseOrg(org), changes);
}

/** An id based on `wanted` that none of `taken` holds (primes appended until free). */
export function freshId(wanted: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let id = wanted;
  while (used.has(id)) id = `${id}′`;
  return id;
}

// ---------------------------------------------------------------------------------------------
// Recasting members: most properties are about Custom-roles members who hold roles, so they draw
// orgs where more members are set to Custom roles and more groups have roles.

/** A new stored built-in role for some members (by position; `null` keeps the member's own). */
export interface Recast {
  readonly roles: readonly (BuiltInRole | null)[];
}

/** Any {@link Recast}, with Custom roles three times as likely as each other built-in role. */
export function arbRecast(): fc.Arbitrary<Recast> {
  const role = fc.oneof(
    { weight: 3, arbitrary: fc.constant<BuiltInRole>("custom") },
    { weight: 4, arbitrary: fc.constantFrom<BuiltInRole>("primary-owner", "owner", "admin", "user") },
    { weight: 3, arbitrary: fc.constant(null) },
  );
  return fc.record({ roles: fc.array(role, { maxLength: 8 }) });
}

/** The org with the members recast. */
export function recast(org: Org, change: Recast): Org {
  const members = org.members.map((member, i): Member => {
    const role = change.roles[i] ?? null;
    return role === null ? member : { ...member, role };
  });
  return { ...org, members };
}

// ---------------------------------------------------------------------------------------------
// Growing an org: the changes CAP-5 and CON-3 say never remove access.

/** Add an existing member of the org to one of its groups. */
export interface AddGroupMembership {
  readonly group: number;
  readonly member: number;
}

/** Any {@link AddGroupMembership}. */
export function arbAddGroupMembership(): fc.Arbitrary<AddGroupMembership> {
  return fc.record({ group: fc.nat(), member: fc.nat() });
}

/** The org with the member added to the group; `undefined` when the group already lists them. */
export function addGroupMembership(org: Org, change: AddGroupMembership): Org | undefined {
  const group = pick(org.groups, change.group);
  const member = pick(org.members, change.member);
  if (group === undefined || member === undefined || group.members.includes(member.id)) return undefined;
  return admin(org, { kind: "addGroupMembers", groupId: group.id, memberIds: [member.id] });
}

/** Assign an existing role of the org to an existing group. */
export interface AddRoleAssignment {
  readonly group: number;
  readonly role: number;
}

/** Any {@link AddRoleAssignment}. */
export function arbAddRoleAssignment(): fc.Arbitrary<AddRoleAssignment> {
  return fc.record({ group: fc.nat(), role: fc.nat() });
}

/** The org with the assignment added; `undefined` when the org already has it. */
export function addRoleAssignment(org: Org, change: AddRoleAssignment): Org | undefined {
  const group = pick(org.groups, change.group);
  const role = pick(org.roles, change.role);
  if (group === undefined || role === undefined) return undefined;
  if (org.roleAssignments.some((a) => a.groupId === group.id && a.roleId === role.id)) return undefined;
  return admin(org, { kind: "assignRole", groupId: group.id, roleId: role.id });
}

/** Make a member hold a role: add them to a group and assign the role to that group (as needed). */
export interface AddRoleHolder {
  readonly member: number;
  readonly group: number;
  readonly role: number;
}

/** Any {@link AddRoleHolder}. */
export function arbAddRoleHolder(): fc.Arbitrary<AddRoleHolder> {
  return fc.record({ member: fc.nat(), group: fc.nat(), role: fc.nat() });
}

/**
 * The org where the picked member is in the picked group and the group has the picked role;
 * `undefined` when both were so already (or the org has no member, group or role). The role counts
 * for the member only if the group does under GRP-2.
 */
export function addRoleHolder(org: Org, change: AddRoleHolder): Org | undefined {
  const joined = addGroupMembership(org, { group: change.group, member: change.member });
  const assigned = addRoleAssignment(joined ?? org, { group: change.group, role: change.role });
  return assigned ?? joined;
}

/**
 * A richer org: some members recast (Custom roles likelier) and made to hold roles. Properties
 * about Custom-roles members who hold roles draw their orgs through it, since few orgs of `arbOrg`
 * have such members. An empty enrichment keeps the org as drawn.
 */
export interface Enrich {
  readonly recast: Recast;
  readonly holders: readonly AddRoleHolder[];
}

/** Any {@link Enrich}. */
export function arbEnrich(): fc.Arbitrary<Enrich> {
  return fc.record({ recast: arbRecast(), holders: fc.array(arbAddRoleHolder(), { maxLength: 4 }) });
}

/** The org enriched. */
export function enrich(org: Org, change: Enrich): Org {
  return change.holders.reduce<Org>((o, holder) => addRoleHolder(o, holder) ?? o, recast(org, change.recast));
}

/**
 * Whether some member stored as Custom roles holds a role through a group that counts under GRP-2,
 * read from the JSON (group mappings aside).
 */
export function hasCustomRoleHolder(org: Org): boolean {
  const roleIds = new Set(org.roles.map((role) => role.id));
  return org.members.some(
    (member) =>
      member.role === "custom" &&
      org.groups.some(
        (group) =>
          group.members.includes(member.id) &&
          (group.source === "manual" || org.provisioning === "scim") &&
          org.roleAssignments.some((a) => a.groupId === group.id && roleIds.has(a.roleId)),
      ),
  );
}

/**
 * Orgs of `arbOrg`, enriched, three times in four with at least one Custom-roles member who holds a
 * role (see {@link hasCustomRoleHolder}): what the properties about such members need.
 */
export function arbRichOrg(arbOrg: fc.Arbitrary<Org>): fc.Arbitrary<Org> {
  const enriched = fc.tuple(arbOrg, arbEnrich()).map(([org, change]) => enrich(org, change));
  return fc.oneof({ weight: 1, arbitrary: enriched }, { weight: 3, arbitrary: enriched.filter(hasCustomRoleHolder) });
}

/** Add a new custom role (its id made fresh) and assign it to some of the org's groups. */
export interface AddRole {
  readonly role: CustomRole;
  readonly assignTo: readonly number[];
}

/** Any {@link AddRole}, the role drawn by `arbRole`. */
export function arbAddRole(arbRole: fc.Arbitrary<CustomRole>): fc.Arbitrary<AddRole> {
  return fc.record({ role: arbRole, assignTo: fc.array(fc.nat(), { maxLength: 3 }) });
}

/**
 * The org with the role added under a fresh id, placed at position `assignTo[0]` of the role list,
 * and assigned to the picked groups. Never `undefined`: a role assigned to no group is still added.
 * The fresh id avoids the ids of dangling assignments too, so the new role only counts where this
 * change assigns it.
 */
export function addRole(org: Org, change: AddRole): Org {
  const taken = [...org.roles.map((r) => r.id), ...org.roleAssignments.map((a) => a.roleId)];
  const role: CustomRole = { ...change.role, id: freshId(change.role.id, taken) };
  const groupIds = [...new Set(change.assignTo.map((i) => pick(org.groups, i)?.id))].filter((id) => id !== undefined);
  const at = (change.assignTo[0] ?? 0) % (org.roles.length + 1);
  return admin(
    org,
    { kind: "createRole", role, at },
    ...groupIds.map((groupId): Change => ({ kind: "assignRole", groupId, roleId: role.id })),
  );
}

// ---------------------------------------------------------------------------------------------
// Reordering an org: no rule depends on the order of these lists.

/** Sort keys for a list: element i goes where key i sorts (missing keys are 0; ties keep order). */
export type Permutation = readonly number[];

const arbPermutation = (): fc.Arbitrary<Permutation> => fc.array(fc.nat({ max: 20 }), { maxLength: 12 });

/** The list reordered by the permutation. */
export function permute<T>(list: readonly T[], keys: Permutation): T[] {
  return list
    .map((item, i) => ({ item, key: keys[i] ?? 0, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map(({ item }) => item);
}

/** An object with its own keys reordered (integer-like keys stay first: JS orders them itself). */
function permuteKeys<V>(record: Readonly<Record<string, V>>, keys: Permutation): Record<string, V> {
  return Object.fromEntries(permute(Object.entries(record), keys));
}

/**
 * A reordering of every list of an org whose order no rule reads: roles, groups, each group's
 * member list, members, connectors and their tools, role assignments, group mappings, capability
 * lists and switches. Group spend limits keep their order: SPD-3 names the first group in that order
 * when several tie.
 */
export interface Shuffle {
  readonly roles: Permutation;
  readonly groups: Permutation;
  readonly groupMembers: readonly Permutation[];
  readonly members: Permutation;
  readonly connectors: Permutation;
  readonly tools: readonly Permutation[];
  readonly roleAssignments: Permutation;
  readonly mappings: Permutation;
  readonly capabilities: Permutation;
  readonly roleCapabilities: readonly Permutation[];
}

/** Any {@link Shuffle}. */
export function arbShuffle(): fc.Arbitrary<Shuffle> {
  return fc.record({
    roles: arbPermutation(),
    groups: arbPermutation(),
    groupMembers: fc.array(arbPermutation(), { maxLength: 6 }),
    members: arbPermutation(),
    connectors: arbPermutation(),
    tools: fc.array(arbPermutation(), { maxLength: 4 }),
    roleAssignments: arbPermutation(),
    mappings: arbPermutation(),
    capabilities: arbPermutation(),
    roleCapabilities: fc.array(arbPermutation(), { maxLength: 4 }),
  });
}

/** The org with its lists reordered by the shuffle. */
export function shuffle(org: Org, change: Shuffle): Org {
  const at = (list: readonly Permutation[], i: number): Permutation => list[i] ?? [];
  return {
    ...org,
    capabilities: permuteKeys(org.capabilities, change.capabilities),
    roles: permute(
      org.roles.map((role, i) => ({
        ...role,
        capabilities: permute(role.capabilities, at(change.roleCapabilities, i)),
      })),
      change.roles,
    ),
    groups: permute(
      org.groups.map((group, i) => ({ ...group, members: permute(group.members, at(change.groupMembers, i)) })),
      change.groups,
    ),
    members: permute(org.members, change.members),
    connectors: permute(
      org.connectors.map((connector, i) => ({ ...connector, tools: permute(connector.tools, at(change.tools, i)) })),
      change.connectors,
    ),
    roleAssignments: permute(org.roleAssignments, change.roleAssignments),
    ...(org.groupMappings === undefined
      ? {}
      : {
          groupMappings: { ...org.groupMappings, mappings: permute(org.groupMappings.mappings ?? [], change.mappings) },
        }),
  };
}

// ---------------------------------------------------------------------------------------------
// Other changes.

/**
 * Rewrite the custom roles: each role is removed, or keeps its id and name but takes the
 * capabilities and connector rows of a drawn role.
 */
export interface RewriteRoles {
  readonly replacements: readonly CustomRole[];
  readonly removed: readonly boolean[];
}

/** Any {@link RewriteRoles}, the replacement contents drawn by `arbRole`. */
export function arbRewriteRoles(arbRole: fc.Arbitrary<CustomRole>): fc.Arbitrary<RewriteRoles> {
  return fc.record({
    replacements: fc.array(arbRole, { maxLength: 6 }),
    removed: fc.array(fc.boolean(), { maxLength: 6 }),
  });
}

/** The org with its roles rewritten; a role without a replacement drawn keeps its contents. */
export function rewriteRoles(org: Org, change: RewriteRoles): Org {
  const roles: CustomRole[] = [];
  org.roles.forEach((role, i) => {
    if (change.removed[i] === true) return;
    const other = change.replacements[i];
    roles.push(
      other === undefined
        ? role
        : { id: role.id, name: role.name, capabilities: other.capabilities, connectors: other.connectors },
    );
  });
  return { ...org, roles };
}

/** Add a connector (its id made fresh), optionally with an org-wide tool policy entry for it. */
export interface AddConnector {
  readonly connector: Connector;
  readonly policy: ToolPolicyEntry | null;
}

/** Any {@link AddConnector}, the connector and the policy entry drawn by the given arbitraries. */
export function arbAddConnector(
  arbConnector: fc.Arbitrary<Connector>,
  arbPolicyEntry: fc.Arbitrary<ToolPolicyEntry>,
): fc.Arbitrary<AddConnector> {
  return fc.record({ connector: arbConnector, policy: fc.option(arbPolicyEntry, { nil: null }) });
}

/**
 * The org with the connector added last, under an id that no connector, no role row and no policy
 * entry of the org names yet: a connector "added later" that no role has a row for (CON-2).
 */
export function addConnector(org: Org, change: AddConnector): { org: Org; connectorId: string } {
  const taken = [
    ...org.connectors.map((c) => c.id),
    ...org.roles.flatMap((role) => Object.keys(role.connectors.byConnector ?? {})),
    ...Object.keys(org.toolPolicy ?? {}),
  ];
  const connectorId = freshId(change.connector.id, taken);
  const policy: Change[] = change.policy === null ? [] : [{ kind: "setToolPolicy", connectorId, ...change.policy }];
  return {
    connectorId,
    org: admin(org, { kind: "addConnector", connector: { ...change.connector, id: connectorId } }, ...policy),
  };
}

/** The org with one capability switched off (set to `false`, or its switch removed). */
export function switchOff(org: Org, capability: string, remove: boolean): Org {
  if (!remove) return admin(org, { kind: "setOrgCapability", capability, enabled: false });
  // No change kind removes a switch (absent and false are the same, CAP-1): this one is data, not an admin action.
  return {
    ...org,
    capabilities: Object.fromEntries(Object.entries(org.capabilities).filter(([id]) => id !== capability)),
  };
}

/** Set the org-wide tool policy entry of one of the org's connectors: a level, and one tool's own level. */
export interface SetToolPolicy {
  readonly connector: number;
  readonly level: Level | null;
  readonly tool: number;
  readonly toolLevel: Level | null;
}

/** Any {@link SetToolPolicy}. */
export function arbSetToolPolicy(): fc.Arbitrary<SetToolPolicy> {
  const level = fc.option(fc.constantFrom<Level>("always", "approval", "blocked"), { nil: null });
  return fc.record({ connector: fc.nat(), level, tool: fc.nat(), toolLevel: level });
}

/** The org with the policy entry of the picked connector replaced; `undefined` without connectors. */
export function setToolPolicy(org: Org, change: SetToolPolicy): Org | undefined {
  const connector = pick(org.connectors, change.connector);
  if (connector === undefined) return undefined;
  const tool = pick(connector.tools, change.tool);
  const entry: ToolPolicyEntry = {
    ...(change.level === null ? {} : { level: change.level }),
    ...(tool === undefined || change.toolLevel === null
      ? {}
      : { tools: Object.fromEntries([[tool, change.toolLevel]]) }),
  };
  return admin(org, { kind: "setToolPolicy", connectorId: connector.id, ...entry });
}
