// Changes to an org, for property tests: each change is plain data drawn by an arbitrary (indexes
// into the org's lists, taken modulo their lengths, so a change shrinks to "the first one"), and a
// function applies it to any valid org and returns a new valid org, or `undefined` when the org has
// nothing the change can apply to (no group to join, the membership already there, ...).
// Whole orgs and their parts come from test/arbitraries.ts; only changes are drawn here.
import fc from "fast-check";
import type { Connector, CustomRole, Org, ToolPolicyEntry } from "../../src/index.js";

/** An element of a list picked by an index taken modulo its length; `undefined` for an empty list. */
function pick<T>(list: readonly T[], index: number): T | undefined {
  return list.length === 0 ? undefined : list[index % list.length];
}

/** An id based on `wanted` that none of `taken` holds (primes appended until free). */
export function freshId(wanted: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let id = wanted;
  while (used.has(id)) id = `${id}′`;
  return id;
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
  return {
    ...org,
    groups: org.groups.map((g) => (g === group ? { ...g, members: [...g.members, member.id] } : g)),
  };
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
  return { ...org, roleAssignments: [...org.roleAssignments, { groupId: group.id, roleId: role.id }] };
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
  return {
    ...org,
    roles: [...org.roles.slice(0, at), role, ...org.roles.slice(at)],
    roleAssignments: [...org.roleAssignments, ...groupIds.map((groupId) => ({ groupId, roleId: role.id }))],
  };
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
      org.roles.map((role, i) => ({ ...role, capabilities: permute(role.capabilities, at(change.roleCapabilities, i)) })),
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
      : { groupMappings: { ...org.groupMappings, mappings: permute(org.groupMappings.mappings, change.mappings) } }),
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
    roles.push(other === undefined ? role : { id: role.id, name: role.name, capabilities: other.capabilities, connectors: other.connectors });
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
  const toolPolicy = change.policy === null ? org.toolPolicy : { ...org.toolPolicy, ...Object.fromEntries([[connectorId, change.policy]]) };
  return {
    connectorId,
    org: {
      ...org,
      connectors: [...org.connectors, { ...change.connector, id: connectorId }],
      ...(toolPolicy === undefined ? {} : { toolPolicy }),
    },
  };
}

/** The org with one capability switched off (set to `false`, or its switch removed). */
export function switchOff(org: Org, capability: string, remove: boolean): Org {
  const rest = Object.entries(org.capabilities).filter(([id]) => id !== capability);
  return { ...org, capabilities: Object.fromEntries(remove ? rest : [...rest, [capability, false]]) };
}
