import { findCrossRoleConflicts, type Org } from "../../index.js";
import { cliWords } from "../../words/cli.js";
import { someIds, singleAnswer, type Command } from "../command.js";
import { formatConflicts } from "../conflictsText.js";

/** `org-rbac conflicts <org.json> <roleId> [connectorId]`: a role's cross-role conflict warnings (CON-13). */
export const conflicts: Command = {
  name: "conflicts",
  args: "<org.json> <roleId> [connectorId]",
  summary: ["a role's cross-role conflict warnings"],
  files: ["org"],
  arity: [2, 3],
  formats: ["text", "json", "ndjson"],
  execute({ orgs, args }) {
    // INVARIANT: run() read the org file and passed the role id, and at most a connector id after it.
    const [org] = orgs as readonly [Org];
    const [roleId, connectorId] = args as readonly [string, string | undefined];
    const role = org.roles.find((candidate) => candidate.id === roleId);
    if (role === undefined) {
      const ids = someIds(org.roles.map((candidate) => candidate.id));
      return { ok: false, error: cliWords.notARole(roleId, org.id, ids) };
    }
    if (connectorId !== undefined && !org.connectors.some((connector) => connector.id === connectorId)) {
      const ids = someIds(org.connectors.map((connector) => connector.id));
      return { ok: false, error: cliWords.connectorNotAdded(connectorId, org.id, ids) };
    }
    const report = findCrossRoleConflicts(org, roleId, connectorId);
    return singleAnswer(report, formatConflicts(report, role.name));
  },
};
