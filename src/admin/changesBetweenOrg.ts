// Org-wide parts of changesBetween (PLN-1): capability switches, connectors, the tool policy,
// connector permissions and spend settings. Each function reads the current state and the target,
// and returns the changes that bring that part of the current state to the target.
import type { Connector, Org } from "../org.js";
import type { Change } from "./change.js";
import { insertionsInto, misplacedIds, sameList } from "./changesBetweenLists.js";
import { samePolicyEntry } from "./grants.js";

/** Changes of one part of an org, from the current state toward the target (PLN-1). */
export type Sync = (current: Org, after: Org) => Change[];

/**
 * `sync`, skipped when `part` is the very same object on both sides (CHG-2: a change list shares
 * what it does not touch), which gives no change either.
 */
export function unlessSame(part: keyof Org, sync: Sync): Sync {
  // Stryker disable next-line ConditionalExpression: the very same part gives no change either; the shortcut saves the pass only
  return (current, after) => (current[part] === after[part] ? [] : sync(current, after));
}

function switchedOn(org: Org): Set<string> {
  return new Set(Object.entries(org.capabilities).flatMap(([id, on]) => (on === true ? [id] : [])));
}

/** CAP-1: capabilities on now and off in the target (may come at any step, PLN-1). */
export const switchOffCapabilities: Sync = unlessSame("capabilities", (current, after) => {
  const on = switchedOn(after);
  return [...switchedOn(current)]
    .filter((id) => !on.has(id))
    .map((capability) => ({ kind: "setOrgCapability", capability, enabled: false }));
});

/** Step 7: capabilities off now and on in the target. */
export const switchOnCapabilities: Sync = unlessSame("capabilities", (current, after) => {
  const on = switchedOn(current);
  return [...switchedOn(after)]
    .filter((id) => !on.has(id))
    .map((capability) => ({ kind: "setOrgCapability", capability, enabled: true }));
});

function sameConnector(a: Connector, b: Connector): boolean {
  return a.name === b.name && sameList(a.tools, b.tools);
}

/**
 * Before you begin: connectors of the target, added, or removed and added again where their name
 * or tools differ or they are out of place (PLN-1).
 */
export const syncConnectors: Sync = unlessSame("connectors", (current, after) => {
  const now = new Map(current.connectors.map((c) => [c.id, c] as const));
  const target = after.connectors.map((c) => c.id);
  const misplaced = misplacedIds([...now.keys()], target);
  const replaced = after.connectors.filter((c) => {
    const was = now.get(c.id);
    return was !== undefined && (misplaced.has(c.id) || !sameConnector(was, c));
  });
  const removals: Change[] = replaced.map((c) => ({ kind: "removeConnector", connectorId: c.id }));
  const gone = new Set(replaced.map((c) => c.id));
  const present = current.connectors.map((c) => c.id).filter((id) => !gone.has(id));
  const byId = new Map(after.connectors.map((c) => [c.id, c] as const));
  const here = new Set(present);
  const missing = new Set(target.filter((id) => !here.has(id)));
  const additions: Change[] = insertionsInto(present, target, missing).map(({ id, at }) => ({
    kind: "addConnector",
    connector: byId.get(id) as Connector,
    ...(at === undefined ? {} : { at }),
  }));
  return [...removals, ...additions];
});

/** Removals: connectors the target does not have (with every role's row for them and their policy entry). */
export const removeConnectors: Sync = unlessSame("connectors", (current, after) => {
  const kept = new Set(after.connectors.map((c) => c.id));
  return current.connectors.filter((c) => !kept.has(c.id)).map((c) => ({ kind: "removeConnector", connectorId: c.id }));
});

/** Before you begin: every policy entry of the target that differs now (CON-4). */
export const syncToolPolicy: Sync = unlessSame("toolPolicy", (current, after) => {
  const now = new Map(Object.entries(current.toolPolicy ?? {}));
  return Object.entries(after.toolPolicy ?? {}).flatMap(([connectorId, entry]): Change[] => {
    const was = now.get(connectorId);
    if (was !== undefined && samePolicyEntry(was, entry)) return [];
    return [
      {
        kind: "setToolPolicy",
        connectorId,
        ...(entry.level === undefined ? {} : { level: entry.level }),
        ...(entry.tools === undefined ? {} : { tools: entry.tools }),
      },
    ];
  });
});

/** Removals: policy entries the target does not have. */
export const removeToolPolicy: Sync = unlessSame("toolPolicy", (current, after) => {
  const kept = new Set(Object.keys(after.toolPolicy ?? {}));
  return Object.keys(current.toolPolicy ?? {})
    .filter((id) => !kept.has(id))
    .map((connectorId) => ({ kind: "removeToolPolicy", connectorId }));
});

/** Step 3: connector permissions turned on (CON-8), before the rows are set. */
export const enableConnectorPermissions: Sync = (current, after) =>
  !current.connectorPermissionsEnabled && after.connectorPermissionsEnabled
    ? [{ kind: "enableConnectorPermissions" }]
    : [];

/** Step 3: connector permissions turned off (CON-6), after the rows are set. */
export const disableConnectorPermissions: Sync = (current, after) =>
  current.connectorPermissionsEnabled && !after.connectorPermissionsEnabled
    ? [{ kind: "disableConnectorPermissions" }]
    : [];

/** Step 8: the org limit and the multi-group rule (SPD-3, SPD-4). */
export const syncSpendSettings: Sync = (current, after) => {
  const orgLimit = after.spend?.orgLimit;
  const multiGroup = after.spend?.multiGroup ?? "lowest";
  const limitChanges = orgLimit !== current.spend?.orgLimit;
  const ruleChanges = multiGroup !== (current.spend?.multiGroup ?? "lowest");
  if (!limitChanges && !ruleChanges) return [];
  return [
    {
      kind: "setSpend",
      ...(limitChanges ? { orgLimit: orgLimit ?? null } : {}),
      ...(ruleChanges ? { multiGroup } : {}),
    },
  ];
};

/** Step 8: group limits of the target, in its order; those it does not have are removed (SPD-3, SPD-5). */
export const syncGroupLimits: Sync = unlessSame("spend", (current, after) => {
  const now = current.spend?.groupLimits ?? [];
  // Stryker disable next-line ArrayDeclaration: a junk entry has no group id and no limit, so it is skipped and removes what no limits remove
  const target = after.spend?.groupLimits ?? [];
  const targetIds = new Set(target.map((l) => l.groupId));
  const misplaced = misplacedIds(
    now.map((l) => l.groupId),
    target.map((l) => l.groupId),
  );
  const removed = now.filter((l) => !targetIds.has(l.groupId) || misplaced.has(l.groupId));
  const changes: Change[] = removed.map((l) => ({ kind: "setGroupSpendLimit", groupId: l.groupId, limit: null }));
  const gone = new Set(removed.map((l) => l.groupId));
  const present = now.filter((l) => !gone.has(l.groupId));
  const limitNow = new Map(present.map((l) => [l.groupId, l.limit] as const));
  const missing = new Set(target.map((l) => l.groupId).filter((id) => !limitNow.has(id)));
  const insertAt = new Map(
    insertionsInto(
      present.map((l) => l.groupId),
      target.map((l) => l.groupId),
      missing,
    ).map((i) => [i.id, i.at] as const),
  );
  for (const { groupId, limit } of target) {
    if (limitNow.get(groupId) === limit) continue;
    const at = insertAt.get(groupId);
    changes.push({ kind: "setGroupSpendLimit", groupId, limit, ...(at === undefined ? {} : { at }) });
  }
  return changes;
});
