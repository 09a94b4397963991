// Properties of applyChanges and invertChanges on random orgs and random valid change lists (SPEC §8).
import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { applyChanges } from "../../src/admin/applyChanges.js";
import { invertChanges } from "../../src/admin/invertChanges.js";
import { parseOrg, type Org } from "../../src/index.js";
import { arbOrg } from "../arbitraries.js";
import { arbSeeds, changesFor } from "./arbChanges.js";
import { withDefaults, withoutRepeats } from "./defaults.js";
import { statesOf, undoOfEach } from "./undoEach.js";

const arbParsed = arbOrg().map((org) => parseOrg(org));
const arbPlain = arbOrg().map((org) => parseOrg(withoutRepeats(org)));
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function isDeeplyFrozen(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen);
}

describe("applyChanges on random orgs and change lists", () => {
  test.prop([arbParsed, arbSeeds()])(
    "CHG-1, IN-1: any valid change list gives an org that parseOrg accepts, deeply frozen",
    (org, seeds) => {
      const after = applyChanges(org, changesFor(org, seeds));
      expect(parseOrg(json(after))).toEqual(after);
      expect(isDeeplyFrozen(after)).toBe(true);
    },
  );

  test.prop([arbPlain, arbSeeds()])(
    "CHG-3: apply then invertChanges gives back a deep-equal org, defaults filled in",
    (org, seeds) => {
      const changes = changesFor(org, seeds);
      const undo = invertChanges(org, changes);
      expect(json(undo)).toEqual(undo); // plain JSON
      expect(withDefaults(applyChanges(applyChanges(org, changes), undo))).toEqual(withDefaults(org));
    },
  );

  // The working copy (working.ts, workingRoles.ts, keyedList.ts) keeps indexes, open tabs and holes
  // from one change to the next; applying each change on its own keeps nothing.
  test.prop([arbParsed, arbSeeds(30)], { numRuns: 200 })(
    "CHG-1, CHG-3: a list applied at once gives the org of its changes applied one at a time, and its undo the undo of each in turn",
    (org, seeds) => {
      const changes = changesFor(org, seeds);
      expect(JSON.stringify(applyChanges(org, changes))).toBe(JSON.stringify(statesOf(org, changes).at(-1)));
      expect(JSON.stringify(invertChanges(org, changes))).toBe(JSON.stringify(undoOfEach(org, changes)));
    },
  );

  test.prop([arbParsed, arbSeeds()])("IN-3: the input org and the change list are never changed", (org, seeds) => {
    const changes = changesFor(org, seeds);
    const orgCopy = json(org);
    const changesCopy = json(changes);
    applyChanges(org, changes);
    invertChanges(org, changes);
    expect(org).toEqual(orgCopy);
    expect(changes).toEqual(changesCopy);
  });
});

/** The ids (or keys) that a change list touches, per part of the org. */
function touched(changes: readonly Record<string, unknown>[]): Map<string, Set<string>> {
  const parts = new Map<string, Set<string>>([
    ["roles", new Set()],
    ["groups", new Set()],
    ["members", new Set()],
    ["connectors", new Set()],
    ["policy", new Set()],
    ["limits", new Set()],
    ["assignments", new Set()],
  ]);
  const add = (part: string, id: unknown): void => void parts.get(part)?.add(String(id));
  for (const c of changes) {
    if (typeof c["roleId"] === "string" && c["kind"] !== "assignRole" && c["kind"] !== "unassignRole")
      add("roles", c["roleId"]);
    if (c["kind"] === "createRole") add("roles", (c["role"] as { id: string }).id);
    if (c["kind"] === "enableConnectorPermissions" || c["kind"] === "removeConnector") add("roles", "*");
    if (c["kind"] === "addGroup") add("groups", (c["group"] as { id: string }).id);
    if (["removeGroup", "addGroupMembers", "removeGroupMembers"].includes(c["kind"] as string))
      add("groups", c["groupId"]);
    if (c["kind"] === "addMember") add("members", (c["member"] as { id: string }).id);
    for (const id of [c["memberId"], ...((c["memberIds"] as unknown[] | undefined) ?? [])])
      if (id !== undefined && c["kind"] !== "addGroupMembers" && c["kind"] !== "removeGroupMembers") add("members", id);
    if (c["kind"] === "addConnector") add("connectors", (c["connector"] as { id: string }).id);
    if (c["kind"] === "removeConnector" || c["kind"] === "setToolPolicy" || c["kind"] === "removeToolPolicy")
      add("policy", c["connectorId"]);
    if (c["kind"] === "setGroupSpendLimit") add("limits", c["groupId"]);
    if (c["kind"] === "assignRole") add("assignments", JSON.stringify([c["groupId"], c["roleId"]]));
  }
  return parts;
}

function expectShared<T>(before: readonly T[], after: readonly T[], key: (item: T) => string, skip: Set<string>): void {
  const old = new Map<string, T[]>();
  for (const item of before) old.set(key(item), [...(old.get(key(item)) ?? []), item]);
  for (const item of after) {
    if (skip.has("*") || skip.has(key(item)) || !old.has(key(item))) continue;
    expect(old.get(key(item))).toContain(item);
  }
}

describe("CHG-2: structural sharing", () => {
  test.prop([arbParsed, arbSeeds()])(
    "CHG-2: every role, group, member, connector, assignment, mapping, limit and policy entry the list does not touch is the very same object",
    (org, seeds) => {
      const changes = changesFor(org, seeds);
      const after: Org = applyChanges(org, changes);
      const t = touched(changes as unknown as Record<string, unknown>[]);
      const id = (x: { id: string }): string => x.id;
      expectShared(org.roles, after.roles, id, t.get("roles") as Set<string>);
      expectShared(org.groups, after.groups, id, t.get("groups") as Set<string>);
      expectShared(org.members, after.members, id, t.get("members") as Set<string>);
      expectShared(org.connectors, after.connectors, id, t.get("connectors") as Set<string>);
      expectShared(
        org.roleAssignments,
        after.roleAssignments,
        (a) => JSON.stringify([a.groupId, a.roleId]),
        t.get("assignments") as Set<string>,
      );
      expectShared(
        org.spend?.groupLimits ?? [],
        after.spend?.groupLimits ?? [],
        (l) => l.groupId,
        t.get("limits") as Set<string>,
      );
      const policy = t.get("policy") as Set<string>;
      for (const [k, entry] of Object.entries(after.toolPolicy ?? {})) {
        if (!policy.has(k) && org.toolPolicy !== undefined && Object.hasOwn(org.toolPolicy, k))
          expect(entry).toBe(org.toolPolicy[k]);
      }
      const mappingsSet = changes.some((c) => c.kind === "setGroupMappings" && c.mappings !== undefined);
      if (!mappingsSet)
        for (const m of after.groupMappings?.mappings ?? [])
          expect((org.groupMappings?.mappings ?? []).includes(m)).toBe(true);
    },
  );
});
