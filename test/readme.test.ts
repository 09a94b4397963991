import { readFileSync } from "node:fs";
import * as fs from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { run } from "../src/cli/run.js";
import * as library from "../src/index.js";

// The README's examples run as a test, so the front page never lies (STYLE.md, after immer's
// __tests__/readme.js). Its ```ts blocks are one program, read top to bottom; every
// `expression // => value` (or an expression followed by a `// => value` line) is an assertion.

const root = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(join(root, "README.md"), "utf8");

function fenced(language: string): string[] {
  return [...readme.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, "gm"))].map(
    (match) => match[1] ?? "",
  );
}

const blocks = fenced("ts");

/** The ```ts blocks as one program, every other line of the README blank, so line numbers match. */
function tsProgram(markdown: string): string {
  let inside = false;
  return markdown
    .split("\n")
    .map((line) => {
      if (!inside && line === "```ts") inside = true;
      else if (inside && line === "```") inside = false;
      else if (inside) return line;
      return "";
    })
    .join("\n");
}
const readmeProgram = tsProgram(readme);

/** The README program with every `// =>` turned into a call of `__expect(actual, expected, source)`. */
function withAssertions(code: string): { code: string; count: number } {
  const lines = code.split("\n");
  const out: string[] = [];
  let count = 0;
  for (const line of lines) {
    const inline = /^(\s*)(\S.*?);?\s*\/\/ => (.*)$/.exec(line);
    const own = /^\s*\/\/ => (.*)$/.exec(line);
    if (inline !== null) {
      const [, indent, actual, expected] = inline as unknown as [string, string, string, string];
      out.push(`${indent}__expect(${actual}, ${expected}, ${JSON.stringify(line.trim())});`);
      count++;
    } else if (own !== null) {
      const previous = out.pop() ?? "";
      const actual = previous.trim().replace(/;$/, "");
      out.push(`__expect(${actual}, ${own[1]}, ${JSON.stringify(`${actual} // => ${own[1]}`)});`);
      count++;
    } else {
      out.push(line);
    }
  }
  return { code: out.join("\n"), count };
}

/** Type errors of the README program, checked with the project's tsconfig, `org-rbac` being src/. */
function typeErrors(code: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(root, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  );
  const options: ts.CompilerOptions = {
    ...parsed?.options,
    noEmit: true,
    noUnusedLocals: false,
    paths: { "org-rbac": [join(root, "src/index.ts")] },
  };
  const file = join(root, "README.md.ts");
  const host = ts.createCompilerHost(options);
  const original = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name === file ? ts.createSourceFile(name, code, language) : original(name, language, ...rest);
  host.fileExists = (name) => name === file || ts.sys.fileExists(name);
  host.readFile = (name) => (name === file ? code : ts.sys.readFile(name));
  const program = ts.createProgram([file], options, host);
  // Only the README's own errors: the library's are `npm run typecheck`'s job.
  const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(file));
  return diagnostics.map((diagnostic) => {
    const where = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    return `README.md line ${(where?.line ?? 0) + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
  });
}

describe("README.md", () => {
  test("its TypeScript blocks typecheck against the library, with the project's strict settings", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    expect(typeErrors(readmeProgram)).toEqual([]);
  });

  test("its TypeScript blocks run on the example org, and every `// =>` holds", () => {
    const { code, count } = withAssertions(readmeProgram);
    const js = ts.transpileModule(code, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const modules = new Map<string, unknown>([
      ["org-rbac", library],
      ["node:fs", fs],
    ]);
    const load = (id: string): unknown => {
      if (!modules.has(id)) throw new Error(`the README imports \`${id}\`, which this test does not provide`);
      return modules.get(id);
    };
    let checked = 0;
    const check = (actual: unknown, expected: unknown, source: string): void => {
      checked++;
      expect(actual, source).toEqual(expected);
    };
    new Function("require", "exports", "__expect", js)(load, {}, check);
    expect(count).toBeGreaterThanOrEqual(20);
    // An assertion in a branch that did not run would prove nothing.
    expect(checked).toBe(count);
  });

  test("its command-line examples print what org-rbac prints", async () => {
    const sessions = fenced("console");
    expect(sessions.length).toBeGreaterThanOrEqual(1);
    for (const session of sessions) {
      const [command = "", ...output] = session.trimEnd().split("\n");
      const argv = command.replace(/^\$ org-rbac /, "").split(" ");
      let stdout = "";
      const code = await run(argv, {
        readInput: (path) => readFileSync(join(root, path), "utf8"),
        stdout: (text) => void (stdout += text),
        stderr: (text) => void (stdout += text),
      });
      expect(command).toMatch(/^\$ org-rbac /);
      expect(code).toBe(0);
      expect(output.join("\n")).toBe(stdout.trimEnd());
    }
  });

  test("from a fresh clone, exactly two commands: the example, and the whole suite", () => {
    const section = /## From a fresh clone\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? "";
    const commands = /```sh\n([\s\S]*?)```/.exec(section)?.[1]?.trim().split("\n");
    expect(commands).toEqual(["npm ci && npm run example", "npm test"]);
    const scripts = (
      JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts["example"]).toBe("npm run build && node dist/cli.js access examples/orgs/acme-eu.json");
    expect(scripts["test"]).toMatch(/typecheck.*lint.*test:unit.*build.*test:pack.*docs/);
    expect(scripts["test:pack"]).toMatch(/publint.*attw/);
  });

  test("the JSON Schema it names is exported by the package", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
      exports: Record<string, unknown>;
      engines: { node: string };
    };
    expect(readme).toContain("org-rbac/org.schema.json");
    expect(pkg.exports["./org.schema.json"]).toBe("./schema/org.schema.json");
    expect(readme).toContain(`Node.js 20 or later`);
    expect(pkg.engines.node).toBe(">=20");
  });
});
