// Each kind of reason worded once, word for word (EXP-1): a wording change is one line of diff here.
// Decisions elsewhere are pinned as data (level or granted, rule ids, reasons' kinds and facts).
import { describe, expect, test } from "vitest";
import type { CapabilityReason, ConflictReason, ReasonData, SpendReason, ToolReason } from "../src/engine/reason.js";
import { wordCapabilityReason } from "../src/words/capabilities.js";
import { wordConflictReason } from "../src/words/conflicts.js";
import { LIST_BOUND, QUOTE_BOUND, q, summaryOf } from "../src/words/quote.js";
import { wordSpendReason } from "../src/words/spend.js";
import { wordToolReason } from "../src/words/tools.js";

const TOOL_KINDS = new Set([
  "connector-permissions-off",
  "not-governed",
  "tool-policy",
  "role-tool-level",
  "managed-setting",
  "managed-setting-alone",
  "managed-setting-and-policy",
]);
const CAPABILITY_KINDS = new Set([
  "capability-off",
  "chat-seat",
  "built-in-capabilities",
  "role-grants-capability",
  "no-role-grants-capability",
  "landing-page",
  "access-scope",
]);
const SPEND_KINDS = new Set(["not-usage-billed", "own-limit", "group-limit", "org-limit", "no-limit"]);

/** A reason in words, by the words of its family (the shared kinds are worded alike by every family). */
function wordReason(data: ReasonData): string {
  if (TOOL_KINDS.has(data.kind)) return wordToolReason(data as ToolReason);
  if (CAPABILITY_KINDS.has(data.kind)) return wordCapabilityReason(data as CapabilityReason);
  if (SPEND_KINDS.has(data.kind)) return wordSpendReason(data as SpendReason);
  return wordConflictReason(data as ConflictReason);
}

/** The shared kinds, worded by each family: the words are the same. */
const SHARED: readonly ReasonData[] = [
  { kind: "unknown-member", rule: "CON-7", memberId: "u9", orgId: "acme" },
  { kind: "connector-not-added", rule: "CON-7", connectorId: "notion" },
  { kind: "tool-not-listed", rule: "CON-7", connectorId: "jira", connectorName: "Jira", tool: "x" },
  { kind: "group-mapping", rule: "GRP-3", builtInRole: "admin", groups: ["g-a"] },
  { kind: "no-custom-role", rule: "CAP-6", builtInRole: "custom" },
];

const held = { roleId: "eng", roleName: "Engineering", groups: ["g-eng"], groupNames: ["Engineering"] };
const toolRow = {
  ...held,
  kind: "role-tool-level",
  connectorId: "jira",
  level: "always",
  row: "connector",
  custom: false,
  rolesHeld: 1,
} as const;

