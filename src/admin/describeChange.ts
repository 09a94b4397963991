// A change in words, for an audit log (CHG-5).
import type { Org } from "../org.js";
import { changeText, type ChangeNames } from "../words/changes.js";
import type { Change } from "./change.js";

/** A lookup by id, its index built on first use (a description reads one or two ids of a large org). */
function lookup<T extends { readonly id: string }>(
  list: readonly T[],
  value: (item: T) => string | undefined,
): (id: string) => string | undefined {
  let byId: Map<string, string | undefined> | undefined;
  return (id) => {
    byId ??= new Map(list.map((item) => [item.id, value(item)]));
    return byId.get(id);
  };
}

function namesIn(org: Org | undefined): ChangeNames {
  const none = (): undefined => undefined;
  if (org === undefined) return { role: none, group: none, connector: none, memberEmail: none };
  return {
    role: lookup(org.roles, (role) => role.name),
    group: lookup(org.groups, (group) => group.name),
    connector: lookup(org.connectors, (connector) => connector.name),
    memberEmail: lookup(org.members, (member) => member.email),
  };
}

/**
 * A change in one sentence for an audit log, with the rule ids it touches. Given the org it applies
 * to, it names roles, groups and connectors by name as well as id, and members by email where they
 * have one. The sentence is bounded: long names are cut, long id lists say how many more.
 *
 * Rules: CHG-5.
 *
 * @param change - a change, as `applyChanges` takes it (read it with `applyChanges` first when it is untrusted)
 * @param org - the org it applies to, for names (optional)
 * @returns one lowercase sentence
 *
 * @example
 * ```ts
 * describeChange({ kind: "assignRole", groupId: "g-eng", roleId: "eng" }, org)
 * // => "assign role `Engineering` (`eng`) to group `Engineering` (`g-eng`) (CAP-4, CON-3)"
 * describeChange({ kind: "assignRole", groupId: "g-eng", roleId: "eng" })
 * // => "assign role `eng` to group `g-eng` (CAP-4, CON-3)"
 * ```
 */
export function describeChange(change: Change, org?: Org): string {
  return changeText(change, namesIn(org));
}
