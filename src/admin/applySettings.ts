// Changes to org-level settings (guide Steps 6, 7 and 8): setOrgCapability, setSpend,
// setGroupSpendLimit, setGroupMappings.
import { produce } from "immer";
import { frozenDraft } from "./freeze.js";
import type { GroupSpendLimit, Org, SpendSettings } from "../org.js";
import type { SetGroupMappings, SetGroupSpendLimit, SetOrgCapability, SetSpend } from "./change.js";
import { insertAt, insertionIndex, removeAt, withEntry } from "./lists.js";
import { refuse } from "./refusal.js";

/** Turns the capability on or off at org level (CAP-1). */
export function setOrgCapability(org: Org, change: SetOrgCapability): Org {
  return produce(org, (draft) => {
    draft.capabilities = frozenDraft(withEntry(org.capabilities, change.capability, change.enabled));
  });
}

/** Sets or removes (`null`) the org spend limit, and sets the multi-group rule; absent fields stay. */
export function setSpend(org: Org, change: SetSpend): Org {
  const { orgLimit: _old, ...rest } = org.spend ?? {};
  const orgLimit = change.orgLimit === undefined ? org.spend?.orgLimit : (change.orgLimit ?? undefined);
  const spend: SpendSettings = {
    ...rest,
    ...(orgLimit === undefined ? {} : { orgLimit }),
    ...(change.multiGroup === undefined ? {} : { multiGroup: change.multiGroup }),
  };
  return produce(org, (draft) => {
    draft.spend = frozenDraft(spend);
  });
}

function withGroupLimits(org: Org, groupLimits: readonly GroupSpendLimit[]): Org {
  return produce(org, (draft) => {
    draft.spend = frozenDraft({ ...org.spend, groupLimits });
  });
}

/** Sets the group's limit (a new one at `at`, an existing one in place), or removes it (`null`). */
export function setGroupSpendLimit(org: Org, change: SetGroupSpendLimit): Org {
  const limits = org.spend?.groupLimits ?? [];
  const index = limits.findIndex((limit) => limit.groupId === change.groupId);
  if (change.limit === null) {
    if (index < 0) refuse({ code: "unknown_group_limit", id: change.groupId });
    return withGroupLimits(org, removeAt(limits, index));
  }
  const limit: GroupSpendLimit = { groupId: change.groupId, limit: change.limit };
  if (index >= 0)
    return withGroupLimits(
      org,
      limits.map((old, i) => (i === index ? limit : old)),
    );
  return withGroupLimits(org, insertAt(limits, insertionIndex(change.at, limits.length), [limit]));
}

/** Turns group mappings on or off and/or replaces the mapping rows (GRP-3); absent fields stay. */
export function setGroupMappings(org: Org, change: SetGroupMappings): Org {
  const old = org.groupMappings;
  return produce(org, (draft) => {
    draft.groupMappings = frozenDraft({
      enabled: change.enabled ?? old?.enabled ?? false,
      mappings: change.mappings ?? old?.mappings ?? [],
    });
  });
}
