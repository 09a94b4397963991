// IN-3: the library answers only orgs it produced itself; a copy, or an object that skipped parseOrg,
// is not one of them, however equal it looks.
import { describe, expect, it } from "vitest";
import { parseOrg, safeParseOrg } from "../../src/index.js";
import { isProduced } from "../../src/parse/produced.js";
import { specExample } from "./fixtures.js";

describe("IN-3: orgs produced by parseOrg are known as such", () => {
  it("parseOrg's and safeParseOrg's orgs are produced; the input, a copy and non-objects are not", () => {
    const org = parseOrg(specExample());
    const result = safeParseOrg(specExample());
    expect(isProduced(org)).toBe(true);
    expect(result.ok && isProduced(result.org)).toBe(true);
    expect(isProduced(specExample())).toBe(false);
    expect(isProduced({ ...org })).toBe(false);
    for (const value of [null, undefined, "acme-eu", 1]) expect(isProduced(value)).toBe(false);
  });
});
