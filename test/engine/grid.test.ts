// The level grid (src/engine/roles.ts `levelGrid`): CON-2 read ahead, one byte per (connector, role).
// A byte is a level row's level, or ASK where the row is Custom; connectors past the grid's budget
// share column 0, every role ASK, and are answered from the roles' rows. The property below builds
// orgs with many roles and connectors and few members, so that some connectors have a column and
// some do not, and holds every answer to the reference model either way.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gridBudget, type CompiledConnector } from "../../src/engine/catalog.js";
import { compiledOf } from "../../src/engine/compile.js";
import { internProfiles, kindOf } from "../../src/engine/profiles.js";
import { ASK, compileRole, levelGrid, mostPermissiveLevel, type CompiledRole } from "../../src/engine/roles.js";
import { parseOrg, resolveToolLevel } from "../../src/index.js";
import type { ConnectorGrant, CustomRole } from "../../src/org.js";
import { arbLevel } from "../arbitraries.js";
import { modelToolLevel } from "../model/tools.js";
import { runs } from "../runs.js";
import { baseOrg, flatLists } from "./fixtures.js";

const role = (id: string, all: ConnectorGrant, byConnector: Record<string, ConnectorGrant> = {}): CustomRole => ({
  id,
  name: id,
  capabilities: [],
  connectors: { all, byConnector },
});

const ROLES = [
  role("own", "always", { jira: "approval", slack: { custom: { post: "always" } } }),
  role("all", "approval"),
  role("custom-all", { custom: {} }, { slack: "always" }),
].map((r, order) => compileRole(r, order));

describe("the level grid", () => {
  it("CON-2: a byte per role and connector: its row's level, ASK for a Custom row, blocked under a Custom All connectors row", () => {
    const { grid, columns } = levelGrid(ROLES, ["jira", "slack", "github"], 1_000);
    // Levels by their position in LEVELS: blocked 0, approval 1, always 2.
    expect(columns).toEqual([3, 6, 9]);
    expect([...grid]).toEqual([ASK, ASK, ASK, 1, 1, 0, ASK, 1, 2, 2, 1, 0]);
  });

  it("CON-2: connectors past the budget read column 0, every role ASK: the grid stays within the budget, or is that one column when no connector fits", () => {
    const { grid, columns } = levelGrid(ROLES, ["jira", "slack", "github"], 11);
    expect(columns).toEqual([3, 6, 0]);
    expect([...grid]).toEqual([ASK, ASK, ASK, 1, 1, 0, ASK, 1, 2]);
    expect(levelGrid(ROLES, ["jira"], 2)).toEqual({ grid: Uint8Array.of(ASK, ASK, ASK), columns: [0] });
    expect(levelGrid([], ["jira", "slack"], 0)).toEqual({ grid: new Uint8Array(0), columns: [0, 0] });
  });
});

describe("reading the level grid", () => {
  it("CON-2, CON-3: a role's level in the grid is read from the grid: its rows are read only where its byte says ASK", () => {
    const roles = [role("jira-row", "blocked", { jira: "approval" }), role("all", "always")].map((r, order) =>
      compileRole(r, order),
    );
    const { grid, columns } = levelGrid(
      roles,
      ["jira"],
      gridBudget(parseOrg(baseOrg({ roles: roles.map((r) => r.role) }))),
    );
    // The same roles, whose rows throw when read.
    const unreadable = Object.freeze(
      Object.assign(new Map<string, never>(), {
        get: () => {
          throw new Error("a row was read");
        },
      }),
    );
    const trapped = roles.map((r) => Object.create(r, { byConnector: { value: unreadable } }) as CompiledRole);
    const { table } = internProfiles(trapped, {
      kinds: Uint8Array.of(kindOf("custom", null)),
      groupsOf: flatLists([[0]]),
      rolesOf: flatLists([trapped.map((r) => r.order)]),
    });
    const jira = { connector: { id: "jira" }, grid, column: columns[0] } as unknown as CompiledConnector;
    expect(mostPermissiveLevel(table, 0, jira, "search")).toBe("always");
    // Column 0 says ASK for every role: the rows are read there.
    expect(() => mostPermissiveLevel(table, 0, { ...jira, column: 0 }, "search")).toThrow("a row was read");
  });

  it("the grid's budget is 4 bytes per item the org lists (member, group listing, role, role row, connector, tool), plus 4 KB", () => {
    const org = parseOrg(
      baseOrg({
        connectors: [
          { id: "jira", name: "Jira", tools: ["a", "b"] },
          { id: "slack", name: "Slack", tools: ["c"] },
        ],
        roles: [role("r1", "always", { jira: "approval", slack: "blocked" }), role("r2", "blocked")],
        groups: [
          { id: "g1", name: "G1", source: "manual", members: ["m1", "m2"] },
          { id: "g2", name: "G2", source: "manual", members: ["m1"] },
        ],
        members: [
          { id: "m1", role: "custom" },
          { id: "m2", role: "user" },
        ],
      }),
    );
    // 2 members + 3 group listings + 2 roles + 2 role rows + 2 connectors + 3 tools.
    expect(gridBudget(org)).toBe(4 * 14 + 4096);
  });
});

