// immer stays in src/admin (STYLE.md): a browser bundle of the decision and UI-state functions holds
// none of it, so a UI that only reads decisions stays small.
import { build } from "esbuild";
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

describe("the browser bundle of decisions and UI states", () => {
  it("the browser entry (org-rbac/browser) holds no immer, while a bundle of applyChanges does", async () => {
    const decisions = await bundle(`export * from "./src/browser.ts";`);
    const admin = await bundle(`export { applyChanges } from "./src/admin/applyChanges.ts";`);
    expect(decisions).not.toMatch(/immer/i);
    expect(admin).toMatch(/node_modules\/immer/);
  }, 60_000);
});