const SENTENCES: readonly (readonly [ReasonData, string])[] = [
  [{ kind: "unknown-member", rule: "CON-7", memberId: "u9", orgId: "acme" }, "`u9` is not a member of org `acme`"],
  [
    { kind: "connector-not-added", rule: "CON-7", connectorId: "notion" },
    "connector `notion` has not been added to the org",
  ],
  [
    { kind: "tool-not-listed", rule: "CON-7", connectorId: "jira", connectorName: "Jira", tool: "x" },
    "connector `Jira` has no tool `x`",
  ],
  [
    { kind: "group-mapping", rule: "GRP-3", builtInRole: "admin", groups: ["g-a", "g-b"] },
    "the group mapping of `g-a`, `g-b` makes the member's built-in role `admin`",
  ],
  [
    { kind: "connector-permissions-off", rule: "CON-6" },
    "connector permissions are off for the org, so role grants do not apply",
  ],
  [{ kind: "not-governed", rule: "CON-5", builtInRole: "user" }, "built-in role `user` is not governed by role grants"],
  [
    { kind: "tool-policy", rule: "CON-4", level: "always", policy: null, effect: "sets" },
    "the org-wide tool policy has no entry for the connector, so it is `always`",
  ],
  [
    { kind: "tool-policy", rule: "CON-4", level: "approval", policy: "jira", effect: "sets" },
    "the org-wide tool policy entry `jira` sets it to `approval`",
  ],
  [
    { kind: "tool-policy", rule: "CON-4", level: "blocked", policy: "jira/x", effect: "caps" },
    "the org-wide tool policy entry `jira/x` caps it at `blocked`",
  ],
  [
    { kind: "no-custom-role", rule: "CON-3", builtInRole: "custom" },
    "the member is set to Custom roles and holds no custom role",
  ],
  [{ ...toolRow, rule: "CON-3" }, "role `Engineering` (via group `Engineering`) grants `always` on its row for `jira`"],
  [
    { ...toolRow, rule: "CON-2", level: "blocked", custom: true },
    "role `Engineering` (via group `Engineering`) blocks it on its Custom row for `jira`",
  ],
  [
    { ...toolRow, rule: "CON-3", row: "all-connectors", rolesHeld: 2 },
    "role `Engineering` (via group `Engineering`) grants `always` on its All connectors row, the most permissive of its roles",
  ],
  [
    { ...toolRow, rule: "CON-3", level: "blocked", row: "all-connectors", custom: true, rolesHeld: 3 },
    "role `Engineering` (via group `Engineering`) blocks it as its All connectors row is Custom and it has no row for the connector, as do all its other roles",
  ],
  [{ kind: "capability-off", rule: "CAP-1", capability: "memory" }, "`memory` is off at org level, for everyone"],
  [{ kind: "chat-seat", rule: "CAP-7", seat: "chat" }, "the member has a Chat seat, which never has Claude Code"],
  [
    { kind: "built-in-capabilities", rule: "CAP-2", builtInRole: "owner" },
    "built-in role `owner` has every capability the org has on",
  ],
  [
    { kind: "role-grants-capability", rule: "CAP-4", ...held },
    "role `Engineering` (via group `Engineering`) grants it",
  ],
  [
    {
      kind: "no-role-grants-capability",
      rule: "CAP-4",
      builtInRole: "custom",
      roles: ["eng", "mkt"],
      roleNames: ["Engineering", "Marketing"],
    },
    "none of the member's custom roles (`Engineering`, `Marketing`) grants it",
  ],
  [{ kind: "landing-page", rule: "CAP-8", chat: true }, "the member has `chat`"],
  [
    { kind: "landing-page", rule: "CAP-8", chat: false },
    "the member does not have `chat`; their other capabilities stay available from the settings page",
  ],
  [
    { kind: "access-scope", rule: "CAP-4", builtInRole: "custom", rolesHeld: 1 },
    "the member is set to Custom roles and holds 1 custom role",
  ],
  [
    { kind: "access-scope", rule: "CAP-3", builtInRole: "admin", rolesHeld: 0 },
    "built-in role `admin` is not governed by custom roles",
  ],
  [
    { kind: "not-usage-billed", rule: "SPD-1", orgId: "acme" },
    "org `acme` is not billed by usage, so spend limits do not apply",
  ],
  [{ kind: "own-limit", rule: "SPD-2", limit: 500 }, "the member's own limit is 500, which overrides group limits"],
  [
    { kind: "group-limit", rule: "SPD-3", groupId: "g-eng", limit: 2000, groupsWithLimits: 1, multiGroup: "lowest" },
    "group `g-eng` has a limit of 2000",
  ],
  [
    { kind: "group-limit", rule: "SPD-3", groupId: "g-eng", limit: 2000, groupsWithLimits: 3, multiGroup: "highest" },
    "group `g-eng` has the highest limit of the member's 3 groups with limits, 2000",
  ],
  [{ kind: "org-limit", rule: "SPD-4", limit: 100, effect: "caps" }, "the org limit 100 is the hard ceiling"],
  [{ kind: "org-limit", rule: "SPD-4", limit: 100, effect: "does-not-lower" }, "the org limit 100 does not lower it"],
  [{ kind: "no-limit", rule: "SPD-4" }, "no limit is set for the member, their groups or the org"],
  [{ kind: "managed-setting", rule: "CON-12", level: "approval" }, "the Claude Code managed setting is `approval`"],
  [
    { kind: "managed-setting-alone", rule: "CON-12" },
    "connector permissions are off, so the managed setting alone decides",
  ],
  [
    { kind: "managed-setting-and-policy", rule: "CON-12" },
    "connector permissions are on, so the most restrictive of the org policy and the managed setting applies",
  ],
  [{ kind: "unknown-role", rule: "CON-13", roleId: "x", orgId: "acme" }, "it is not a role of org `acme`"],
  [
    { kind: "rows-compared", rule: "CON-13", connectors: 1 },
    "its rows were compared with every other role on 1 connector",
  ],
  [
    { kind: "no-conflict", rule: "CON-13", view: "shared-members" },
    "no role sharing a member with it grants the connector at a different level",
  ],
  [
    {
      kind: "conflicting-roles",
      rule: "CON-13",
      roles: [
        { roleId: "a", roleName: "A", grant: "always", levels: [["t", "always"]] },
        { roleId: "b", roleName: "B", grant: { custom: { t: "approval" } }, levels: [["t", "approval"]] },
      ],
    },
    "role `A` (`always`) and role `B` (Custom: t `approval`) grant it at a different level",
  ],
  [
    {
      kind: "conflict-applying",
      rule: "CON-3",
      applying: [
        ["t", "always"],
        ["u", "blocked"],
      ],
    },
    "the most permissive grant applies to a member holding them together: t `always`, u `blocked`",
  ],
];

