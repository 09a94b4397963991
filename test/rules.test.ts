import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { RULES } from "../src/index.js";

const root = new URL("..", import.meta.url).pathname;
/** SPEC.md sits in `shared/` beside the clone, or beside a directory above it (a Stryker sandbox). */
function findSpec(dir: string): string {
  const candidate = join(dir, "..", "shared", "SPEC.md");
  const up = dirname(dir);
  return existsSync(candidate) || up === dir ? candidate : findSpec(up);
}
const spec = findSpec(root.replace(/\/$/, ""));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const mentions = (text: string, id: string) => new RegExp(`\\b${id}(?!\\d)`).test(text);
const engineRules = Object.keys(RULES).filter((id) => /^(CAP|GRP|CON|SPD|EXP)-/.test(id));

describe("the rulebook", () => {
  describe.runIf(existsSync(spec))("agrees with SPEC.md", () => {
    test("RULES lists exactly the rule ids of SPEC.md, in its order", () => {
      const ids = [...readFileSync(spec, "utf8").matchAll(/^- ([A-Z]+-\d+) /gm)].map((m) => m[1]);
      expect(Object.keys(RULES)).toEqual(ids);
    });
  });

  test("every rule of SPEC sections 3–7 is named by at least one test", () => {
    const titles = files(join(root, "test"))
      .flatMap((path) => [
        ...readFileSync(path, "utf8").matchAll(/\b(?:test|it|describe)(?:\.each\([^)]*\))?\(\s*(["'`])(.*?)\1/gs),
      ])
      .map((m) => m[2] ?? "")
      .join("\n");
    expect(engineRules.filter((id) => !mentions(titles, id))).toEqual([]);
  });

  test("every rule of SPEC sections 3–7 is documented in the TSDoc of the code that applies it", () => {
    const docs = files(join(root, "src"))
      .flatMap((path) => [...readFileSync(path, "utf8").matchAll(/\/\*\*[\s\S]*?\*\//g)].map((m) => m[0]))
      .join("\n");
    expect(engineRules.filter((id) => !mentions(docs, id))).toEqual([]);
  });

  test("RULES is frozen and every title is a sentence fragment without a final period", () => {
    expect(Object.isFrozen(RULES)).toBe(true);
    for (const title of Object.values(RULES)) expect(title).not.toMatch(/\.$/);
  });
});
