// One change applied to one org (SPEC §8's table): which applier does each kind.
import type { Org } from "../org.js";
import * as connectors from "./applyConnectors.js";
import * as groups from "./applyGroups.js";
import * as members from "./applyMembers.js";
import * as roles from "./applyRoles.js";
import * as settings from "./applySettings.js";
import type { Change, ChangeKind } from "./change.js";

type Appliers = { readonly [K in ChangeKind]: (org: Org, change: Extract<Change, { readonly kind: K }>) => Org };

const APPLIERS: Appliers = {
  ...roles,
  ...groups,
  ...members,
  ...connectors,
  ...settings,
};

/** The org after one change; throws a Refusal when it cannot apply. */
export function applyChange(org: Org, change: Change): Org {
  // INVARIANT: `change` was read by readChange, so its kind is one of CHANGE_KINDS, a key of APPLIERS.
  const apply = APPLIERS[change.kind] as (org: Org, change: Change) => Org;
  return apply(org, change);
}
