import { levelLabel, toolUiState, type ToolDecision } from "../index.js";
import { ruleIds } from "./table.js";

/**
 * One tool's level for one member, with the rules, how the tool shows in the member's UI (CON-11)
 * and the explanation.
 *
 * @param decision - a decision of `resolveToolLevel`
 * @returns the lines to print
 *
 * @example
 * ```ts
 * formatTool(resolveToolLevel(org, "u-kai", "jira", "search_issues"))[0]
 * // => "tool jira/search_issues for member u-kai: Needs approval  CON-3"
 * ```
 */
export function formatTool(decision: ToolDecision): string[] {
  const ui = toolUiState(decision);
  const shown = ui.greyedOut
    ? `greyed out with "${ui.message}"; not offered in a conversation`
    : `personal approval menu: ${ui.approvalOptions.join(", ")}${ui.promptOffersAlwaysAllow ? "" : `; the approval prompt has no "Always allow"`}`;
  return [
    `tool ${decision.connectorId}/${decision.tool} for member ${decision.memberId}: ${levelLabel(decision.level)}  ${ruleIds(decision)}`,
    `  in the UI: ${shown} (CON-11)`,
    `  why: ${decision.summary}`,
  ];
}
