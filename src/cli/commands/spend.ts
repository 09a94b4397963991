import { resolveSpendLimit, type Org } from "../../index.js";
import type { AnswerItem, Command } from "../command.js";
import type { OrgLookup } from "../lookup.js";
import { SPEND_CSV_COLUMNS, spendCells, spendCsv, spendTitle } from "../spendText.js";
import { columnWidths, padRow } from "../table.js";
import { perMemberAnswer } from "./members.js";

function* cellsOf(lookup: OrgLookup, ids: readonly string[]): Generator<readonly string[]> {
  for (const id of ids) yield spendCells(lookup, resolveSpendLimit(lookup.org, id));
}

/**
 * One line per member, aligned: for text, the widths come from a first pass that keeps nothing but
 * them. Each format reads one of `text` and `csv`: only that one is computed.
 */
function* spendItems(lookup: OrgLookup, ids: readonly string[]): Generator<AnswerItem> {
  let widths: number[] | null = null;
  for (const id of ids) {
    const decision = resolveSpendLimit(lookup.org, id);
    yield {
      json: decision,
      get text() {
        widths ??= columnWidths(cellsOf(lookup, ids));
        const line = padRow(spendCells(lookup, decision), widths, "  ");
        // One member asked about: the explanation follows.
        return ids.length === 1 ? [line, `  why: ${decision.summary}`] : [line];
      },
      get csv() {
        return [spendCsv(decision)];
      },
    };
  }
}

/** `org-rbac spend <org.json> [memberId]`: monthly spend limits (SPD-1..SPD-5), one member at a time. */
export const spend: Command = {
  name: "spend",
  args: "<org.json> [memberId]",
  summary: ["monthly spend limits (usage billing)"],
  files: ["org"],
  arity: [1, 2],
  formats: ["text", "json", "ndjson", "csv"],
  execute({ orgs, args: [memberId] }) {
    // INVARIANT: run() read the one org file this command names in `files`.
    const org = (orgs as readonly [Org])[0];
    return perMemberAnswer(org, memberId, {
      title: spendTitle,
      items: spendItems,
      separator: "\n",
      csvColumns: SPEND_CSV_COLUMNS,
    });
  },
};
