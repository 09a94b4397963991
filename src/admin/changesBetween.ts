import type { Org } from "../org.js";
import { deepFreeze } from "../freeze.js";
import { fixedFieldMessage, repeatedInTargetMessage } from "../words/diff.js";
import { applyChanges } from "./applyChanges.js";
import type { Change } from "./change.js";
import type { MigrationStep } from "./planTypes.js";
import { deleteRoles, syncConnectorRows, syncRoles } from "./changesBetweenRoles.js";
import {
  removeGroups,
  sameAssignments,
  syncAssignments,
  syncGroupMembers,
  syncGroups,
} from "./changesBetweenGroups.js";
import { removeMembers, syncGroupMappings, syncMemberSpendLimits, syncMembers } from "./changesBetweenMembers.js";
import {
  disableConnectorPermissions,
  enableConnectorPermissions,
  removeConnectors,
  removeToolPolicy,
  switchOffCapabilities,
  switchOnCapabilities,
  syncConnectors,
  syncGroupLimits,
  syncSpendSettings,
  syncToolPolicy,
  type Sync,
} from "./changesBetweenOrg.js";

/** One step's recipe: the parts it brings to the target, in order. */
export interface StepRecipe {
  readonly step: MigrationStep;
  readonly syncs: readonly Sync[];
}

// Stryker disable next-line BooleanLiteral: changesBetween lists the pilot's changes and everyone else's one after the other, so who is in its pilot changes no list
const nobody = () => false;

/**
 * Every part, in the guide's order: what the last step runs again after the removals' cascades.
 * The members are among them: no cascade changes a member who stays, but Step 6 puts the pilot and
 * everyone else in place in two passes, each moving only its own members, and a member out of
 * place among the others' is put in place here.
 */
const ALL: readonly Sync[] = [
  syncConnectors,
  syncToolPolicy,
  syncRoles,
  enableConnectorPermissions,
  syncConnectorRows,
  disableConnectorPermissions,
  syncGroups,
  syncGroupMembers,
  syncAssignments,
  syncMembers(() => true),
  syncGroupMappings,
  switchOnCapabilities,
  switchOffCapabilities,
  syncSpendSettings,
  syncGroupLimits,
  syncMemberSpendLimits,
];

/**
 * The guide's steps (PLN-1). Step 6 first migrates the pilot (a test on member ids; nobody when
 * there is none, so that step changes nothing) on its own, then everyone else.
 */
export function stepRecipes(pilot: (memberId: string) => boolean = nobody): readonly StepRecipe[] {
  return [
    { step: "connectors", syncs: [switchOffCapabilities, syncConnectors, syncToolPolicy] },
    { step: "roles", syncs: [syncRoles] },
    {
      step: "connector-permissions",
      syncs: [enableConnectorPermissions, syncConnectorRows, disableConnectorPermissions],
    },
    { step: "groups", syncs: [syncGroups, syncGroupMembers, syncAssignments] },
    { step: "pilot", syncs: [syncMembers(pilot)] },
    { step: "members", syncs: [syncMembers((id) => !pilot(id)), syncGroupMappings] },
    { step: "capabilities", syncs: [switchOnCapabilities] },
    { step: "spend", syncs: [syncSpendSettings, syncGroupLimits, syncMemberSpendLimits] },
    // Removals come last; whatever their cascades took that the target keeps is put back with them.
    { step: "removals", syncs: [removeMembers, removeGroups, deleteRoles, removeToolPolicy, removeConnectors, ...ALL] },
  ];
}

/** Runs one step's recipe on `current`: its changes, and the org they leave. */
export function runStep(
  current: Org,
  after: Org,
  recipe: StepRecipe,
): { readonly changes: readonly Change[]; readonly org: Org } {
  let org = current;
  const changes: Change[] = [];
  for (const sync of recipe.syncs) {
    const next = sync(org, after);
    // An empty list gives the org itself (applyChanges), so what it shares stays shared.
    org = applyChanges(org, next);
    // A loop, not push(...next): a list of 200,000 changes would overflow the call stack.
    for (const change of next) changes.push(change);
  }
  return { changes, org };
}

/** The fields of section 1 that no change sets (CHG-4). */
const FIXED = ["id", "parentId", "billing", "seatPlan", "provisioning"] as const;

/**
 * The error of `changesBetween` and `planMigration` when the target differs where no change can
 * change an org (PLN-1). `field` names it.
 *
 * @example
 * ```ts
 * try {
 *   changesBetween(org, { ...org, billing: "seat" });
 * } catch (error) {
 *   error instanceof MigrationError // => true
 *   error.field // => "billing"
 * }
 * ```
 */
export class MigrationError extends Error {
  /** The org field that differs: `id`, `parentId`, `billing`, `seatPlan` or `provisioning`. */
  readonly field: string;

  /**
   * @param field - the field that differs
   * @param message - why, in words
   */
  constructor(field: string, message: string) {
    super(message);
    this.name = "MigrationError";
    this.field = field;
  }
}

/** Throws a {@link MigrationError} when the target differs where no change can change an org. */
export function checkReachable(before: Org, after: Org): void {
  for (const field of FIXED) {
    if (before[field] !== after[field])
      throw new MigrationError(field, fixedFieldMessage(field, before[field], after[field]));
  }
  checkRepeatedAssignments(before, after, repeatedInTargetMessage);
}

/**
 * assignRole fails on an assignment that exists (CHG-4), so an assignment listed twice in `to` is
 * reached only when `from` lists the very same assignments; `message` words the refusal.
 */
export function checkRepeatedAssignments(
  from: Org,
  to: Org,
  message: (groupId: string, roleId: string) => string,
): void {
  if (sameAssignments(from, to)) return;
  const seen = new Set<string>();
  to.roleAssignments.forEach(({ groupId, roleId }, i) => {
    const key = JSON.stringify([groupId, roleId]);
    if (seen.has(key)) throw new MigrationError(`roleAssignments[${i}]`, message(groupId, roleId));
    seen.add(key);
  });
}

/**
 * A change list that `applyChanges` turns `before` into `after` (equal up to section 1's defaults,
 * as CHG-3 says), in the guide's order (see `planMigration` for the stages). Items whose name,
 * source, tools or email differ, or that are out of place in their list, are removed and added
 * again (no change renames a group or moves an item).
 *
 * Rules: PLN-1, CHG-1, CHG-3, CHG-4.
 *
 * @param before - a parsed org (see `parseOrg`)
 * @param after - the target org, parsed
 * @returns the changes, deeply frozen (plain JSON)
 * @throws MigrationError when `after` differs in `id`, `parentId`, `billing`, `seatPlan` or
 * `provisioning`, or repeats a role assignment that `before` does not hold the same way
 *
 * @example
 * ```ts
 * changesBetween(org, withCoworkOn) // => [{ kind: "setOrgCapability", capability: "cowork", enabled: true }]
 * changesBetween(org, org) // => []
 * ```
 */
export function changesBetween(before: Org, after: Org): readonly Change[] {
  checkReachable(before, after);
  let org = before;
  const changes: Change[] = [];
  for (const recipe of stepRecipes()) {
    const step = runStep(org, after, recipe);
    org = step.org;
    for (const change of step.changes) changes.push(change);
  }
  return deepFreeze(changes);
}
