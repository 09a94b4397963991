import { applyChanges } from "../admin/applyChanges.js";
import type { Change } from "../admin/change.js";
import type { Command } from "./commands.js";
import { unreadableChangesMessage } from "../words/diff.js";
import { DISK } from "./diffCommand.js";
import type { FileReader } from "./loadOrg.js";

// Reading, JSON.parse and applyChanges throw Errors only.
function messageOf(error: unknown): string {
  return (error as Error).message;
}

/**
 * `org-rbac apply ORG.json CHANGES.json`: the org after the changes (CHG-1), as JSON on stdout, so
 * that it can be written to a file and checked with `diff` or `plan`.
 *
 * @param reader - how to read CHANGES.json
 */
export function applyCommand(reader: FileReader = DISK): Command {
  return {
    name: "apply",
    args: "<org.json> <changes.json>",
    arity: [2, 2],
    execute(org, [path]) {
      let json: unknown;
      try {
        json = JSON.parse(reader.readFile(path as string));
      } catch (error) {
        return { ok: false, error: unreadableChangesMessage(path as string, messageOf(error)) };
      }
      try {
        // applyChanges validates every change's form (CHG-1) before applying any.
        const result = applyChanges(org, json as readonly Change[]);
        return { ok: true, result, text: JSON.stringify(result, null, 2) };
      } catch (error) {
        return { ok: false, error: messageOf(error) };
      }
    },
  };
}
