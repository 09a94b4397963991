import { describe, expect, test } from "vitest";
import type { MemberAccess } from "../../src/index.js";
import { printable } from "../../src/cli/printable.js";
import { cli } from "./io.js";
import { SOLO } from "./orgs.js";

const ESC = "\u001b";
const RLO = "\u202e";
const member = `m${ESC}[2J`;
const org = {
  ...SOLO,
  roles: [{ ...SOLO.roles[0], name: `Chat ${RLO}only` }],
  groups: [{ id: "g", name: `Every\u009bone`, source: "manual", members: [member, "__proto__"] }],
  members: [{ id: member, role: "custom" }, { id: "__proto__", email: "proto@acme.test", role: "user" }],
};
// Everything that may drive a terminal or reorder text, but the newline.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe("org files are untrusted", () => {
  test("control and bidirectional characters are printed as escapes, never raw", () => {
    expect(printable(`u-${ESC}[31mred`)).toBe("u-\\u001b[31mred");
    expect(printable(`a\tb\r\nc${RLO}\u2066\u0000\u007f`)).toBe("a\\u0009b\\u000d\nc\\u202e\\u2066\\u0000\\u007f");
    expect(printable("plain text, Ünïcödé and emoji 🎉\n")).toBe("plain text, Ünïcödé and emoji 🎉\n");
  });

  test("in the text of every command and in error messages", () => {
    const files = { "org.json": org };
    const outputs = [
      cli(["access", "org.json"], files),
      cli(["conflicts", "org.json", "r"], files),
      cli(["spend", "org.json"], files),
      cli(["tool", "org.json", member, "empty", "t"], files),
      cli(["access", "org.json", `nobody${ESC}]0;pwned${"\u0007"}`], files),
      cli([`cmd${ESC}[1m`], files),
    ];
    for (const ran of outputs) expect(`${ran.stdout}${ran.stderr}`).not.toMatch(UNSAFE);
    expect(outputs[0]?.stdout).toContain("member m\\u001b[2J");
    expect(outputs[0]?.stdout).toContain("Every\\u009bone (g, manual)");
    expect(outputs[1]?.stdout).toContain("role Chat \\u202eonly (r)");
  });

  test("--json stays valid JSON that reads back to the exact ids; `__proto__` is an id like any other", () => {
    const ran = cli(["access", "org.json", "--json"], { "org.json": org });
    expect(ran.stdout).not.toMatch(UNSAFE);
    const all = JSON.parse(ran.stdout) as { access: MemberAccess }[];
    expect(all.map((entry) => entry.access.memberId)).toEqual([member, "__proto__"]);
    expect(all[0]?.access.groups[0]?.name).toBe("Every\u009bone");
    expect(all[1]?.access.builtInRole).toBe("user");
  });
});
