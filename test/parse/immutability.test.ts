// IN-3 on SPEC §1's example: parseOrg never changes its input, and returns a fresh, deeply frozen org
// that shares no object with the input.
import { describe, expect, it } from "vitest";
import { parseOrg, safeParseOrg } from "../../src/index.js";
import { deepFreeze, richExample, unfrozenPaths } from "./fixtures.js";

/** Every object and array reachable from a value. */
function containers(value: unknown, into = new Set<object>()): Set<object> {
  if (typeof value === "object" && value !== null) {
    into.add(value);
    for (const v of Object.values(value)) containers(v, into);
  }
  return into;
}

describe("IN-3: no mutation, deeply frozen output", () => {
  it("the input is left exactly as it was, and stays unfrozen", () => {
    const input = richExample();
    parseOrg(input);
    expect(input).toEqual(richExample());
    expect(unfrozenPaths(input)).toContain("$");
    expect(Object.isFrozen(input["members"])).toBe(false);
  });

  it("the output is a deeply frozen copy that shares no object with the input", () => {
    const input = richExample();
    const org = parseOrg(input);
    expect(org).not.toBe(input);
    expect(org).toEqual(input);
    expect(unfrozenPaths(org)).toEqual([]);
    const shared = [...containers(org)].filter((object) => containers(input).has(object));
    expect(shared).toEqual([]);
  });

  it("writing to the output throws in strict mode, and changes nothing", () => {
    const org = parseOrg(richExample());
    expect(() => {
      (org.members as unknown[]).push({ id: "u9", role: "owner" });
    }).toThrow(TypeError);
    expect(() => {
      (org.capabilities as Record<string, boolean>)["cowork"] = true;
    }).toThrow(TypeError);
    expect(org).toEqual(richExample());
  });

  it("a frozen input is accepted as it is", () => {
    expect(parseOrg(deepFreeze(richExample()))).toEqual(richExample());
  });

  it("results and issues are frozen too", () => {
    const ok = safeParseOrg(richExample());
    const failed = safeParseOrg({ ...richExample(), billing: "monthly" });
    expect(Object.isFrozen(ok)).toBe(true);
    expect(Object.isFrozen(failed)).toBe(true);
    if (failed.ok) throw new Error("expected an invalid org");
    expect(unfrozenPaths(failed.error.issues)).toEqual([]);
  });
});
