import { applyChanges } from "../../admin/applyChanges.js";
import type { Change } from "../../admin/change.js";
import type { Org } from "../../index.js";
import { singleAnswer, type Command } from "../command.js";
import { printableJson } from "../printable.js";

/**
 * `org-rbac apply <org.json> <changes.json>`: the org after the changes (CHG-1), as JSON on stdout,
 * so that it can be written to a file and checked with `diff` or `plan`.
 */
export const apply: Command = {
  name: "apply",
  args: "<org.json> <changes.json>",
  summary: ["the org after a change list, as JSON"],
  files: ["org", "json"],
  arity: [2, 2],
  formats: ["text", "json"],
  execute({ orgs, documents: [changes] }) {
    // INVARIANT: run() read the org file and the JSON file this command names in `files`.
    const [org] = orgs as readonly [Org];
    try {
      // applyChanges validates every change's form (CHG-1) before applying any.
      const result = applyChanges(org, changes as readonly Change[]);
      // The text is the JSON too, escaped the JSON way, so that a file written from it reads back
      // (JSON holds a line break only between its lines).
      return singleAnswer(result, printableJson(JSON.stringify(result, null, 2)).split("\n"));
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  },
};
