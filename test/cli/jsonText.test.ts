import { fc, test as property } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { jsonErrorOffset } from "../../src/cli/jsonSyntax.js";
import { readJsonText } from "../../src/cli/jsonText.js";

describe("where JSON text stops being JSON", () => {
  test.each([
    ["{ not json", 2],
    ['{"a":1,}', 7],
    ['{"a":1', 6],
    ["", 0],
    ["   ", 3],
    ["[1,2]x", 5],
    ['{"a":"b\nc"}', 7],
    ['"\\x"', 2],
    ['"\\u12"', 2],
    ['"\\u12G4"', 2],
    ['"abc', 4],
    ["abc", 0],
    ['{"a": tru}', 9],
    ["nul", 3],
    ["fals", 4],
    ["[1 2]", 3],
    ['{"a":-}', 6],
    ["[-]", 2],
    ["01", 1],
    ["[1,]", 3],
    ["  \n  }", 5],
    ['{"a" 1}', 5],
    ["1.", 1],
    ["]", 0],
    ["[}", 1],
    ["{]", 1],
    ['{"a":1]', 6],
    ['[{"a":[1,{"b":null}]}}', 21],
    ["{1:2}", 1],
    [",", 0],
    // A space is text inside a string; an escape other than \u is two characters.
    ['"a b" x', 6],
    ['"\\n" x', 5],
    // A literal that ends the text, and a comma after the whole value.
    ["[true", 5],
    ["[],", 2],
    ["{},", 2],
    ["1,", 1],
    ["[[1]],", 5],
    // An escape other than \u followed by four hex digits; an error inside a key.
    ['"\\x1234"', 2],
    ['{"a\\x":1}', 4],
  ])("%j: at %i", (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  test("valid JSON, escapes and nesting included, runs to its end", () => {
    for (const text of [
      '{"a":[true,false,null,-1.5e3,0,"\\u00e9\\n\\"\\\\"],"b":{}}',
      "[]",
      " 1 ",
      `${"[".repeat(100_000)}${"]".repeat(100_000)}`,
    ]) {
      expect(jsonErrorOffset(text)).toBe(text.length);
    }
  });

  property.prop([fc.json(), fc.nat(), fc.constantFrom("}", "]", ",", ":", "x", '"', "\\")])(
    "valid JSON runs to its end; on text JSON.parse refuses it stops inside it, and the text before that point runs to its end (it is a start of JSON)",
    (json, at, insert) => {
      const cut = at % (json.length + 1);
      const text = `${json.slice(0, cut)}${insert}${json.slice(cut)}`;
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      const offset = jsonErrorOffset(text);
      if (valid) expect(offset).toBe(text.length);
      else {
        expect(offset).toBeLessThanOrEqual(text.length);
        expect(jsonErrorOffset(text.slice(0, offset))).toBe(offset);
        // Where the scanner stops inside the text, the text cannot go on as JSON from there.
        if (offset < text.length) expect(() => JSON.parse(text.slice(0, offset + 1))).toThrow();
      }
    },
  );
});

describe("reading JSON text", () => {
  test("an error at a line break is on the line that the break ends", () => {
    const read = readJsonText('"ab\nc"');
    expect(read.ok).toBe(false);
    expect(read.ok ? "" : read.message).toContain("at line 1, column 4");
  });

  test("a byte-order mark is skipped", () => {
    expect(readJsonText('\uFEFF{"id": "acme"}')).toEqual({ ok: true, value: { id: "acme" } });
  });

  test("an error names the character, the line and column (in characters) and a cut excerpt of its line", () => {
    expect(readJsonText('{"id": acme}')).toEqual({
      ok: false,
      message: 'unexpected character `a` at line 1, column 8, near `{"id": acme}`',
    });
    expect(readJsonText('[\n"🎉🎉", x, "a very long string that goes on and on"]')).toEqual({
      ok: false,
      message: 'unexpected character `x` at line 2, column 7, near `"🎉🎉", x, "a very long …`',
    });
    expect(readJsonText("[1,\n\n")).toEqual({
      ok: false,
      message: "unexpected end of input at line 3, column 1, near ``",
    });
    expect(readJsonText('"\u0001"')).toEqual({
      ok: false,
      message: 'unexpected character `\\u{1}` at line 1, column 2, near `"\\u{1}"`',
    });
  });
});
