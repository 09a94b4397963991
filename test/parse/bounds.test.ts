// The bounds of a validation error (IN-1, issue 9): the first MAX_VALIDATION_ISSUES issues kept and
// printed, the rest counted; keys and received strings cut at MAX_SHOWN_LENGTH characters, never in
// the middle of a character; an issue beyond the bound counted without being worded.
import { describe, expect, it } from "vitest";
import {
  OrgValidationError,
  formatValidationIssues,
  parseOrg,
  safeParseOrg,
  type ValidationIssue,
} from "../../src/index.js";
import { MAX_SHOWN_LENGTH, MAX_VALIDATION_ISSUES } from "../../src/parse/bounds.js";
import { minimalOrg, specExample } from "./fixtures.js";

function rejected(doc: unknown): OrgValidationError {
  const result = safeParseOrg(doc);
  if (result.ok) throw new Error("expected an invalid org");
  return result.error;
}

/** An org whose `count` members each have an unknown built-in role: one issue each. */
function superusers(count: number): Record<string, unknown> {
  return { ...minimalOrg(), members: Array.from({ length: count }, (_, i) => ({ id: `u${i}`, role: "superuser" })) };
}

// A high surrogate not followed by a low one: half of a character.
const HALF_A_CHARACTER = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("IN-1: an error keeps the first issues and counts them all", () => {
  it("the first MAX_VALIDATION_ISSUES (100) issues are kept in document order, all 250 counted", () => {
    const error = rejected(superusers(250));
    expect(MAX_VALIDATION_ISSUES).toBe(100);
    expect(error.issues).toHaveLength(100);
    expect(error.issues.map((issue) => issue.pathText)).toEqual(
      Array.from({ length: 100 }, (_, i) => `members[${i}].role`),
    );
    expect(error.issueCount).toBe(250);
    const lines = error.message.split("\n");
    expect(lines[0]).toBe("invalid org: 250 issues");
    expect(lines).toHaveLength(102);
    expect(lines.at(-1)).toBe("… and 150 more issues");
    expect(lines.slice(1)).toEqual(formatValidationIssues(error.issues, error.issueCount).split("\n"));
  });

  it("100 issues are printed whole; a 101st is counted in one more line, in the singular", () => {
    const hundred = rejected(superusers(100));
    expect(hundred.issueCount).toBe(100);
    expect(hundred.message.split("\n")).toHaveLength(101);
    expect(hundred.message).not.toContain("more issue");
    const more = rejected(superusers(101));
    expect(more.issues).toHaveLength(100);
    expect(more.message.split("\n").at(-1)).toBe("… and 1 more issue");
  });

  it("formatValidationIssues prints at most 100 lines of any list, then counts the rest of the total", () => {
    const issues = rejected(superusers(100)).issues;
    const many: ValidationIssue[] = [...issues, ...issues];
    const text = formatValidationIssues(many).split("\n");
    expect(text).toHaveLength(101);
    expect(text.at(-1)).toBe("… and 100 more issues");
    expect(formatValidationIssues(issues.slice(0, 2), 5).split("\n")).toEqual([
      ...formatValidationIssues(issues.slice(0, 2)).split("\n"),
      "… and 3 more issues",
    ]);
    expect(formatValidationIssues([])).toBe("");
  });

  it("an OrgValidationError built by hand keeps its first 100 issues too, and counts what it is given", () => {
    const issues = rejected(superusers(100)).issues;
    const error = new OrgValidationError([...issues, ...issues, ...issues]);
    expect(error.issues).toHaveLength(100);
    expect(error.issueCount).toBe(300);
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(error.message.split("\n").at(-1)).toBe("… and 200 more issues");
    expect(new OrgValidationError(issues.slice(0, 1), 7).message.split("\n")).toEqual([
      "invalid org: 7 issues",
      formatValidationIssues(issues.slice(0, 1)),
      "… and 6 more issues",
    ]);
  });

  it("an issue beyond the first 100 is counted, never worded: its value is not even looked at again", () => {
    let looks = 0;
    // An array where a member belongs: the parser looks at its prototype to see that it is an
    // array, and once more to word the issue, only for the issues it keeps.
    const watched = () =>
      new Proxy([], {
        getPrototypeOf: (target) => {
          looks++;
          return Reflect.getPrototypeOf(target);
        },
      });
    const error = rejected({ ...minimalOrg(), members: Array.from({ length: 1000 }, watched) });
    expect(error.issueCount).toBe(1000);
    expect(error.issues[0]).toMatchObject({ code: "invalid_type", pathText: "members[0]", received: "an array" });
    expect(looks).toBe(1000 + 100);
  });
});

