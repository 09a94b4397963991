import { describe, expect, test } from "vitest";
import { resolveSpendLimit, type Org } from "../../src/index.js";
import { baseOrg } from "./fixtures.js";

function org(over: Partial<Org> = {}, spend: Org["spend"] = undefined): Org {
  return baseOrg({
    billing: "usage",
    provisioning: "invite-only",
    groups: [
      { id: "g-eng", name: "Engineering", source: "scim", members: ["u1", "u2", "u3"] },
      { id: "g-all", name: "All Users", source: "manual", members: ["u1", "u2", "u3", "u4"] },
      { id: "g-none", name: "No limit", source: "manual", members: ["u5"] },
    ],
    members: [
      { id: "u1", role: "custom" },
      { id: "u2", role: "user", spendLimit: 9000 },
      { id: "u3", role: "owner", spendLimit: 100 },
      { id: "u4", role: "custom" },
      { id: "u5", role: "custom" },
    ],
    ...(spend === undefined ? {} : { spend }),
    ...over,
  });
}

const limits = {
  groupLimits: [
    { groupId: "g-eng", limit: 2000 },
    { groupId: "g-all", limit: 5000 },
  ],
};

describe("spend limits", () => {
  test("SPD-1: spend limits apply to usage-billed orgs only; elsewhere the answer says so", () => {
    const decision = resolveSpendLimit(org({ billing: "seat" }, { orgLimit: 10, ...limits }), "u1");
    expect(decision).toMatchObject({ status: "not-applicable", limit: null, source: null, groupId: null });
    expect(decision.summary).toBe(
      "member `u1` has no spend limit because org `acme` is not billed by usage, so spend limits do not apply (SPD-1)",
    );
  });

  test("SPD-2: an individual limit overrides group limits, whether higher or lower", () => {
    const o = org({}, limits);
    expect(resolveSpendLimit(o, "u2")).toMatchObject({
      status: "limited",
      limit: 9000,
      source: "individual",
      groupId: null,
    });
    expect(resolveSpendLimit(o, "u3")).toMatchObject({ status: "limited", limit: 100, source: "individual" });
    expect(resolveSpendLimit(o, "u2").rules).toEqual(["SPD-2"]);
  });

  test("SPD-3: several groups with limits give the lowest by default, or the highest as the org chooses", () => {
    expect(resolveSpendLimit(org({}, limits), "u1")).toMatchObject({ limit: 2000, source: "group", groupId: "g-eng" });
    // Left out, the rule is "lowest", and the reason says so as data.
    expect(resolveSpendLimit(org({}, limits), "u1").reasons).toMatchObject([
      { kind: "group-limit", rule: "SPD-3", groupId: "g-eng", multiGroup: "lowest" },
    ]);
    expect(resolveSpendLimit(org({}, { ...limits, multiGroup: "lowest" }), "u1")).toMatchObject({
      limit: 2000,
      groupId: "g-eng",
    });
    const highest = resolveSpendLimit(org({}, { ...limits, multiGroup: "highest" }), "u1");
    expect(highest).toMatchObject({ limit: 5000, source: "group", groupId: "g-all" });
    expect(highest.summary).toBe(
      "member `u1` is limited to 5000 because group `g-all` has the highest limit of the member's 2 groups with limits, 5000 (SPD-3)",
    );
  });

  test("SPD-3: a tie between groups names the first group in the org's group-limit list", () => {
    const tie = {
      groupLimits: [
        { groupId: "g-all", limit: 3000 },
        { groupId: "g-eng", limit: 3000 },
      ],
    };
    expect(resolveSpendLimit(org({}, tie), "u1").groupId).toBe("g-all");
  });

  test("SPD-4: the org limit is the hard ceiling, and names itself only when it is lower", () => {
    const o = org({}, { orgLimit: 3000, ...limits });
    expect(resolveSpendLimit(o, "u1")).toMatchObject({ limit: 2000, source: "group", groupId: "g-eng" });
    expect(resolveSpendLimit(o, "u4")).toMatchObject({ limit: 3000, source: "org", groupId: null });
    expect(resolveSpendLimit(o, "u2")).toMatchObject({ limit: 3000, source: "org" });
    expect(resolveSpendLimit(o, "u5")).toMatchObject({ limit: 3000, source: "org" });
    expect(resolveSpendLimit(o, "u4").rules).toEqual(["SPD-3", "SPD-4"]);
  });

  test("SPD-4: when the org limit equals the other result, the source is the individual or group one", () => {
    const o = org({}, { orgLimit: 2000, ...limits });
    expect(resolveSpendLimit(o, "u1")).toMatchObject({ limit: 2000, source: "group" });
    const o2 = org({}, { orgLimit: 9000 });
    expect(resolveSpendLimit(o2, "u2")).toMatchObject({ limit: 9000, source: "individual" });
  });

  test("SPD-4: no limit anywhere means unlimited", () => {
    const decision = resolveSpendLimit(org(), "u5");
    expect(decision).toMatchObject({ status: "unlimited", limit: null, source: null, groupId: null });
    expect(decision.rules).toEqual(["SPD-4"]);
  });

  test("SPD-5: only this org's group limits count, and membership is read as it is now", () => {
    // A limit for a group the member is not in (or that does not exist) does not apply.
    const o = org(
      {},
      {
        groupLimits: [
          { groupId: "g-missing", limit: 1 },
          { groupId: "g-none", limit: 7 },
        ],
      },
    );
    expect(resolveSpendLimit(o, "u1").status).toBe("unlimited");
    expect(resolveSpendLimit(o, "u5")).toMatchObject({ limit: 7, source: "group", groupId: "g-none" });
  });

  test("GRP-2 (Decision): SCIM groups count for spend limits even where they do not count for roles", () => {
    const o = org({}, { groupLimits: [{ groupId: "g-eng", limit: 2000 }] });
    expect(o.provisioning).toBe("invite-only");
    expect(resolveSpendLimit(o, "u1")).toMatchObject({ limit: 2000, groupId: "g-eng" });
  });

  test("CON-7: an id that is not a member of the org gets an answer saying so", () => {
    const decision = resolveSpendLimit(org({}, limits), "stranger");
    expect(decision).toMatchObject({ status: "unknown-member", limit: null, source: null, groupId: null });
    expect(decision.rules).toEqual(["CON-7"]);
  });

  test("a zero limit is a limit, not an absence", () => {
    expect(resolveSpendLimit(org({}, { orgLimit: 0 }), "u5")).toMatchObject({
      status: "limited",
      limit: 0,
      source: "org",
    });
    const o = org({ members: [{ id: "u1", role: "custom", spendLimit: 0 }] }, limits);
    expect(resolveSpendLimit(o, "u1")).toMatchObject({ limit: 0, source: "individual" });
  });
});
