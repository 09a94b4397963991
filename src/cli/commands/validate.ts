import type { Org } from "../../index.js";
import { singleAnswer, type Command } from "../command.js";
import { auditWarningLines } from "../auditText.js";
import { formatValid } from "../validateText.js";

/** `org-rbac validate <org.json>`: whether a file is a valid org (IN-1); an invalid one exits 2. */
export const validate: Command = {
  name: "validate",
  args: "<org.json>",
  summary: ["check an org file against the org format"],
  files: ["org"],
  arity: [1, 1],
  formats: ["text", "json", "ndjson"],
  execute({ orgs }) {
    // INVARIANT: run() read the one org file, and it is valid.
    const [org] = orgs as readonly [Org];
    // The audit's errors and warnings follow (AUD-1; info findings are left to `org-rbac audit`).
    return singleAnswer({ valid: true, orgId: org.id }, [formatValid(org), ...auditWarningLines(org)]);
  },
};