describe("the words of reasons (EXP-1)", () => {
  test.each(SENTENCES.map(([data, sentence]) => [data.kind, data, sentence] as const))(
    "EXP-1: a reason of kind %s is worded",
    (_, data, sentence) => {
      expect(wordReason(data)).toBe(sentence);
    },
  );

  test("EXP-1: a shared kind of reason is worded alike by every family of decisions", () => {
    for (const data of SHARED) {
      const words = [wordToolReason, wordCapabilityReason, wordSpendReason, wordConflictReason].map((word) =>
        word(data as never),
      );
      expect(new Set(words).size).toBe(1);
    }
  });

  test("EXP-1: every kind of reason is worded by a sentence of this book", () => {
    // The type checker makes this list name every kind of the union, each once.
    const every: Record<ReasonData["kind"], true> = {
      "unknown-member": true,
      "connector-not-added": true,
      "tool-not-listed": true,
      "group-mapping": true,
      "connector-permissions-off": true,
      "not-governed": true,
      "tool-policy": true,
      "no-custom-role": true,
      "role-tool-level": true,
      "capability-off": true,
      "chat-seat": true,
      "built-in-capabilities": true,
      "role-grants-capability": true,
      "no-role-grants-capability": true,
      "landing-page": true,
      "access-scope": true,
      "not-usage-billed": true,
      "own-limit": true,
      "group-limit": true,
      "org-limit": true,
      "no-limit": true,
      "managed-setting": true,
      "managed-setting-alone": true,
      "managed-setting-and-policy": true,
      "unknown-role": true,
      "rows-compared": true,
      "no-conflict": true,
      "conflicting-roles": true,
      "conflict-applying": true,
    };
    expect([...new Set(SENTENCES.map(([data]) => data.kind))].sort()).toEqual(Object.keys(every).sort());
  });

  test("EXP-1: a sentence has a bounded size: long names are cut and long lists say how many more", () => {
    const long = "x".repeat(10_000);
    expect(q(long)).toHaveLength(QUOTE_BOUND + 2);
    const groups = Array.from({ length: 200 }, (_, i) => `${long}${i}`);
    const message = wordReason({ ...toolRow, rule: "CON-3", groups, groupNames: groups });
    expect(message).toContain(`and ${200 - LIST_BOUND} more`);
    expect(message.length).toBeLessThan(1_000);
    const reasons = Array.from({ length: 300 }, () => ({
      rule: "CAP-5",
      message: wordReason({ kind: "role-grants-capability", rule: "CAP-5", ...held, groups, groupNames: groups }),
    }));
    const summary = summaryOf(`member ${q(long)} has capability \`chat\``, reasons);
    expect(summary).toContain(`and ${300 - LIST_BOUND} more`);
    expect(summary.length).toBeLessThan(5_000);
  });

  test("EXP-1: an id that is not a string (a Symbol passed by mistake) is worded, never a TypeError", () => {
    const symbol = Symbol("who") as unknown as string;
    expect(wordReason({ kind: "unknown-member", rule: "CON-7", memberId: symbol, orgId: "acme" })).toBe(
      "`Symbol(who)` is not a member of org `acme`",
    );
  });
});
