// The built library (dist/index.js) as the benchmarks use it, across the engine's redesign (issue 8):
// `hasCapability` becomes `resolveCapability`, `compileOrg` appears, `applyChanges` lands later.
// Everything here goes through the public exports only.

import { fileURLToPath, pathToFileURL } from "node:url";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The built checkout measured: this one, or ORG_RBAC_DIR (e.g. a build of another branch). */
export const BUILD = process.env.ORG_RBAC_DIR ?? ROOT;
export const CLI = join(BUILD, "dist", "cli.js");

export const lib = await import(pathToFileURL(join(BUILD, "dist", "index.js")).href);

/**
 * The browser entry (`org-rbac/browser`), whose questions about one member are answered through
 * plain maps of the org (src/scan/); `undefined` for a build without it (an older checkout).
 */
export const browser = existsSync(join(BUILD, "dist", "browser.js"))
  ? await import(pathToFileURL(join(BUILD, "dist", "browser.js")).href)
  : undefined;

/** `resolveCapability` on the new engine, `hasCapability` before it. */
export const resolveCapability = lib.resolveCapability ?? lib.hasCapability;
export const capabilityName = lib.resolveCapability ? "resolveCapability" : "hasCapability";

/** Whether setup can compile eagerly (the new engine exports `compileOrg`). */
export const hasCompile = typeof lib.compileOrg === "function";

/** What org-rbac does once per org before answering: parseOrg, then compileOrg when it exists. */
export function setupOrg(json) {
  const org = lib.parseOrg(json);
  if (hasCompile) lib.compileOrg(org);
  return org;
}

export const setupLabel = hasCompile
  ? "parseOrg + compileOrg"
  : "parseOrg (no compileOrg exported: the index is built on the first question)";
