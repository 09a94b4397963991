// The undo of a change list as SPEC §8 builds it, the long way round: each change inverted on its
// own, from the org just before it (a new working copy each), the last change's undo first. The
// differences the whole list's undo makes (invertChanges' decisions):
// - the mapping rows, which `setGroupMappings` sets whole, come back only in the undo of the first
//   change that took or set them;
// - a role's row for a connector comes back only in the undo of the row's first change since the
//   last `enableConnectorPermissions`; when that undo removes the row and a later change of it is a
//   removal, it sets the row at `blocked` first.
import { applyChanges } from "../../src/admin/applyChanges.js";
import type { Change } from "../../src/admin/change.js";
import { invertChanges } from "../../src/admin/invertChanges.js";
import type { Org } from "../../src/index.js";

/** The orgs a list goes through, one change at a time: `org` first, the list's result last. */
export function statesOf(org: Org, changes: readonly Change[]): Org[] {
  return changes.reduce<Org[]>((all, change) => [...all, applyChanges(all.at(-1) as Org, [change])], [org]);
}

/** The role and connector of a change to a role's own row for a connector, or undefined. */
function rowOf(change: Change): string | undefined {
  if (change.kind === "setConnectorGrant" && change.connectorId === null) return undefined;
  if (change.kind === "setConnectorGrant" || change.kind === "setToolGrant" || change.kind === "removeConnectorGrant")
    return `${change.roleId} / ${change.connectorId}`;
  return undefined;
}

/** The earlier change of the same row since the last enabling that the i-th change's row undo defers to. */
function firstOfRow(changes: readonly Change[], i: number): number {
  const row = rowOf(changes[i] as Change);
  if (row === undefined) return i;
  let first = i;
  for (let j = i - 1; j >= 0 && changes[j]?.kind !== "enableConnectorPermissions"; j--)
    if (rowOf(changes[j] as Change) === row) first = j;
  return first;
}

/** The undo of each change in turn, as one list (see the top of this file). */
export function undoOfEach(org: Org, changes: readonly Change[]): Change[] {
  const states = statesOf(org, changes);
  let rowsBack = false;
  const undos = changes.map((change, i) =>
    invertChanges(states[i] as Org, [change]).flatMap((undo): Change[] => {
      if (undo.kind !== "setGroupMappings" || undo.mappings === undefined) return [undo];
      if (!rowsBack) {
        rowsBack = true;
        return [undo];
      }
      const { mappings: _rows, ...rest } = undo;
      return rest.enabled === undefined ? [] : [rest];
    }),
  );
  const firsts = changes.map((_, i) => firstOfRow(changes, i));
  firsts.forEach((first, i) => {
    if (first === i) return;
    const undo = undos[first] as Change[];
    if (changes[i]?.kind === "removeConnectorGrant" && undo[0]?.kind === "removeConnectorGrant")
      undo.unshift({ ...undo[0], kind: "setConnectorGrant", grant: "blocked" });
    undos[i] = [];
  });
  return undos.reverse().flat();
}
