import { resolveToolLevel, type Org } from "../../index.js";
import { singleAnswer, type Command } from "../command.js";
import { formatTool } from "../toolText.js";
import { unknownMember } from "./members.js";

/** `org-rbac tool <org.json> <memberId> <connectorId> <tool>`: one tool's level for a member, and why. */
export const tool: Command = {
  name: "tool",
  args: "<org.json> <memberId> <connectorId> <tool>",
  summary: ["one tool's level for a member, and why"],
  files: ["org"],
  arity: [4, 4],
  formats: ["text", "json", "ndjson"],
  execute({ orgs, args }) {
    // INVARIANT: run() read the org file and passed exactly three arguments after it.
    const [org] = orgs as readonly [Org];
    const [memberId, connectorId, toolName] = args as readonly [string, string, string];
    if (!org.members.some((member) => member.id === memberId)) return unknownMember(org, memberId);
    const decision = resolveToolLevel(org, memberId, connectorId, toolName);
    return singleAnswer(decision, formatTool(decision));
  },
};
