// The JSON Schema (schema/org.schema.json) and parseOrg accept and refuse the same documents, except
// what the schema's $comment names: ids unique across objects (IN-1).
import { readFileSync } from "node:fs";
// The named export: under module NodeNext the default import of this CommonJS module is not constructable.
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParseOrg } from "../../src/index.js";
import { arbOrgJson } from "../arbitraries.js";
import { arbCorruption, corruptionsOf } from "./corruptions.js";
import { allPaths, minimalOrg, richExample, setAt, specExample } from "./fixtures.js";
import { runs } from "../runs.js";

const schema: unknown = JSON.parse(readFileSync(new URL("../../schema/org.schema.json", import.meta.url), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema as object);

function schemaAccepts(doc: unknown): boolean {
  return validate(doc);
}

function parserAccepts(doc: unknown): boolean {
  return safeParseOrg(doc).ok;
}

describe("org.schema.json agrees with parseOrg (IN-1)", () => {
  it("is a valid draft 2020-12 schema that names its differences from parseOrg", () => {
    expect(ajv.validateSchema(schema as object)).toBe(true);
    const top = schema as { $schema: string; $comment: string };
    expect(top.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(top.$comment).toContain("duplicate_id");
    expect(top.$comment).toContain("duplicate_group_limit");
  });

  it("accepts SPEC §1's example org and the smallest org, as parseOrg does", () => {
    for (const doc of [specExample(), richExample(), minimalOrg()]) {
      expect(schemaAccepts(doc)).toBe(true);
      expect(parserAccepts(doc)).toBe(true);
    }
  });

  it("every generated valid org is accepted by both", () => {
    fc.assert(
      fc.property(arbOrgJson(), (doc) => {
        expect(schemaAccepts(doc), JSON.stringify(validate.errors)).toBe(true);
        expect(parserAccepts(doc)).toBe(true);
      }),
      { numRuns: runs(150) },
    );
  });

  it("every single-field corruption is refused by both, except ids repeated across objects (parseOrg only)", () => {
    fc.assert(
      fc.property(arbCorruption(), (c) => {
        const doc = c.doc;
        expect(parserAccepts(doc)).toBe(false);
        expect(schemaAccepts(doc), `${c.kind} at ${JSON.stringify(c.path)}`).toBe(c.crossObject);
      }),
      { numRuns: runs(150) },
    );
  });

  it("every kind of corruption of a few orgs gets the same verdict from both", () => {
    const check = (doc: unknown): void => {
      for (const c of corruptionsOf(doc)) {
        const corrupted = c.doc;
        expect(schemaAccepts(corrupted), `${c.kind} at ${JSON.stringify(c.path)}`).toBe(c.crossObject);
        expect(parserAccepts(corrupted)).toBe(false);
      }
    };
    check(richExample());
    fc.assert(
      fc.property(arbOrgJson(), (doc) => check(doc)),
      { numRuns: runs(8) },
    );
  });

  it("random JSON gets the same verdict from both", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (doc) => {
        expect(schemaAccepts(doc)).toBe(parserAccepts(doc));
      }),
      { numRuns: runs(200) },
    );
  });

  it("a valid org with random JSON at one of its places gets the same verdict from both, unless ids repeat", () => {
    const hasRepeatedIds = (doc: unknown): boolean => {
      const result = safeParseOrg(doc);
      return (
        !result.ok &&
        result.error.issues.some((issue) => issue.code === "duplicate_id" || issue.code === "duplicate_group_limit")
      );
    };
    fc.assert(
      fc.property(arbOrgJson(), fc.nat(), fc.jsonValue({ maxDepth: 2 }), (doc, n, value) => {
        const places = allPaths(doc).slice(1);
        const { path } = places[n % places.length] ?? { path: ["id"] };
        const changed = setAt(doc, path, value);
        fc.pre(!hasRepeatedIds(changed));
        expect(schemaAccepts(changed)).toBe(parserAccepts(changed));
      }),
      { numRuns: runs(200) },
    );
  });
});
