// Issue 9, the parser's part: documents built to hurt, at sizes scaled down to run in about a second.
// Each test names the failure measured on the code before (2 cores, Node 20). safeParseOrg returns on
// every input, with an error of bounded size, reading each value of the document once.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OrgValidationError, parseOrg, safeParseOrg, type ParseResult } from "../../src/index.js";
import { MAX_SHOWN_LENGTH, MAX_VALIDATION_ISSUES } from "../../src/parse/bounds.js";
import { arbOrgJson } from "../arbitraries.js";
import { allPaths, minimalOrg, setAt, specExample } from "../parse/fixtures.js";
import { runs } from "../runs.js";

// An issue's size: a path of at most 8 keys (the depth of the org format), each shown in at most 60
// characters (6 when escaped: 360), and a message naming at most two of them. Far below in practice.
const ISSUE_BOUND = 8_000;
// The message: a count, 100 lines of at most one issue's message and path each, and a count again.
const MESSAGE_BOUND = MAX_VALIDATION_ISSUES * ISSUE_BOUND;

/** Checks what every result must be, valid or not; returns the error, if any. */
function bounded(result: ParseResult): OrgValidationError | undefined {
  if (result.ok) return undefined;
  const { error } = result;
  expect(error).toBeInstanceOf(OrgValidationError);
  expect(error.issues.length).toBeGreaterThan(0);
  expect(error.issues.length).toBeLessThanOrEqual(MAX_VALIDATION_ISSUES);
  expect(error.issueCount).toBeGreaterThanOrEqual(error.issues.length);
  for (const issue of error.issues) {
    expect(JSON.stringify(issue).length).toBeLessThanOrEqual(ISSUE_BOUND);
    expect(issue.path.length).toBeLessThanOrEqual(8);
  }
  expect(error.message.length).toBeLessThanOrEqual(MESSAGE_BOUND);
  return error;
}

function rejected(doc: unknown): OrgValidationError {
  const error = bounded(safeParseOrg(doc));
  if (error === undefined) throw new Error("expected an invalid org");
  return error;
}

/** `count` tool levels that are no level, under a connector id of `keyLength` characters. */
function manyIssuesUnderOneLongKey(count: number, keyLength: number): unknown {
  const tools = Object.fromEntries(Array.from({ length: count }, (_, i) => [`t${i}`, "allow"]));
  return { ...minimalOrg(), toolPolicy: Object.fromEntries([["k".repeat(keyLength), { tools }]]) };
}

describe("issue 9: validation errors are bounded (IN-1)", () => {
  it("20,000 issues under a 10 KB key (was: 414 MB kept, a RangeError from 0.3 MB up): 100 kept, 20,000 counted", () => {
    const error = rejected(manyIssuesUnderOneLongKey(20_000, 10_000));
    expect(error.issueCount).toBe(20_000);
    expect(error.issues).toHaveLength(100);
    expect(error.issues[0]?.pathText).toBe(`toolPolicy["${"k".repeat(MAX_SHOWN_LENGTH)}…"].tools.t0`);
    expect(error.message.split("\n").at(-1)).toBe("… and 19900 more issues");
    expect(error.message.length).toBeLessThan(20_000);
    expect(JSON.stringify(error.issues).length).toBeLessThan(40_000);
  });

  it("a 1 MB key at every depth of the format gives issues of bounded size", () => {
    const key = "\u0000".repeat(1_000_000);
    const custom = Object.fromEntries([[key, "allow"]]);
    const doc = setAt(
      setAt(specExample(), ["roles", 0, "connectors", "byConnector"], Object.fromEntries([[key, { custom }]])),
      ["toolPolicy"],
      Object.fromEntries([[key, { tools: custom }]]),
    );
    const error = rejected({ ...(doc as object), [key]: key });
    expect(error.issues.map((issue) => issue.code)).toEqual(["unknown_property", "unknown_level", "unknown_level"]);
  });

  it("an invalid document of 0.4 MB (was: 200 MB printed for 119 KB) keeps an error of a few KB", () => {
    const error = rejected({ ...minimalOrg(), members: new Array<number>(200_000).fill(1) });
    expect(error.issueCount).toBe(200_000);
    expect(error.message.length).toBeLessThan(10_000);
  });

  it("50,000 unknown properties of one object: each counted, none compared with every name", () => {
    const member = Object.fromEntries([
      ["id", "u1"],
      ["role", "user"],
      ...Array.from({ length: 50_000 }, (_, i) => [`spendLimit${i}`, 0]),
    ]);
    const error = rejected({ ...minimalOrg(), members: [member] });
    expect(error.issueCount).toBe(50_000);
    expect(error.issues[0]?.message).toMatch(/^unknown property "spendLimit0": did you mean "spendLimit"\?$/);
  });

  it("-0 as money (was: accepted and kept) is read as 0, from JSON text too", () => {
    const json = JSON.parse(`{
      "id": "o", "billing": "usage", "seatPlan": "standard", "provisioning": "scim", "capabilities": {},
      "connectorPermissionsEnabled": true, "connectors": [], "roles": [], "groups": [], "roleAssignments": [],
      "members": [{ "id": "u1", "role": "user", "spendLimit": -0 }],
      "spend": { "orgLimit": -0, "groupLimits": [{ "groupId": "g", "limit": -0 }] }
    }`) as unknown;
    const org = parseOrg(json);
    expect(
      [org.spend?.orgLimit, org.spend?.groupLimits?.[0]?.limit, org.members[0]?.spendLimit].map((money) =>
        Object.is(money, 0),
      ),
    ).toEqual([true, true, true]);
  });
});