const arbRow = fc.oneof(
  { weight: 4, arbitrary: arbLevel() },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom("t0", "t1", "t2"), arbLevel()).map((custom) => ({ custom })) },
);

/** Many roles on many connectors, held by few members through groups that assign many roles each. */
const arbCrowdedOrg = fc
  .record({
    roleCount: fc.integer({ min: 80, max: 100 }),
    connectorCount: fc.integer({ min: 120, max: 140 }),
    seed: fc.array(fc.tuple(fc.nat(), fc.nat(), arbRow), { minLength: 100, maxLength: 400 }),
    alls: fc.array(fc.oneof(arbLevel(), fc.constant({ custom: {} })), { minLength: 100, maxLength: 100 }),
    held: fc.array(fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 4 }),
    policy: fc.array(fc.tuple(fc.nat(), arbLevel()), { maxLength: 20 }),
  })
  .map(({ roleCount, connectorCount, seed, alls, held, policy }) => {
    const byRole = Array.from({ length: roleCount }, () => ({}) as Record<string, ConnectorGrant>);
    for (const [r, c, row] of seed)
      (byRole[r % roleCount] as Record<string, ConnectorGrant>)[`c${c % connectorCount}`] = row;
    return parseOrg(
      baseOrg({
        connectors: Array.from({ length: connectorCount }, (_, c) => ({
          id: `c${c}`,
          name: `C${c}`,
          tools: ["t0", "t1"],
        })),
        toolPolicy: Object.fromEntries(policy.map(([c, level]) => [`c${c % connectorCount}`, { level }])),
        roles: byRole.map((byConnector, r) => role(`r${r}`, alls[r] as ConnectorGrant, byConnector)),
        groups: held.map((_, g) => ({ id: `g${g}`, name: `G${g}`, source: "manual", members: [`m${g}`] })),
        roleAssignments: held.flatMap((roles, g) =>
          roles.map((r) => ({ groupId: `g${g}`, roleId: `r${r % roleCount}` })),
        ),
        members: held.map((_, g) => ({ id: `m${g}`, role: "custom" })),
      }),
    );
  });

describe("differential: connectors with and without a column of the level grid", () => {
  it("CON-2, CON-3, CON-4: every tool's level is the model's, whether its connector has a column of the grid or reads the roles' rows", () => {
    let withColumn = 0;
    let without = 0;
    fc.assert(
      fc.property(arbCrowdedOrg, (org) => {
        const compiled = compiledOf(org);
        for (const connector of org.connectors) {
          if ((compiled.connectors.get(connector.id)?.column ?? 0) === 0) without++;
          else withColumn++;
          for (const member of org.members)
            for (const tool of ["t0", "t1", "t2"])
              expect(resolveToolLevel(org, member.id, connector.id, tool).level).toBe(
                modelToolLevel(org, member.id, connector.id, tool),
              );
        }
      }),
      { numRuns: runs(30) },
    );
    // Both kinds were asked about: the budget ran out in these orgs.
    expect(withColumn).toBeGreaterThan(0);
    expect(without).toBeGreaterThan(0);
  });
});
