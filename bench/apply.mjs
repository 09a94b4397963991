#!/usr/bin/env node
// Issue 10's performance target: applying one change to the large org (20,000 members, 1,000 groups,
// 200 roles, 200 connectors x 30 tools) costs at most a tenth of `parseOrg` on the same org. Times
// `applyChanges(org, [change])` (SPEC section 8) for a few kinds, each on the same parsed org (the
// input is never changed: CHG-2), median of --runs runs, against the median parseOrg of the org, and
// checks that each result answers the question the change was about.
//
//   node --expose-gc bench/apply.mjs [--size large] [--runs 9]

import { generateOrg } from "./gen.mjs";
import { lib } from "./library.mjs";
import { emit, gc, median, msSince, nowNs } from "./stats.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const size = opt("--size", "large");
const runs = Number(opt("--runs", 9));

if (typeof lib.applyChanges !== "function") {
  emit({ size, available: false });
  process.exit(0);
}

const source = generateOrg(size);
const text = JSON.stringify(source);
const parseTimes = [];
for (let k = 0; k < runs; k++) {
  const json = JSON.parse(text);
  gc();
  const t0 = nowNs();
  lib.parseOrg(json);
  parseTimes.push(msSince(t0));
}
const org = lib.parseOrg(JSON.parse(text));
const connector = source.connectors[5];
const role = source.roles[7];
const group = source.groups[3];
const outsider = source.members.find((m) => !group.members.includes(m.id) && m.role === "custom");

const CHANGES = [
  {
    change: {
      kind: "setToolGrant",
      roleId: role.id,
      connectorId: connector.id,
      tool: connector.tools[0],
      level: "approval",
    },
    check: (after) =>
      lib.resolveToolLevel(after, group.members[0], connector.id, connector.tools[0]).level !== undefined,
  },
  {
    change: { kind: "assignRole", groupId: group.id, roleId: role.id },
    check: (after) => after.roleAssignments.some((a) => a.groupId === group.id && a.roleId === role.id),
  },
  {
    change: { kind: "addGroupMembers", groupId: group.id, memberIds: [outsider.id] },
    check: (after) => lib.resolveAccess(after, outsider.id).groups.some((g) => g.groupId === group.id),
  },
  {
    change: { kind: "setConnectorGrant", roleId: role.id, connectorId: connector.id, grant: "blocked" },
    check: (after) => after.roles.find((r) => r.id === role.id).connectors.byConnector[connector.id] === "blocked",
  },
];

const kinds = CHANGES.map(({ change, check }) => {
  const times = [];
  let after;
  for (let k = 0; k < runs; k++) {
    gc();
    const t0 = nowNs();
    after = lib.applyChanges(org, [change]);
    times.push(msSince(t0));
  }
  return { kind: change.kind, ms: median(times), checked: check(after) };
});
// Lists of changes as long as the org has members (issue 9: a list costs about the org plus the
// list; the first design copied the member list for each change). Each timed on the same parsed org.
const ids = source.members.map((m) => m.id);
const removals = ids.map((id) => ({ kind: "removeMember", memberId: id }));
const LISTS = [
  {
    name: "addMember, one per member (at the end)",
    run: () =>
      lib.applyChanges(
        org,
        ids.map((id, i) => ({ kind: "addMember", member: { id: `new-${i}`, role: "user" } })),
      ),
    check: (after) => after.members.length === 2 * ids.length,
  },
  {
    name: "removeMember, every member (first first)",
    run: () => lib.applyChanges(org, removals),
    check: (after) => after.members.length === 0 && after.groups === org.groups,
  },
  {
    name: "setSeat, one per member",
    run: () =>
      lib.applyChanges(
        org,
        ids.map((id) => ({ kind: "setSeat", memberIds: [id], seat: "chat-code" })),
      ),
    check: (after) => after.members.every((m) => m.seat === "chat-code"),
  },
  {
    name: "invertChanges of the removals",
    run: () => lib.invertChanges(org, removals),
    check: (undo) => undo.length === ids.length && undo.every((c) => c.kind === "addMember" && c.at === 0),
  },
  {
    name: "applyChanges of that undo (an insertion at the front each)",
    prepare: () => ({ empty: lib.applyChanges(org, removals), undo: lib.invertChanges(org, removals) }),
    run: ({ empty, undo }) => lib.applyChanges(empty, undo),
    check: (after) => JSON.stringify(after) === text,
  },
];
const lists = LISTS.map(({ name, prepare, run, check }) => {
  const times = [];
  let result;
  const input = prepare?.();
  for (let k = 0; k < Math.min(runs, 5); k++) {
    result = undefined;
    gc();
    const t0 = nowNs();
    result = run(input);
    times.push(msSince(t0));
  }
  return { name, changes: ids.length, ms: median(times), checked: check(result) };
});
const parseMs = median(parseTimes);
emit({
  size,
  available: true,
  runs,
  parseMs,
  kinds: kinds.map((k) => ({ ...k, ofParse: k.ms / parseMs })),
  lists: typeof lib.invertChanges === "function" ? lists.map((l) => ({ ...l, ofParse: l.ms / parseMs })) : [],
});
