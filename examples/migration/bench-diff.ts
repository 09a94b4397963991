// Benchmark of diffAccess on a large org (20,000 members, 200 connectors × 30 tools, 200 roles):
// a one-role change, and heavier ones for scale. Not a test (speed is shown by benchmarks):
//   npx esbuild examples/migration/bench-diff.ts --bundle --platform=node --format=esm --outfile=/tmp/bench-diff.mjs
//   node /tmp/bench-diff.mjs
import { diffAccess } from "../../src/admin/diff.js";
import { planMigration } from "../../src/admin/plan.js";
import { parseOrg, type Org } from "../../src/index.js";

const CONNECTORS = 200;
const TOOLS = 30;
const ROLES = 200;

function largeOrg(size = 20_000): Record<string, unknown> {
  const connectors = Array.from({ length: CONNECTORS }, (_, c) => ({
    id: `c${c}`,
    name: `Connector ${c}`,
    tools: Array.from({ length: TOOLS }, (_, t) => `t${t}`),
  }));
  const roles = Array.from({ length: ROLES }, (_, r) => ({
    id: `r${r}`,
    name: `Role ${r}`,
    capabilities: ["chat", r % 2 === 0 ? "cowork" : "claude_code"],
    connectors: {
      all: r % 3 === 0 ? "approval" : "blocked",
      byConnector: {
        [`c${r % CONNECTORS}`]: "always",
        [`c${(r * 7) % CONNECTORS}`]: { custom: { t0: "always", t1: "approval" } },
      },
    },
  }));
  // Every member is in the All Users group and in one team; a team holds one role, All Users the base role.
  const teams = Array.from({ length: ROLES }, (_, g) => ({
    id: `g${g}`,
    name: `Team ${g}`,
    source: "manual",
    members: [] as string[],
  }));
  const members = Array.from({ length: size }, (_, m) => {
    teams[m % ROLES]?.members.push(`u${m}`);
    return { id: `u${m}`, email: `u${m}@acme.test`, role: m % 10 === 0 ? "user" : "custom" };
  });
  const all = { id: "g-all", name: "All Users", source: "manual", members: members.map((m) => m.id) };
  return {
    id: "large",
    billing: "usage",
    seatPlan: "standard",
    provisioning: "scim",
    capabilities: { chat: true, cowork: true, claude_code: true, projects: true },
    connectorPermissionsEnabled: true,
    connectors,
    toolPolicy: { c0: { level: "approval" } },
    roles,
    groups: [all, ...teams],
    roleAssignments: [
      { groupId: "g-all", roleId: "r0" },
      ...teams.map((team, g) => ({ groupId: team.id, roleId: `r${g}` })),
    ],
    members,
    spend: { orgLimit: 100000, groupLimits: [{ groupId: "g1", limit: 5000 }] },
  };
}

function time(label: string, before: Org, after: Org): void {
  const start = performance.now();
  const diff = diffAccess(before, after);
  const ms = performance.now() - start;
  console.log(
    `${label}: ${ms.toFixed(0)} ms, ${diff.members.length} members, ${diff.gains} gains, ${diff.losses} losses, ${diff.changes} changes`,
  );
}

function withRole(
  json: Record<string, unknown>,
  id: string,
  change: (role: Record<string, unknown>) => Record<string, unknown>,
): Org {
  const roles = (json.roles as Record<string, unknown>[]).map((role) => (role.id === id ? change(role) : role));
  return parseOrg({ ...json, roles });
}

const json = largeOrg();
let start = performance.now();
const before = parseOrg(json);
console.log(`parse: ${(performance.now() - start).toFixed(0)} ms`);
start = performance.now();
time("same org", before, before);
time(
  "one role: a connector row (team role r5)",
  before,
  withRole(json, "r5", (r) => ({ ...r, connectors: { all: "blocked", byConnector: { c5: "blocked" } } })),
);
time(
  "one role: a capability (team role r6)",
  before,
  withRole(json, "r6", (r) => ({ ...r, capabilities: ["chat"] })),
);
time(
  "one role: All connectors row (team role r7)",
  before,
  withRole(json, "r7", (r) => ({ ...r, connectors: { all: "approval" } })),
);
time(
  "base role r0 (every member): a connector row",
  before,
  withRole(json, "r0", (r) => ({ ...r, connectors: { all: "approval", byConnector: { c0: "blocked" } } })),
);

// A whole migration: members on built-in roles and no role assignment before; custom roles,
// assignments and Custom roles for every member after. Every member's access changes, and the plan
// holds each stage's diff and the rollback's diff with both explanations of every difference: its
// size is about stages × members × differences, so this one has 2,000 members and 10 connectors of
// 5 tools (20,000 members with 200 × 30 tools would hold hundreds of millions of differences).
const whole = largeOrg(2_000);
const small: Record<string, unknown> = {
  ...whole,
  connectors: (whole.connectors as { id: string; name: string; tools: string[] }[])
    .slice(0, 10)
    .map((c) => ({ ...c, tools: c.tools.slice(0, 5) })),
};
const builtIn = {
  ...small,
  members: (small.members as Record<string, unknown>[]).map((m) => ({ ...m, role: "user" })),
  roleAssignments: [],
};
start = performance.now();
const plan = planMigration(parseOrg(builtIn), parseOrg(small), { pilot: "g1" });
const differences = plan.stages.reduce(
  (sum, stage) => sum + stage.diff.gains + stage.diff.losses + stage.diff.changes,
  0,
);
console.log(
  `plan (2,000 members, 10 connectors x 5 tools, pilot g1): ${(performance.now() - start).toFixed(0)} ms, ${plan.stages.length} stages, ${plan.merges.length} merges, ${differences} differences in the stages' diffs`,
);
