// The undo of a change list (CHG-3).
import { deepFreeze } from "../freeze.js";
import type { Org } from "../org.js";
import { applyAll } from "./applyChanges.js";
import type { Change } from "./change.js";
import { inverseOf } from "./inverse.js";
import type { UndoState } from "./restore.js";

/**
 * The undo of a change list: the changes (plain JSON) that, applied to `applyChanges(org, changes)`,
 * give back `org`, equal once SPEC §1's defaults are filled in on both sides. Undoing
 * `enableConnectorPermissions` gives back every row it replaced, so nothing an admin configured is
 * ever lost; undoing `disableConnectorPermissions` keeps every role's rows. A list that cannot apply
 * fails with the same error as `applyChanges`.
 *
 * Rules: CHG-3, CON-8.
 *
 * **Decision:** an assignment or a group member listed twice (IN-2 allows repeats) comes back once,
 * at its first place: no change can create a repeat (`assignRole` refuses an existing assignment,
 * `addGroupMembers` skips a listed id), and a repeat grants nothing. The undo is exact for orgs
 * without repeats.
 *
 * **Decision:** the mapping rows come back once. `setGroupMappings` sets them whole, so only the undo
 * of the first change that takes or sets rows (it is applied last) carries them, as they were before
 * the list; the undos of later ones leave them out. An undo of n mapped groups' removals so holds the
 * rows once, not n times.
 *
 * **Decision:** a role's row for a connector comes back once too: only the undo of the row's first
 * change since the list's last `enableConnectorPermissions` carries it (as it was before that change),
 * so n `setToolGrant` on one Custom row have an undo of one row, not n. When that undo removes the row
 * and the row is removed later in the list, it sets the row at `blocked` first, so that the removal
 * applies.
 *
 * @param org - an org that `parseOrg` or `applyChanges` returned (any other is refused with a TypeError)
 * @param changes - the change list, as `applyChanges` takes it
 * @returns the undo list, deeply frozen
 * @throws {@link ChangeError} when the list cannot apply, as `applyChanges` does
 *
 * @example
 * ```ts
 * const changes = [{ kind: "deleteRole", roleId: "eng" }];
 * invertChanges(org, changes)
 * // => [{ kind: "createRole", role: { id: "eng", ... }, at: 0 }, { kind: "assignRole", groupId: "g-eng", roleId: "eng", at: 0 }]
 * applyChanges(applyChanges(org, changes), invertChanges(org, changes)) // => equal to org
 * invertChanges(org, [{ kind: "deleteRole", roleId: "nope" }]) // => throws ChangeError (unknown_role)
 * ```
 */
export function invertChanges(org: Org, changes: readonly Change[] | unknown): readonly Change[] {
  const result = applyAll(org, changes);
  if (!result.ok) throw result.error;
  // The list applies: each change is inverted on a second run, from the org just before it.
  const undo: Change[][] = [];
  const state: UndoState = { mappingRows: false, rows: new Map() };
  applyAll(org, changes, (before, change) => undo.push(inverseOf(before, change, state)));
  return deepFreeze(undo.reverse().flat());
}