describe("issue 9: safeParseOrg returns on every input (IN-1)", () => {
  it("nesting 100,000 deep at every place of an org: read only to the depth of the format", () => {
    const deep = JSON.parse(`${"[".repeat(100_000)}${"]".repeat(100_000)}`) as unknown;
    const places = allPaths(specExample()).slice(1);
    for (const { path } of places) bounded(safeParseOrg(setAt(specExample(), path, deep)));
    expect(places.length).toBeGreaterThan(40);
  });

  it("a cycle at every place of an org is refused where it is read", () => {
    for (const { path } of allPaths(specExample()).slice(1)) {
      const loop: Record<string, unknown> = {};
      loop["custom"] = loop;
      loop["tools"] = [loop];
      bounded(safeParseOrg(setAt(specExample(), path, loop)));
    }
  });

  it("a Proxy whose every trap throws, at every place of an org", () => {
    const explosive = new Proxy(
      {},
      new Proxy(
        {},
        {
          get: () => () => {
            throw new Error("trap");
          },
        },
      ),
    );
    for (const { path } of allPaths(specExample())) {
      expect(rejected(setAt(specExample(), path, explosive)).issueCount).toBe(1);
    }
  });

  it("never throws on any JSON value (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        bounded(safeParseOrg(value));
      }),
      { numRuns: runs(300) },
    );
  });

  it("never throws on any JS value: boxed values, Maps, Sets, typed arrays, sparse arrays, null prototypes (property)", () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(
      fc.property(anything, (value) => {
        bounded(safeParseOrg(value));
      }),
      { numRuns: runs(300) },
    );
  });

  it("never throws on a valid org with any JS value at any of its places (property)", () => {
    fc.assert(
      fc.property(
        arbOrgJson(),
        fc.nat(),
        fc.anything({ withBoxedValues: true, withMap: true, withSparseArray: true, withNullPrototype: true }),
        (doc, n, value) => {
          const places = allPaths(doc);
          const { path } = places[n % places.length] ?? { path: [] };
          bounded(safeParseOrg(setAt(doc, path, value)));
        },
      ),
      { numRuns: runs(200) },
    );
  });

  it("never throws on whatever arbitrary bytes decode and parse to (property)", () => {
    const decoder = new TextDecoder();
    const parsed = (bytes: Uint8Array): unknown => {
      try {
        return JSON.parse(decoder.decode(bytes));
      } catch {
        return bytes;
      }
    };
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        bounded(safeParseOrg(parsed(bytes)));
      }),
      { numRuns: runs(300) },
    );
  });

  it("never throws on the bytes of a valid org with some of them changed (property)", () => {
    const exampleDoc = { ...minimalOrg(), id: "org" };
    const encoder = new TextEncoder();
    const decoder = new TextDecoder();
    const changes = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 });
    let parsedAndChecked = 0;
    fc.assert(
      fc.property(arbOrgJson(), changes, (doc, edits) => {
        const bytes = encoder.encode(JSON.stringify(doc));
        for (const [at, byte] of edits) bytes[at % bytes.length] = byte;
        let json: unknown;
        try {
          json = JSON.parse(decoder.decode(bytes));
        } catch {
          return;
        }
        parsedAndChecked++;
        bounded(safeParseOrg(json));
      }),
      // The example: a change that keeps the JSON valid (the id "org" becomes "ocg"), so the parser sees
      // a changed document however few random runs there are (mutation testing runs 10).
      { numRuns: runs(300), examples: [[exampleDoc, [[JSON.stringify(exampleDoc).indexOf('"org"') + 2, 0x63]]]] },
    );
    // Some changed documents still parse as JSON, so the parser did see them.
    expect(parsedAndChecked).toBeGreaterThan(0);
  });
});
