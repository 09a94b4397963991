// Cross-role conflict warnings among roles that share a member (CON-13, second view), for every role and
// connector at once. Asking `findCrossRoleConflicts` role by role compares every role with every other
// on every tool, which is quadratic in roles; here roles are grouped by what members hold together
// and by their levels on a connector, so the cost is about linear in the org (test/admin/
// auditProperties.test.ts checks that the warnings are the engine's, role by role).
import type { Connector, Org } from "../org.js";
import { involved, type FindingDraft } from "./auditFinding.js";
import type { Membership, RoleEntry } from "./auditMembership.js";
import {
  classesOf,
  rowReader,
  type RowsOf,
  type Signature,
  type SignatureClass,
  signatureOf,
} from "./auditSignatures.js";
import { getOrInsertComputed } from "../maps.js";

/** At most this many other roles are named in one conflict finding. */
export const LISTED_CONFLICTS_LIMIT = 10;

/**
 * The distinct sets of roles that members of the org hold together, in org order, through groups that
 * count under GRP-2, whatever their built-in role. Members in the same groups are looked at once.
 */
function heldTogether(membership: Membership): RoleEntry[][] {
  const position = new Map([...membership.groups.values()].map((group, index) => [group, index]));
  // One entry per distinct list of counting groups (members in the same groups hold the same roles).
  const byGroups = new Map(
    membership.members.map((audited) => [
      audited.countingGroups.map((group) => position.get(group)).join(","),
      audited.countingGroups,
    ]),
  );
  return [...byGroups.values()].map((groups) =>
    [...new Set(groups.flatMap((group) => membership.rolesOfGroup.get(group.id) ?? []))].sort(byPosition),
  );
}

function byPosition(a: RoleEntry, b: RoleEntry): number {
  return a.position - b.position;
}

/**
 * The classes of a large set that hold the first conflicting roles of any role of it: the first
 * LISTED_CONFLICTS_LIMIT + 1 classes (classes start in org order, and one of them may be the role's
 * own), each cut to its first LISTED_CONFLICTS_LIMIT roles. Any other role of the set comes after
 * LISTED_CONFLICTS_LIMIT roles of these classes that are not of the role's own class.
 */
function headOf(classes: ReadonlyMap<string, SignatureClass>): (readonly [string, readonly RoleEntry[]])[] {
  // Stryker disable MethodExpression: the cuts bound the cost only (the caller sorts and cuts the candidates)
  return [...classes]
    .slice(0, LISTED_CONFLICTS_LIMIT + 1)
    .map(([key, entries]) => [key, entries.slice(0, LISTED_CONFLICTS_LIMIT)]);
  // Stryker restore MethodExpression
}

/**
 * A set of roles held together by more than this many roles is compared through its signature
 * classes rather than role by role, so a member holding 10,000 roles costs O(10,000) per connector.
 */
export const LARGE_SET = 64;

/** Who shares a member with a role: the roles of small held-together sets, and the large sets. */
interface Sharing {
  /** The roles the role shares a member with through small sets, in org order. */
  readonly sharers: readonly RoleEntry[];
  /** The large sets the role is in. */
  readonly largeSets: readonly (readonly RoleEntry[])[];
}

/** Each role that shares a member with another role, with whom it shares them. */
function sharingOf(membership: Membership): Map<RoleEntry, Sharing> {
  const sharing = new Map<RoleEntry, { sharers: Set<RoleEntry>; largeSets: RoleEntry[][] }>();
  const of = (entry: RoleEntry) =>
    getOrInsertComputed(sharing, entry, () => ({ sharers: new Set<RoleEntry>(), largeSets: [] }));
  for (const held of heldTogether(membership)) {
    for (const entry of held) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: either way gives the same conflicts (test/admin/audit.test.ts); the size sets the cost only
      if (held.length > LARGE_SET) {
        of(entry).largeSets.push(held);
        continue;
      }
      // Stryker disable next-line ConditionalExpression: a role's own signature is never a conflict (key === own), so listing it among its sharers costs only
      for (const other of held) if (other !== entry) of(entry).sharers.add(other);
    }
  }
  // In any order of roles: crossRoleConflicts sorts the findings by role.
  return new Map(
    [...sharing].map(([entry, { sharers, largeSets }]) => [
      entry,
      { sharers: [...sharers].sort(byPosition), largeSets },
    ]),
  );
}

/** Each role that warns on a connector, with the other roles it names (in org order). */
function connectorConflicts(
  connector: Connector,
  sharing: ReadonlyMap<RoleEntry, Sharing>,
  rowsOf: RowsOf,
): { entry: RoleEntry; others: RoleEntry[] }[] {
  const signatures = new Map<RoleEntry, Signature>();
  const signature = (entry: RoleEntry): Signature =>
    getOrInsertComputed(signatures, entry, () => signatureOf(entry.role, connector, rowsOf));
  const heads = new Map<readonly RoleEntry[], (readonly [string, readonly RoleEntry[]])[]>();
  const headFor = (held: readonly RoleEntry[]) =>
    getOrInsertComputed(heads, held, () => headOf(classesOf(held, signature)));
  const found: { entry: RoleEntry; others: RoleEntry[] }[] = [];
  for (const [entry, { sharers, largeSets }] of sharing) {
    const own = signature(entry).key;
    const candidates: RoleEntry[] = [];
    for (const other of sharers) {
      // Stryker disable next-line ConditionalExpression: the candidates are sorted and cut below; stopping at enough of them bounds the cost only
      if (candidates.length === LISTED_CONFLICTS_LIMIT) break;
      const { key, grants } = signature(other);
      // CON-13: another role conflicts when it grants the connector and differs on at least one tool.
      if (grants && key !== own) candidates.push(other);
    }
    for (const held of largeSets)
      for (const [key, entries] of headFor(held)) if (key !== own) candidates.push(...entries);
    const others = [...new Set(candidates)].sort(byPosition).slice(0, LISTED_CONFLICTS_LIMIT);
    if (others.length > 0) found.push({ entry, others });
  }
  return found;
}

/**
 * CON-13 (shared-members view), while connector permissions are on: every connector row of a role
 * that warns of another role sharing a member and granting the connector at a different level, the
 * role first, then at most LISTED_CONFLICTS_LIMIT of the others in org order. Findings come by role,
 * then by connector, in org order.
 */
export function crossRoleConflicts(org: Org, membership: Membership): FindingDraft[] {
  if (!org.connectorPermissionsEnabled) return [];
  const sharing = sharingOf(membership);
  const rowsOf = rowReader();
  const found: { readonly position: number; readonly draft: FindingDraft }[] = [];
  for (const connector of org.connectors) {
    for (const { entry, others } of connectorConflicts(connector, sharing, rowsOf)) {
      const rowPath = rowsOf(entry.role).has(connector.id) ? ["byConnector", connector.id] : ["all"];
      const ids = involved({
        roleIds: [entry.role.id, ...others.map((other) => other.role.id)],
        connectorIds: [connector.id],
      });
      found.push({
        position: entry.position,
        draft: {
          kind: "cross-role-conflict",
          severity: "info",
          rules: ["CON-13", "CON-3"],
          path: ["roles", entry.position, "connectors", ...rowPath],
          ...ids,
          fix: null,
        },
      });
    }
  }
  // By role, then by connector: the sort is stable, and each role's come in connector order.
  return found.sort((a, b) => a.position - b.position).map(({ draft }) => draft);
}
