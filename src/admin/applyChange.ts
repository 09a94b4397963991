// One change applied to an org under change (SPEC §8's table): which applier does each kind.
import * as connectors from "./applyConnectors.js";
import * as groups from "./applyGroups.js";
import * as members from "./applyMembers.js";
import * as roles from "./applyRoles.js";
import * as settings from "./applySettings.js";
import type { Change, ChangeKind } from "./change.js";
import type { WorkingOrg } from "./working.js";

type Appliers = {
  readonly [K in ChangeKind]: (org: WorkingOrg, change: Extract<Change, { readonly kind: K }>) => void;
};

const APPLIERS: Appliers = {
  ...roles,
  ...groups,
  ...members,
  ...connectors,
  ...settings,
};

/**
 * Applies one change to the org under change; throws a Refusal, having changed nothing, when it
 * cannot apply (every applier checks before it edits).
 */
export function applyChange(org: WorkingOrg, change: Change): void {
  // INVARIANT: `change` was read by readChange, so its kind is one of CHANGE_KINDS, a key of APPLIERS.
  const apply = APPLIERS[change.kind] as (org: WorkingOrg, change: Change) => void;
  apply(org, change);
}
