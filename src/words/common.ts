// The words of reasons that several families of decisions give (EXP-1).
import type { CommonReason } from "../engine/reason.js";
import { listText, q } from "./quote.js";

/** A shared reason in words, as its `message`. One case per kind. */
export function wordCommonReason(reason: CommonReason): string {
  switch (reason.kind) {
    case "unknown-member":
      return `${q(reason.memberId)} is not a member of org ${q(reason.orgId)}`;
    case "connector-not-added":
      return `connector ${q(reason.connectorId)} has not been added to the org`;
    case "tool-not-listed":
      return `connector ${q(reason.connectorName)} has no tool ${q(reason.tool)}`;
    case "group-mapping":
      return `the group mapping of ${listText(reason.groups.map(q))} makes the member's built-in role ${q(reason.builtInRole)}`;
    case "no-custom-role":
      return "the member is set to Custom roles and holds no custom role";
  }
}
