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

/** At most this many other roles are named in one conflict finding. */
export const LISTED_CONFLICTS_LIMIT = 10;

/**
 * The distinct sets of roles that members of the org hold together (two roles or more), through groups
 * that count under GRP-2, whatever their built-in role. Members in the same groups are looked at once.
 */
function heldTogether(membership: Membership): RoleEntry[][] {
  const position = new Map([...membership.groups.values()].map((group, index) => [group, index]));
  const sets = new Map<string, RoleEntry[]>();
  for (const audited of membership.members) {
    const key = audited.countingGroups.map((group) => position.get(group)).join(",");
    if (sets.has(key)) continue;
    const held = new Set(audited.countingGroups.flatMap((group) => membership.rolesOfGroup.get(group.id) ?? []));
    sets.set(key, [...held].sort(byPosition));
  }
  return [...sets.values()].filter((held) => held.length > 1);
}

function byPosition(a: RoleEntry, b: RoleEntry): number {
  return a.position - b.position;
}

/**
 * The first LISTED_CONFLICTS_LIMIT roles, in org order, of the classes whose signature is not `own`.
 * Classes start in org order, so the scan stops at the first class that starts after the last kept role.
 */
function firstConflicts(classes: ReadonlyMap<string, SignatureClass>, own: string): RoleEntry[] {
  let kept: RoleEntry[] = [];
  for (const [key, entries] of classes) {
    if (key === own) continue;
    const last = kept[LISTED_CONFLICTS_LIMIT - 1];
    if (last !== undefined && entries[0].position > last.position) break;
    kept = [...kept, ...entries.slice(0, LISTED_CONFLICTS_LIMIT)].sort(byPosition).slice(0, LISTED_CONFLICTS_LIMIT);
  }
  return kept;
}

/**
 * A set of roles held together by more than this many roles is compared through its signature
 * classes rather than role by role, so a member holding 10,000 roles costs O(10,000) per connector.
 */
export const LARGE_SET = 64;

/** Who shares a member with each role: the roles of small held-together sets, and the large sets. */
interface Sharing {
  /** Role → the roles it shares a member with through small sets, in org order. */
  readonly sharers: ReadonlyMap<RoleEntry, readonly RoleEntry[]>;
  /** Role → the large sets it is in. */
  readonly largeSets: ReadonlyMap<RoleEntry, readonly (readonly RoleEntry[])[]>;
}

function sharingOf(membership: Membership): Sharing {
  const sharers = new Map<RoleEntry, Set<RoleEntry>>();
  const largeSets = new Map<RoleEntry, RoleEntry[][]>();
  for (const held of heldTogether(membership)) {
    for (const entry of held) {
      const set = sharers.get(entry) ?? new Set<RoleEntry>();
      sharers.set(entry, set);
      if (held.length > LARGE_SET) {
        const sets = largeSets.get(entry);
        if (sets === undefined) largeSets.set(entry, [held]);
        else sets.push(held);
      } else {
        for (const other of held) if (other !== entry) set.add(other);
      }
    }
  }
  const inOrder = [...sharers].sort(([a], [b]) => a.position - b.position);
  return {
    sharers: new Map(inOrder.map(([entry, set]) => [entry, [...set].sort(byPosition)])),
    largeSets,
  };
}

/** Each role that warns on a connector, with the other roles it names (in org order), in role order. */
function connectorConflicts(
  connector: Connector,
  sharing: Sharing,
  rowsOf: RowsOf,
): { entry: RoleEntry; others: RoleEntry[] }[] {
  const signatures = new Map<RoleEntry, Signature>();
  const signature = (entry: RoleEntry): Signature => {
    let known = signatures.get(entry);
    if (known === undefined) signatures.set(entry, (known = signatureOf(entry.role, connector, rowsOf)));
    return known;
  };
  const classes = new Map<readonly RoleEntry[], Map<string, SignatureClass>>();
  const classesFor = (held: readonly RoleEntry[]): Map<string, SignatureClass> => {
    let known = classes.get(held);
    if (known === undefined) classes.set(held, (known = classesOf(held, signature)));
    return known;
  };
  const found: { entry: RoleEntry; others: RoleEntry[] }[] = [];
  for (const [entry, sharers] of sharing.sharers) {
    const own = signature(entry).key;
    const candidates: RoleEntry[] = [];
    for (const other of sharers) {
      if (candidates.length === LISTED_CONFLICTS_LIMIT) break;
      const { key, grants } = signature(other);
      // CON-13: another role conflicts when it grants the connector and differs on at least one tool.
      if (grants && key !== own) candidates.push(other);
    }
    for (const held of sharing.largeSets.get(entry) ?? []) candidates.push(...firstConflicts(classesFor(held), own));
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
  const byRole = new Map<RoleEntry, FindingDraft[]>([...sharing.sharers.keys()].map((entry) => [entry, []]));
  for (const connector of org.connectors) {
    for (const { entry, others } of connectorConflicts(connector, sharing, rowsOf)) {
      const rowPath = rowsOf(entry.role).has(connector.id) ? ["byConnector", connector.id] : ["all"];
      const ids = involved({
        roleIds: [entry.role.id, ...others.map((other) => other.role.id)],
        connectorIds: [connector.id],
      });
      byRole.get(entry)?.push({
        kind: "cross-role-conflict",
        severity: "info",
        rules: ["CON-13", "CON-3"],
        path: ["roles", entry.position, "connectors", ...rowPath],
        ...ids,
        fix: null,
      });
    }
  }
  return [...byRole.values()].flat();
}
