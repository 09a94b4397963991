// IN-1, IN-2, IN-3 over generated documents: valid orgs read back unchanged, every single-field
// corruption is named at its path, several problems are all named, and nothing but the library's
// error ever comes out of parseOrg.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OrgValidationError, formatValidationIssues, parseOrg, safeParseOrg } from "../../src/index.js";
import { arbOrg, arbOrgJson } from "../arbitraries.js";
import { arbCorruption, corruptionsOf, type Corruption } from "./corruptions.js";
import { allPaths, deepFreeze, richExample, setAt, startsWith, unfrozenPaths } from "./fixtures.js";
import { runs } from "../runs.js";

const RUNS = 150;

/** What parseOrg did: returned, threw its own error, or threw something else (a defect). */
function outcome(input: unknown): "ok" | "invalid" | "crash" {
  try {
    parseOrg(input);
    return "ok";
  } catch (error) {
    return error instanceof OrgValidationError ? "invalid" : "crash";
  }
}

function issuesOf(doc: unknown) {
  const result = safeParseOrg(doc);
  return result.ok ? [] : result.error.issues;
}

function reportedAt(c: Corruption, doc?: unknown): boolean {
  return issuesOf(doc ?? c.doc).some((issue) => issue.code === c.code && startsWith(issue.path, c.path));
}

describe("parseOrg over generated orgs (IN-1, IN-2, IN-3)", () => {
  it("every valid generated org parses to an equal value (IN-1)", () => {
    fc.assert(
      fc.property(arbOrgJson(), (doc) => {
        const result = safeParseOrg(doc);
        if (!result.ok) throw new Error(result.error.message);
        expect(result.org).toEqual(doc);
      }),
      { numRuns: runs(RUNS) },
    );
  });

  it("parsing returns a fresh, deeply frozen copy and leaves the input as it was (IN-3)", () => {
    fc.assert(
      fc.property(arbOrg(), (org) => {
        const before = structuredClone(org);
        const parsed = parseOrg(org);
        expect(parsed).not.toBe(org);
        expect(unfrozenPaths(parsed)).toEqual([]);
        expect(org).toEqual(before);
        expect(Object.isFrozen(org)).toBe(false);
        // A parsed org parses again to an equal org: parsing is idempotent.
        expect(parseOrg(parsed)).toEqual(parsed);
      }),
      { numRuns: runs(RUNS) },
    );
  });

  it("a deeply frozen input parses too, and is not changed (IN-3)", () => {
    fc.assert(
      fc.property(arbOrgJson(), (doc) => {
        expect(parseOrg(deepFreeze(doc))).toEqual(doc);
      }),
      { numRuns: runs(50) },
    );
  });

  it("every single-field corruption of a valid org is rejected with the right path (IN-1)", () => {
    fc.assert(
      fc.property(arbCorruption(), (c) => {
        const doc = c.doc;
        expect(outcome(doc)).toBe("invalid");
        expect(reportedAt(c, doc), `${c.kind} at ${JSON.stringify(c.path)}: ${JSON.stringify(issuesOf(doc))}`).toBe(
          true,
        );
      }),
      { numRuns: runs(200) },
    );
  });

  it("every kind of corruption is exercised: the corruption generator covers the org format (IN-1)", () => {
    const kinds = new Set<string>();
    const check = (doc: unknown): void => {
      for (const c of corruptionsOf(doc)) {
        kinds.add(`${c.kind}/${c.code}`);
        expect(reportedAt(c), `${c.kind} at ${JSON.stringify(c.path)}`).toBe(true);
      }
    };
    check(richExample());
    fc.assert(
      fc.property(arbOrgJson(), (doc) => check(doc)),
      { numRuns: runs(20) },
    );
    expect([...kinds].sort()).toEqual(
      expect.arrayContaining([
        "duplicate group limit/duplicate_group_limit",
        "duplicate id/duplicate_id",
        "duplicate tool/duplicate_tool",
        "empty id/empty_id",
        "empty key/empty_id",
        "missing/missing_property",
        "money/invalid_money",
        "record value/invalid_type",
        "retype/invalid_money",
        "retype/invalid_type",
        "tool on All connectors/tools_under_all_connectors",
        "unknown property/unknown_property",
        "unknown word/unknown_billing",
        "unknown word/unknown_built_in_role",
        "unknown word/unknown_group_source",
        "unknown word/unknown_level",
        "unknown word/unknown_mapped_role",
        "unknown word/unknown_multi_group",
        "unknown word/unknown_provisioning",
        "unknown word/unknown_seat",
        "unknown word/unknown_seat_plan",
      ]),
    );
  });

  it("two corruptions at unrelated places are both reported: every problem, not the first (IN-1)", () => {
    const leaf = (c: Corruption) =>
      ["retype", "money", "empty id", "unknown word", "unknown property", "missing"].includes(c.kind);
    fc.assert(
      fc.property(arbOrgJson(), fc.nat(), fc.nat(), (doc, i, j) => {
        const all = corruptionsOf(doc).filter(leaf);
        const a = all[i % all.length] as Corruption;
        const others = all.filter((c) => !startsWith(c.path, a.path) && !startsWith(a.path, c.path));
        fc.pre(others.length > 0);
        const b = others[j % others.length] as Corruption;
        const both = b.change(a.doc);
        expect(reportedAt(a, both)).toBe(true);
        expect(reportedAt(b, both)).toBe(true);
      }),
      { numRuns: runs(200) },
    );
  });

  it("the error message lists every issue, each with its path as text (IN-1)", () => {
    fc.assert(
      fc.property(arbCorruption(), (c) => {
        const result = safeParseOrg(c.doc);
        if (result.ok) throw new Error("accepted a corrupted org");
        expect(result.error.message.split("\n").slice(1)).toEqual(
          formatValidationIssues(result.error.issues).split("\n"),
        );
        for (const issue of result.error.issues) expect(issue.message).not.toMatch(/\.$/);
      }),
      { numRuns: runs(100) },
    );
  });

  it("random JSON never throws anything but OrgValidationError (IN-1)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(outcome(value)).not.toBe("crash");
        expect(() => safeParseOrg(value)).not.toThrow();
      }),
      { numRuns: runs(300) },
    );
  });

  it("random JS values (Maps, Sets, dates, boxed values, sparse arrays, null prototypes) never throw anything but OrgValidationError (IN-1)", () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withObjectString: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    });
    fc.assert(
      fc.property(anything, (value) => {
        expect(outcome(value)).not.toBe("crash");
      }),
      { numRuns: runs(300) },
    );
  });

  it("a valid org with any random value put at any of its paths never throws anything but OrgValidationError (IN-1)", () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withSparseArray: true,
      withNullPrototype: true,
    });
    fc.assert(
      fc.property(arbOrgJson(), fc.nat(), anything, (doc, n, value) => {
        const paths = allPaths(doc).slice(1);
        fc.pre(paths.length > 0);
        const { path } = paths[n % paths.length] as { path: readonly (string | number)[] };
        expect(outcome(setAt(doc, path, value))).not.toBe("crash");
      }),
      { numRuns: runs(300) },
    );
  });
});
