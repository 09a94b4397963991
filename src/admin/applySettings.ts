// Changes to org-level settings (guide Steps 6, 7 and 8): setOrgCapability, setSpend,
// setGroupSpendLimit, setGroupMappings.
import type { GroupSpendLimit, SpendSettings } from "../org.js";
import type { SetGroupMappings, SetGroupSpendLimit, SetOrgCapability, SetSpend } from "./change.js";
import { insertionIndex } from "./lists.js";
import { refuse } from "./refusal.js";
import type { WorkingOrg } from "./working.js";

/** Turns the capability on or off at org level (CAP-1). */
export function setOrgCapability(org: WorkingOrg, change: SetOrgCapability): void {
  org.capabilities.set(change.capability, change.enabled);
}

/** Sets or removes (`null`) the org spend limit, and sets the multi-group rule; absent fields stay. */
export function setSpend(org: WorkingOrg, change: SetSpend): void {
  const { orgLimit: old, ...rest } = org.spend ?? {};
  const orgLimit = change.orgLimit === undefined ? old : (change.orgLimit ?? undefined);
  const spend: SpendSettings = {
    ...rest,
    ...(orgLimit === undefined ? {} : { orgLimit }),
    ...(change.multiGroup === undefined ? {} : { multiGroup: change.multiGroup }),
  };
  org.set("spend", spend);
}

/** Sets the group's limit (a new one at `at`, an existing one in place), or removes it (`null`). */
export function setGroupSpendLimit(org: WorkingOrg, change: SetGroupSpendLimit): void {
  const limits = org.groupLimits;
  const exists = limits.has(change.groupId);
  if (change.limit === null) {
    if (!exists) refuse({ code: "unknown_group_limit", id: change.groupId });
    limits.removeKey(change.groupId);
    return;
  }
  const limit: GroupSpendLimit = { groupId: change.groupId, limit: change.limit };
  if (exists) limits.replace(limit);
  else limits.insert(insertionIndex(change.at, limits.length), limit);
}

/** Turns group mappings on or off and/or replaces the mapping rows (GRP-3); absent fields stay. */
export function setGroupMappings(org: WorkingOrg, change: SetGroupMappings): void {
  org.setGroupMappings(change.enabled, change.mappings);
}
