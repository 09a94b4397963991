import { fc, test as property } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import type { Answer } from "../../src/cli/command.js";
import { csvCell, csvRecord } from "../../src/cli/csv.js";
import { CHUNK_CHARS, printAnswer } from "../../src/cli/output.js";
import { printable } from "../../src/cli/printable.js";
import { shorten } from "../../src/cli/table.js";
import type { SpendLimitDecision } from "../../src/index.js";
import { cli, EXAMPLE, PARENT } from "./io.js";
import { SOLO } from "./orgs.js";

describe("CSV cells (RFC 4180) and formula injection", () => {
  test("a cell a spreadsheet would run as a formula gets a leading '", () => {
    expect(["=1+2", "+1", "-1", "@SUM(A1)", "a=b", "1-2"].map(csvCell)).toEqual([
      "'=1+2",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "a=b",
      "1-2",
    ]);
  });

  test("a quote, a comma or a line break quotes the cell, quotes doubled", () => {
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("a\nb")).toBe('"a\nb"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });

  test("a record ends with CRLF; invisible characters are escaped, and an escape never starts a formula", () => {
    expect(csvRecord(["u-ana", "capability", "chat", "available"])).toBe("u-ana,capability,chat,available\r\n");
    expect(csvRecord(["\t=cmd", "a\rb", "\u200b"])).toBe('\\u{9}=cmd,"a\\u{d}b",\\u{200b}\r\n');
  });
});

describe("org-rbac access and spend in every format", () => {
  test("access --format csv: a header, then one record per member and question, with machine values", async () => {
    const ran = await cli(["access", EXAMPLE, "u-kai", "--format", "csv"]);
    expect(ran.code).toBe(0);
    const records = ran.stdout.split("\r\n");
    expect(records[0]).toBe("member,email,question,connector,subject,answer,rules");
    expect(records.slice(1, 4)).toEqual([
      "u-kai,kai@acme.test,built-in-role,,,custom,CAP-4",
      "u-kai,kai@acme.test,seat,,,chat,",
      "u-kai,kai@acme.test,landing-page,,,chat,CAP-8 CAP-5",
    ]);
    expect(records).toContain("u-kai,kai@acme.test,capability,,memory,hidden,CAP-1");
    expect(records).toContain("u-kai,kai@acme.test,connector-menu,github,,not-shown,CON-10");
    expect(records).toContain("u-kai,kai@acme.test,connector-menu,jira,,shown,CON-10");
    expect(records).toContain("u-kai,kai@acme.test,tool,jira,search_issues,approval,CON-3");
    expect(records.at(-2)).toBe("u-kai,kai@acme.test,spend-limit,,,10000,SPD-3 SPD-4");
    expect(records.at(-1)).toBe("");
  });

  test("access --format ndjson: one line of JSON per member, the same objects as --json", async () => {
    const lines = (await cli(["access", EXAMPLE, "--format", "ndjson"])).stdout.trimEnd().split("\n");
    const all = JSON.parse((await cli(["access", EXAMPLE, "--json"])).stdout) as unknown[];
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(all);
  });

  test("spend --format csv: one record per member, the limit in minor units, empty where there is none", async () => {
    expect((await cli(["spend", EXAMPLE, "--format", "csv"])).stdout.split("\r\n").slice(0, 3)).toEqual([
      "member,status,limit,source,group,rules",
      "u-ana,limited,10000,group,g-all,SPD-3 SPD-4",
      "u-ben,limited,10000,group,g-all,SPD-3 SPD-4",
    ]);
    expect((await cli(["spend", EXAMPLE, "u-dev", "--format", "csv"])).stdout).toBe(
      "member,status,limit,source,group,rules\r\nu-dev,limited,2500,individual,,SPD-2 SPD-4\r\n",
    );
    expect((await cli(["spend", PARENT, "u-pat", "--format", "csv"])).stdout).toBe(
      "member,status,limit,source,group,rules\r\nu-pat,not-applicable,,,,SPD-1\r\n",
    );
  });

  test("spend --format ndjson: one decision per line", async () => {
    const lines = (await cli(["spend", EXAMPLE, "--format", "ndjson"])).stdout.trimEnd().split("\n");
    expect(lines.map((line) => (JSON.parse(line) as SpendLimitDecision).memberId)).toHaveLength(15);
  });

  test("an org without members: text has the title alone, JSON an empty array, NDJSON nothing, CSV its header", async () => {
    const files = { "empty.json": { ...SOLO, members: [] } };
    expect((await cli(["access", "empty.json"], files)).stdout).toBe(
      "org solo: usage billing, standard plan, invite-only provisioning, connector permissions on, group mappings off\n",
    );
    expect((await cli(["access", "empty.json", "--json"], files)).stdout).toBe("[]\n");
    expect(await cli(["access", "empty.json", "--format", "ndjson"], files)).toEqual({
      code: 0,
      stdout: "",
      stderr: "",
    });
    expect((await cli(["spend", "empty.json", "--format", "csv"], files)).stdout).toBe(
      "member,status,limit,source,group,rules\r\n",
    );
  });

  test("the one-item commands print one line of JSON in ndjson", async () => {
    const ran = await cli(["tool", EXAMPLE, "u-kai", "jira", "search_issues", "--format", "ndjson"]);
    expect(ran.stdout.split("\n")).toHaveLength(2);
    expect(JSON.parse(ran.stdout)).toMatchObject({ memberId: "u-kai", level: "approval" });
  });
});

describe("printing an answer", () => {
  test("an item without CSV records prints none; items without a title are separated, not preceded", async () => {
    const answer: Answer = {
      items: [
        { json: 1, text: ["a"] },
        { json: 2, text: ["b"] },
      ],
      single: false,
      separator: "\n",
      csvColumns: ["x"],
    };
    let out = "";
    await printAnswer(answer, "csv", (text) => void (out += text));
    expect(out).toBe("x\r\n");
    out = "";
    await printAnswer(answer, "text", (text) => void (out += text));
    expect(out).toBe("a\nb\n");
  });

  test("output goes out in chunks of CHUNK_CHARS characters, at most one item more, and never empty", async () => {
    const writes = async (texts: string[]): Promise<string[]> => {
      const taken: string[] = [];
      const answer: Answer = {
        items: texts.map((text, i) => ({ json: i, text: [text] })),
        single: false,
        separator: "\n",
      };
      await printAnswer(answer, "text", (text) => void taken.push(text));
      return taken;
    };
    const x = "x".repeat(CHUNK_CHARS);
    // A chunk is written as soon as it is full, and what is left at the end after it.
    expect(await writes([x, "y"])).toEqual([x, "\ny\n"]);
    // Full exactly at the end: nothing is left, and nothing empty is written.
    expect(await writes([x.slice(1)])).toEqual([`${x.slice(1)}\n`]);
    // A small answer is one write.
    expect(await writes(["a", "b", "c"])).toEqual(["a\nb\nc\n"]);
  });

  test("long ids and names are cut in summaries and messages", () => {
    expect(shorten("x".repeat(60))).toBe("x".repeat(60));
    expect(shorten("x".repeat(61))).toBe(`${"x".repeat(60)}… (61 characters)`);
  });
});

/** Reads CSV text as RFC 4180 says: records end with CRLF, a quoted cell may hold anything, `""` is a quote. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    cells.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    const next = text.charAt(i + 1);
    if (quoted && char === '"' && next === '"') {
      cell += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (quoted) cell += char;
    else if (char === ",") endCell();
    else if (char === "\r" && next === "\n") {
      endCell();
      records.push(cells);
      cells = [];
      i++;
    } else cell += char;
  }
  return records;
}

describe("CSV of arbitrary ids", () => {
  property.prop([fc.uniqueArray(fc.string({ minLength: 1, unit: "binary" }), { minLength: 1, maxLength: 5 })], {
    numRuns: 60,
  })(
    "every record has exactly the header's cells, and the member cell reads back as the id, escaped and guarded",
    async (ids) => {
      const org = { ...SOLO, members: ids.map((id) => ({ id, role: "user", email: `${id}@x` })) };
      const ran = await cli(["spend", "o.json", "--format", "csv"], { "o.json": org });
      const records = readCsv(ran.stdout);
      expect(records).toHaveLength(1 + ids.length);
      for (const record of records) expect(record).toHaveLength(6);
      expect(records.slice(1).map((record) => record[0])).toEqual(
        ids.map((id) => printable(/^[=+\-@]/.test(id) ? `'${id}` : id)),
      );
    },
  );
});
