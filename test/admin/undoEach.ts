// The undo of a change list as SPEC §8 builds it, the long way round: each change inverted on its
// own, from the org just before it (a new working copy each), the last change's undo first. The one
// difference the whole list's undo makes (invertChanges' decision): the mapping rows, which
// `setGroupMappings` sets whole, come back only in the undo of the first change that took or set them.
import { applyChanges } from "../../src/admin/applyChanges.js";
import type { Change } from "../../src/admin/change.js";
import { invertChanges } from "../../src/admin/invertChanges.js";
import type { Org } from "../../src/index.js";

/** The orgs a list goes through, one change at a time: `org` first, the list's result last. */
export function statesOf(org: Org, changes: readonly Change[]): Org[] {
  return changes.reduce<Org[]>((all, change) => [...all, applyChanges(all.at(-1) as Org, [change])], [org]);
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
  return undos.reverse().flat();
}