describe("IN-1: long keys and strings are cut at MAX_SHOWN_LENGTH (60) characters", () => {
  const capability = (key: string) =>
    rejected({ ...minimalOrg(), capabilities: Object.fromEntries([[key, "on"]]) }).issues[0];

  it("a key of 60 characters is shown whole, in the path and its text", () => {
    const key = "k".repeat(MAX_SHOWN_LENGTH);
    expect(capability(key)).toMatchObject({ path: ["capabilities", key], pathText: `capabilities.${key}` });
  });

  it("a longer key is cut to 60 characters and marked with …, in the path and its text", () => {
    const key = `${"k".repeat(MAX_SHOWN_LENGTH)}z${"y".repeat(10_000)}`;
    const cut = `${"k".repeat(60)}…`;
    expect(capability(key)).toMatchObject({ path: ["capabilities", cut], pathText: `capabilities["${cut}"]` });
  });

  it("a cut never leaves half of a character: a pair split by the cut goes whole", () => {
    const key = `${"a".repeat(59)}😀${"b".repeat(100)}`;
    const issue = capability(key);
    expect(issue?.path[1]).toBe(`${"a".repeat(59)}…`);
    expect(issue?.pathText).not.toMatch(HALF_A_CHARACTER);
    const role = rejected({ ...minimalOrg(), members: [{ id: "u1", role: key }] }).issues[0];
    expect(role?.received).toBe(`"${"a".repeat(59)}"… (161 characters)`);
  });

  it("a pair before the cut is kept: only the last character can be half of one", () => {
    const key = `${"a".repeat(10)}😀${"b".repeat(100)}`;
    expect(capability(key)?.path[1]).toBe(`${"a".repeat(10)}😀${"b".repeat(48)}…`);
    const role = rejected({ ...minimalOrg(), members: [{ id: "u1", role: key }] }).issues[0];
    expect(role?.received).toBe(`"${"a".repeat(10)}😀${"b".repeat(48)}"… (112 characters)`);
  });

  it("a long key gets no “did you mean”, even when it starts with a property name", () => {
    const issue = rejected({ ...minimalOrg(), [`spendLimit${"x".repeat(100)}`]: 1 }).issues[0];
    expect(issue?.message).toMatch(/^unknown property "spendLimitx+"… \(110 characters\): expected one of "id", /);
    expect(rejected({ ...minimalOrg(), biling: "seat" }).issues[0]?.message).toBe(
      'unknown property "biling": did you mean "billing"?',
    );
  });

  it("a repeated long id names both places within the bounds", () => {
    const id = "g".repeat(5000);
    const groups = [0, 1].map(() => ({ id, name: "G", source: "manual", members: [] }));
    const issue = rejected({ ...minimalOrg(), groups }).issues[0];
    expect(issue?.message).toBe(
      `duplicate group id "${"g".repeat(60)}"… (5000 characters): groups[0] has it already, give each of the groups its own id`,
    );
  });
});

describe("IN-1: what fails in the middle of an object or array fails the whole of it", () => {
  it("a record whose keys cannot be listed is one issue", () => {
    const capabilities = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("no keys");
        },
      },
    );
    expect(rejected({ ...minimalOrg(), capabilities }).issues).toMatchObject([
      { code: "unreadable_value", pathText: "capabilities" },
    ]);
  });

  it("a record that lists a key and then loses it (a Proxy) has no such key", () => {
    let asked = 0;
    const capabilities = new Proxy(
      { chat: true, cowork: false },
      {
        getOwnPropertyDescriptor: (target, key) => {
          // Object.keys asks once, for enumerability; the parser asks again, and the key is gone.
          if (key === "cowork" && ++asked > 1) return undefined;
          return Reflect.getOwnPropertyDescriptor(target, key);
        },
      },
    );
    expect(parseOrg({ ...minimalOrg(), capabilities }).capabilities).toEqual({ chat: true });
  });

  it("an optional property with a getter is refused, not left out", () => {
    const member = Object.defineProperty({ id: "u1", role: "user" }, "email", { enumerable: true, get: () => "a@b.c" });
    expect(rejected({ ...minimalOrg(), members: [member] }).issues).toMatchObject([
      { code: "unreadable_value", pathText: "members[0].email" },
    ]);
    const entry = Object.defineProperty({}, "level", { enumerable: true, get: () => "always" });
    expect(rejected({ ...minimalOrg(), toolPolicy: { jira: entry } }).issues).toMatchObject([
      { code: "unreadable_value", pathText: "toolPolicy.jira.level" },
    ]);
  });

  it("an array shared by two places (no cycle) is read at each", () => {
    const members = ["u1", "u2"];
    const groups = ["g1", "g2"].map((id) => ({ id, name: id, source: "manual", members }));
    const tools = ["search_issues"];
    const connectors = ["jira", "jira2"].map((id) => ({ id, name: id, tools }));
    expect(parseOrg({ ...specExample(), groups, connectors }).groups[1]?.members).toEqual(["u1", "u2"]);
  });
});
