import { describe, expect, test } from "vitest";
import type { MemberAccess } from "../../src/index.js";
import { printable, printableJson } from "../../src/cli/printable.js";
import { cli } from "./io.js";
import { SOLO } from "./orgs.js";

const ESC = "\u001b";
const RLO = "\u202e";
const member = `m${ESC}[2J`;
const org = {
  ...SOLO,
  roles: [{ ...SOLO.roles[0], name: `Chat ${RLO}only` }],
  groups: [
    {
      id: "g",
      name: `Every\u009bone`,
      source: "manual",
      members: [member, "__proto__", "ad\u200bmin", "line\u2028sep"],
    },
  ],
  members: [
    { id: member, role: "custom" },
    { id: "__proto__", email: "proto@acme.test", role: "user" },
    { id: "ad\u200bmin", role: "user" },
    { id: "line\u2028sep", role: "user" },
  ],
};
// Every invisible or bidirectional character but the newline and the space: what printable() escapes.
const UNSAFE = /(?![\n ])[\p{Cc}\p{Cf}\p{Z}\p{Cs}]/u;

describe("org files are untrusted", () => {
  test("control, format, separator and bidirectional characters and lone surrogates are printed as escapes, never raw", () => {
    expect(printable(`u-${ESC}[31mred`)).toBe("u-\\u{1b}[31mred");
    expect(printable(`a\tb\r\nc${RLO}\u2066\u0000\u007f\u061c`)).toBe(
      "a\\u{9}b\\u{d}\nc\\u{202e}\\u{2066}\\u{0}\\u{7f}\\u{61c}",
    );
    // Zero-width characters, the line and paragraph separators, other spaces, the byte-order mark, a tag.
    expect(printable("a\u200bb\u200dc\u2060d\u2064e\u2028f\u2029g\u00a0h\u3000i\ufeffj\u{e0041}k")).toBe(
      "a\\u{200b}b\\u{200d}c\\u{2060}d\\u{2064}e\\u{2028}f\\u{2029}g\\u{a0}h\\u{3000}i\\u{feff}j\\u{e0041}k",
    );
    expect(printable("lone \ud800 and \udfff, a pair 🎉")).toBe("lone \\u{d800} and \\u{dfff}, a pair 🎉");
    expect(printable("plain text, Ünïcödé and emoji 🎉\n")).toBe("plain text, Ünïcödé and emoji 🎉\n");
  });

  test("exactly the controls, format characters, separators but the space, and surrogates are escaped, over every code point", () => {
    const expected = /[\p{Cc}\p{Cf}\p{Z}\p{Cs}]/u;
    const wrong: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      const char = String.fromCodePoint(code);
      const escaped = printable(char) !== char;
      if (escaped !== (expected.test(char) && char !== "\n" && char !== " ")) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  test("JSON output escapes the same characters the JSON way, and reads back to the same strings", () => {
    const value = { id: `a\u2028b\u200b${ESC}\u{e0041}` };
    const text = printableJson(JSON.stringify(value));
    expect(text).toBe('{"id":"a\\u2028b\\u200b\\u001b\\udb40\\udc41"}');
    expect(JSON.parse(text)).toEqual(value);
  });

  test("in the text of every command and in error messages", async () => {
    const files = { "org.json": org };
    const outputs = [
      await cli(["access", "org.json"], files),
      await cli(["conflicts", "org.json", "r"], files),
      await cli(["spend", "org.json"], files),
      await cli(["tool", "org.json", member, "empty", "t"], files),
      await cli(["access", "org.json", `nobody${ESC}]0;pwned${"\u0007"}`], files),
      await cli([`cmd${ESC}[1m`], files),
      await cli(["access", "org.json", "--format", "csv"], files),
    ];
    // CSV records end with CRLF (RFC 4180): that carriage return is the format's, not an id's.
    for (const ran of outputs) expect(`${ran.stdout}${ran.stderr}`.replaceAll("\r\n", "\n")).not.toMatch(UNSAFE);
    expect(outputs[0]?.stdout).toContain("member m\\u{1b}[2J");
    expect(outputs[0]?.stdout).toContain("member ad\\u{200b}min");
    expect(outputs[0]?.stdout).toContain("member line\\u{2028}sep");
    expect(outputs[0]?.stdout).toContain("Every\\u{9b}one (g, manual)");
    expect(outputs[1]?.stdout).toContain("role Chat \\u{202e}only (r)");
    expect(outputs[6]?.stdout).toContain("\r\nad\\u{200b}min,,built-in-role,");
  });

  test("--json and ndjson stay valid JSON that reads back to the exact ids; `__proto__` is an id like any other", async () => {
    const ran = await cli(["access", "org.json", "--json"], { "org.json": org });
    expect(ran.stdout).not.toMatch(UNSAFE);
    const all = JSON.parse(ran.stdout) as { access: MemberAccess }[];
    expect(all.map((entry) => entry.access.memberId)).toEqual([member, "__proto__", "ad\u200bmin", "line\u2028sep"]);
    expect(all[0]?.access.groups[0]?.name).toBe("Every\u009bone");
    expect(all[1]?.access.builtInRole).toBe("user");
    const lines = (await cli(["access", "org.json", "--format", "ndjson"], { "org.json": org })).stdout;
    expect(lines).not.toMatch(UNSAFE);
    expect(
      lines
        .trimEnd()
        .split("\n")
        .map((line) => (JSON.parse(line) as { access: MemberAccess }).access.memberId),
    ).toEqual(all.map((entry) => entry.access.memberId));
  });
});
