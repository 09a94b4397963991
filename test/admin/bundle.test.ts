// The library has no runtime dependency (immer was the one, for the admin functions, until a list of
// changes came to be applied on one working copy: working.ts). A browser bundle of the decision and
// UI-state functions, and one of applyChanges, hold no code but the library's own.
import { build } from "esbuild";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: "entry.ts", loader: "ts" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    minify: false,
  });
  return result.outputFiles.map((file) => file.text).join("\n");
}

describe("the bundles of the library", () => {
  it("the browser entry (org-rbac/browser) and a bundle of applyChanges hold nothing from node_modules", async () => {
    const decisions = await bundle(`export * from "./src/browser.ts";`);
    const admin = await bundle(`export { applyChanges } from "./src/admin/applyChanges.ts";`);
    // esbuild names each bundled module in a comment: the library's own are under src/.
    expect(decisions).toMatch(/\/\/ src\/engine\//);
    expect(admin).toMatch(/\/\/ src\/admin\/working\.ts/);
    expect(decisions).not.toMatch(/node_modules|immer/i);
    expect(admin).not.toMatch(/node_modules|immer/i);
  }, 60_000);

  it("IN-3: a bundle of the main entry validates an org that did not come from parseOrg, whatever it imports; one of the browser entry refuses it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "org-rbac-bundle-"));
    const run = async (entry: string): Promise<unknown> => {
      const file = join(dir, `${entry}.mjs`);
      writeFileSync(file, await bundle(`export { resolveAccess } from "./src/${entry}.ts";`));
      const { resolveAccess } = (await import(file)) as typeof import("../../src/index.js");
      const org = JSON.parse(readFileSync(`${root}/examples/orgs/acme-eu.json`, "utf8")) as never;
      return resolveAccess(org, "u-kai").known;
    };
    // The main entry's validation is an import for its effect (src/parseFirst.ts), which a bundler
    // keeps only when package.json says the entry itself has effects.
    expect(await run("index")).toBe(true);
    await expect(run("browser")).rejects.toThrow(/org-rbac\/browser answers only orgs that parseOrg/);
  }, 60_000);

  it("package.json declares no runtime dependency", () => {
    const pkg = JSON.parse(readFileSync(`${root}/package.json`, "utf8")) as Record<string, unknown>;
    expect(pkg["dependencies"] ?? {}).toEqual({});
    expect(pkg["peerDependencies"] ?? {}).toEqual({});
  });
});
