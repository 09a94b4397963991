import { diffAccess } from "../../admin/diff.js";
import type { Org } from "../../index.js";
import { singleAnswer, type Command } from "../command.js";
import { diffLines } from "../diffText.js";

/** `org-rbac diff <before.json> <after.json>`: who gains and loses what, and why (DIF-1). */
export const diff: Command = {
  name: "diff",
  args: "<before.json> <after.json>",
  summary: ["who gains and loses what between two orgs, and why"],
  files: ["org", "org"],
  arity: [2, 2],
  formats: ["text", "json", "ndjson"],
  execute({ orgs }) {
    // INVARIANT: run() read both org files this command names in `files`.
    const [before, after] = orgs as readonly [Org, Org];
    const result = diffAccess(before, after);
    return singleAnswer(result, diffLines(result));
  },
};
