import { describe, expect, test } from "vitest";
import { lookupOf } from "../../src/cli/lookup.js";
import { groupLabel } from "../../src/cli/orgText.js";
import { formatMoney, spendLimitText } from "../../src/cli/spendText.js";
import { alignColumns, padRow, ruleIds } from "../../src/cli/table.js";
import { parseOrg, resolveSpendLimit } from "../../src/index.js";
import { SOLO } from "./orgs.js";

describe("text layout", () => {
  test("columns are aligned, the last cell of a row is not padded, trailing spaces are trimmed", () => {
    expect(
      alignColumns(
        [
          ["chat", "granted", "CAP-4"],
          ["memory", "hidden", "CAP-1"],
          ["seat", ""],
        ],
        "  ",
      ),
    ).toEqual(["  chat    granted  CAP-4", "  memory  hidden   CAP-1", "  seat"]);
    expect(alignColumns([], "")).toEqual([]);
    expect(ruleIds({ rules: ["CON-3", "CON-4"] })).toBe("CON-3 CON-4");
  });

  test("a row's last cell is never padded to the column's width (issue 9: a member in 20,000 groups, 2.7 s of padding)", () => {
    // A width no string can have: padding the last cell to it would throw "Invalid string length".
    const huge = 2 ** 30;
    expect(padRow(["seat", "chat"], [6, huge], "  ")).toBe("  seat    chat");
    // A column without a width is not padded either.
    expect(padRow(["a", "b", "c"], [3], "")).toBe("a    b  c");
    expect(
      alignColumns(
        [
          ["groups", "g1"],
          ["", "x".repeat(50), "GRP-2"],
        ],
        "",
      ),
    ).toEqual(["groups  g1", `        ${"x".repeat(50)}  GRP-2`]);
  });

  test("money in minor units prints with two decimals, exactly", () => {
    expect([0, 5, 2505, 50000, 123456789].map(formatMoney)).toEqual(["0.00", "0.05", "25.05", "500.00", "1234567.89"]);
  });

  test("SPD-1: a spend limit reads as what applies; an id that is no member's reads as such (the CLI never asks)", () => {
    const org = parseOrg(SOLO);
    expect(spendLimitText(lookupOf(org), resolveSpendLimit(org, "nobody"))).toBe("not a member of the org");
  });

  test("a group is named with its id; an id the org does not list is shown alone", () => {
    const lookup = lookupOf(parseOrg(SOLO));
    expect(groupLabel(lookup, "g")).toBe("Everyone (g)");
    expect(groupLabel(lookup, "g-gone")).toBe("g-gone");
  });
});
