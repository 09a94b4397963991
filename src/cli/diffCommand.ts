import { readFileSync } from "node:fs";
import { diffAccess } from "../admin/diff.js";
import type { Org } from "../org.js";
import type { Command, Outcome } from "./commands.js";
import { loadOrg, type FileReader } from "./loadOrg.js";
import { formatDiff } from "./diffText.js";
import { formatInvalid } from "./validateText.js";

/** Reads files from the disk, as the real CLI does. */
export const DISK: FileReader = { readFile: (path) => readFileSync(path, "utf8") };

/** The second org file of a command (the target), or the error to print. */
export function loadTarget(reader: FileReader, path: string): { readonly ok: true; readonly org: Org } | Extract<Outcome, { ok: false }> {
  const loaded = loadOrg(reader, path);
  if (loaded.kind === "org") return { ok: true, org: loaded.org };
  return { ok: false, error: loaded.kind === "unreadable" ? loaded.message : formatInvalid(path, loaded.issues).replace(/^✖ /, "") };
}

/**
 * `org-rbac diff BEFORE.json AFTER.json`: who gains and loses what, and why (DIF-1).
 *
 * @param reader - how to read AFTER.json
 */
export function diffCommand(reader: FileReader = DISK): Command {
  return {
    name: "diff",
    args: "<before.json> <after.json>",
    arity: [2, 2],
    execute(org, args) {
      const target = loadTarget(reader, args[0] as string);
      if (!target.ok) return target;
      const diff = diffAccess(org, target.org);
      return { ok: true, result: diff, text: formatDiff(diff) };
    },
  };
}
