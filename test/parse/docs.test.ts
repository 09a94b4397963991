// The TSDoc examples of src/parse, run: what the API reference shows is what the code does.
import { describe, expect, it } from "vitest";
import { OrgValidationError, formatValidationIssues, parseOrg, safeParseOrg } from "../../src/index.js";
import { MAX_SHOWN_LENGTH, MAX_VALIDATION_ISSUES } from "../../src/parse/bounds.js";
import { formatPath } from "../../src/parse/issues.js";
import { specExample } from "./fixtures.js";

function rejected(doc: unknown): OrgValidationError {
  const result = safeParseOrg(doc);
  if (result.ok) throw new Error("expected an invalid org");
  return result.error;
}

describe("TSDoc examples of src/parse", () => {
  const org = specExample();

  it("ValidationIssue and ParseResult", () => {
    expect(rejected({ ...org, billing: "monthly" }).issues[0]).toEqual({
      code: "unknown_billing",
      path: ["billing"],
      pathText: "billing",
      expected: 'one of "seat", "usage"',
      received: '"monthly"',
      message: 'expected one of "seat", "usage", received "monthly"',
    });
    expect(formatValidationIssues(rejected({ ...org, billing: "monthly" }).issues)).toBe(
      '✖ expected one of "seat", "usage", received "monthly" → at billing',
    );
    const result = safeParseOrg(org);
    expect(result.ok && result.org.id).toBe("acme-eu");
  });

  it("ValidationIssueCode", () => {
    expect(rejected({ ...org, members: [{ id: "u1", role: "custom", spendLimt: 500 }] }).issues[0]?.code).toBe(
      "unknown_property",
    );
    expect(safeParseOrg(org).ok).toBe(true);
  });

  it("formatPath and formatValidationIssues", () => {
    expect(formatPath(["roles", 2, "connectors", "byConnector", "a.b"])).toBe('roles[2].connectors.byConnector["a.b"]');
    expect(formatPath([])).toBe("");
    const role = (all: string) => ({ id: `r-${all}`, name: "R", capabilities: [], connectors: { all } });
    const orgWithAllowLevel = { ...org, roles: [role("always"), role("approval"), role("allow")] };
    expect(formatValidationIssues(rejected(orgWithAllowLevel).issues)).toBe(
      '✖ expected one of "always", "approval", "blocked", received "allow" → at roles[2].connectors.all',
    );
    const orgWith250BadRoles = {
      ...org,
      members: Array.from({ length: 250 }, (_, i) => ({ id: `u${i}`, role: "superuser" })),
    };
    const error = rejected(orgWith250BadRoles);
    expect(formatValidationIssues(error.issues, error.issueCount).split("\n").at(-1)).toBe("… and 150 more issues");
    expect(formatValidationIssues([])).toBe("");
  });

  it("MAX_VALIDATION_ISSUES and MAX_SHOWN_LENGTH", () => {
    const members = Array.from({ length: 250 }, (_, i) => ({ id: `u${i}`, role: "superuser" }));
    const error = rejected({ ...org, members });
    expect(error.issues.length).toBe(MAX_VALIDATION_ISSUES);
    expect(error.issueCount).toBe(250);
    expect(safeParseOrg(org).ok).toBe(true);
    const key = "k".repeat(10_000);
    expect(rejected({ ...org, [key]: 1 }).issues[0]?.pathText).toBe(`["${"k".repeat(MAX_SHOWN_LENGTH)}…"]`);
    expect(rejected({ ...org, spendLimt: 1 }).issues[0]?.pathText).toBe("spendLimt");
  });

  it("OrgValidationError", () => {
    const error = rejected({ ...org, members: [{ id: "u1", role: "superuser" }] });
    expect(error).toBeInstanceOf(OrgValidationError);
    expect(error.issues.map((issue) => issue.code)).toEqual(["unknown_built_in_role"]);
    expect(error.issueCount).toBe(1);
    expect(error.message).toBe(
      'invalid org: 1 issue\n✖ expected one of "primary-owner", "owner", "admin", "user", "custom", received "superuser" → at members[0].role',
    );
    expect(Object.isFrozen(parseOrg(org))).toBe(true);
  });

  it("safeParseOrg and parseOrg", () => {
    expect(rejected({ ...org, members: [{ id: "u1", role: "custom", spendLimit: -5 }] }).issues).toMatchObject([
      {
        code: "invalid_money",
        pathText: "members[0].spendLimit",
        message: "expected a whole number of minor units (cents), 0 or more, received -5",
      },
    ]);
    const parsed = parseOrg(org);
    expect(parsed.id).toBe("acme-eu");
    expect(Object.isFrozen(parsed.members[0])).toBe(true);
    expect(() =>
      parseOrg({ ...org, roles: [{ id: "eng", name: "Eng", capabilities: [], connectors: { all: "allow" } }] }),
    ).toThrow(
      'invalid org: 1 issue\n✖ expected one of "always", "approval", "blocked", received "allow" → at roles[0].connectors.all',
    );
  });
});
