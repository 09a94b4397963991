// The golden catalogue of validation errors (IN-1): what `parseOrg` says, word for word, for every
// way one place of a valid org can be wrong: each value replaced by one of the wrong type, each
// property removed, an empty and a misspelt key added to each object, every id repeated, and each
// kind of value a message must name. Error messages are what a person fixing an org file reads; a
// change to one shows up here as a diff. `npx vitest run test/golden -u` rewrites the file.
import { describe, expect, test } from "vitest";
import { formatValidationIssues, safeParseOrg } from "../../src/index.js";
import { allPaths, richExample, setAt, updateAt, valueAt, type JsonPath } from "../parse/fixtures.js";

function verdict(label: string, doc: unknown): string {
  const result = safeParseOrg(doc);
  if (result.ok) return `${label}: accepted`;
  const lines = result.error.issues.map(
    (issue) =>
      `    ${issue.code} at ${issue.pathText || "(the document)"}: ${JSON.stringify(issue.expected)} / ${JSON.stringify(issue.received)}`,
  );
  return [
    `${label}:`,
    ...formatValidationIssues(result.error.issues, result.error.issueCount)
      .split("\n")
      .map((line) => `  ${line}`),
    ...lines,
  ].join("\n");
}

const shown = (path: JsonPath) =>
  path.map((key) => (typeof key === "number" ? `[${key}]` : `.${key}`)).join("") || "(root)";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every single-place mistake of SPEC §1's example (with a second item in every list). */
function placeMistakes(): string[] {
  const doc = richExample();
  const out: string[] = [];
  for (const { path, value } of allPaths(doc)) {
    if (path.length > 0) {
      const wrong = typeof value === "boolean" ? "yes" : true;
      out.push(verdict(`${shown(path)} = ${JSON.stringify(wrong)}`, setAt(doc, path, wrong)));
      const parent = valueAt(doc, path.slice(0, -1));
      if (isObject(parent))
        out.push(
          verdict(
            `${shown(path)} removed`,
            updateAt(doc, path, () => undefined),
          ),
        );
    }
    if (isObject(value)) {
      out.push(
        verdict(
          `${shown(path)} with an empty key`,
          setAt(doc, [...path, ""], valueAt(doc, path) === value ? "always" : null),
        ),
      );
      const first = Object.keys(value)[0];
      if (first !== undefined && first.length > 2) {
        const typo = `${first.slice(0, -1)}x`;
        out.push(
          verdict(
            `${shown(path)} with ${JSON.stringify(typo)} added`,
            setAt(doc, [...path, typo], valueAt(doc, [...path, first])),
          ),
        );
      }
      out.push(verdict(`${shown(path)} with "zz" added`, setAt(doc, [...path, "zz"], 1)));
    }
  }
  return out;
}

/** How each kind of value is named in a message, at a place that wants one of a set of words. */
function receivedKinds(): string[] {
  const doc = richExample();
  const cyclic: Record<string, unknown> = {};
  cyclic["self"] = cyclic;
  const rows: Record<string, unknown> = {};
  rows["jira"] = { custom: rows };
  const sparse: unknown[] = ["a"];
  sparse[2] = "c";
  const values: [string, unknown][] = [
    ["a number", 42],
    ["a fraction", 1.5],
    ["NaN", Number.NaN],
    ["null", null],
    ["false", false],
    ["a string of 60 characters", "x".repeat(60)],
    ["a string of 61 characters", "x".repeat(61)],
    ["an object", {}],
    ["an object without prototype", Object.create(null) as unknown],
    ["an array", []],
    ["a Date", new Date(0)],
    ["a Map", new Map()],
    ["an array subclass", new (class Items extends Array {})()],
    ["undefined", undefined],
    ["a function", () => 1],
    ["a bigint", 10n],
    ["a symbol", Symbol("s")],
    [
      "a Proxy whose traps throw",
      new Proxy(
        {},
        {
          getPrototypeOf: () => {
            throw new Error("no");
          },
        },
      ),
    ],
  ];
  const out = values.map(([name, value]) =>
    verdict(`members[0].role = ${name}`, setAt(doc, ["members", 0, "role"], value)),
  );
  out.push(verdict("members = an array with a hole", setAt(doc, ["members"], sparse)));
  out.push(verdict("connectors[0].tools = an array with a hole", setAt(doc, ["connectors", 0, "tools"], sparse)));
  out.push(verdict("capabilities = an object that contains itself", setAt(doc, ["capabilities"], cyclic)));
  out.push(
    verdict(
      "roles[0].connectors.byConnector = rows whose Custom row is the rows again",
      setAt(doc, ["roles", 0, "connectors", "byConnector"], rows),
    ),
  );
  out.push(
    verdict(
      "members = an array that contains itself",
      updateAt(doc, ["members"], (old) => {
        const members = [...(old as unknown[])];
        members.push(members);
        return members;
      }),
    ),
  );
  for (const length of [-1, "3", 1.5, 2 ** 53]) {
    const lying = new Proxy([], {
      getOwnPropertyDescriptor: (target, key) =>
        key === "length"
          ? { value: length, writable: true, enumerable: false, configurable: false }
          : Reflect.getOwnPropertyDescriptor(target, key),
    });
    out.push(
      verdict(
        `members = a Proxy of an array whose length reads ${JSON.stringify(length)}`,
        setAt(doc, ["members"], lying),
      ),
    );
  }
  out.push(verdict("the document = 7", 7));
  out.push(verdict("the document = an array", []));
  return out;
}

/** Every id repeated where ids must be unique, and the empty id repeated (reported once per place). */
function repeats(): string[] {
  const doc = richExample();
  const out: string[] = [];
  for (const list of ["members", "groups", "roles", "connectors"]) {
    out.push(verdict(`${list}[1].id = ${list}[0].id`, setAt(doc, [list, 1, "id"], valueAt(doc, [list, 0, "id"]))));
    out.push(
      verdict(`${list}[0].id and ${list}[1].id = ""`, setAt(setAt(doc, [list, 0, "id"], ""), [list, 1, "id"], "")),
    );
  }
  out.push(
    verdict("connectors[0].tools lists a tool twice", setAt(doc, ["connectors", 0, "tools", 1], "search_issues")),
  );
  out.push(
    verdict("spend.groupLimits names a group twice", setAt(doc, ["spend", "groupLimits", 1, "groupId"], "g-eng")),
  );
  out.push(
    verdict(
      'roles[1].connectors.all = { "custom": { "t": "always" } }',
      setAt(doc, ["roles", 1, "connectors", "all"], { custom: { t: "always" } }),
    ),
  );
  out.push(
    verdict(
      'roles[0].connectors.all = { "level": "always" }',
      setAt(doc, ["roles", 0, "connectors", "all"], { level: "always" }),
    ),
  );
  out.push(verdict("members[0] with id misspelt as ix", setAt(doc, ["members", 0, "ix"], "u9")));
  return out;
}

/** The bounds of an error: long keys and strings cut at 60 characters, 100 issues kept and the rest counted. */
function bounds(): string[] {
  const doc = richExample();
  const out = [
    verdict("a property name of 61 characters added to the org", setAt(doc, ["k".repeat(61)], 1)),
    verdict(
      "capabilities with an id of 10,000 characters switched on by a string",
      setAt(doc, ["capabilities", "c".repeat(10_000)], "on"),
    ),
    verdict("members[0].role = a string of 10,000 characters", setAt(doc, ["members", 0, "role"], "r".repeat(10_000))),
    verdict(
      "members[1].id = members[0].id, both of 10,000 characters",
      setAt(setAt(doc, ["members", 0, "id"], "u".repeat(10_000)), ["members", 1, "id"], "u".repeat(10_000)),
    ),
  ];
  const members = Array.from({ length: 103 }, (_, i) => ({ id: `u${i}`, role: "superuser" }));
  const result = safeParseOrg(setAt(doc, ["members"], members));
  const message = result.ok ? ["accepted"] : result.error.message.split("\n");
  out.push(
    [
      "103 members with an unknown built-in role: the message's first two and last two lines:",
      ...[...message.slice(0, 2), "  ...", ...message.slice(-2)].map((line) => `  ${line}`),
    ].join("\n"),
  );
  return out;
}

describe("golden validation errors (IN-1)", () => {
  test("every single-place mistake of a valid org, word for word", async () => {
    await expect(["# single-place mistakes", ...placeMistakes(), ""].join("\n")).toMatchFileSnapshot(
      "./__golden__/errors.txt",
    );
  });

  test("each kind of value, repeated ids and misspelt keys, word for word", async () => {
    await expect(
      [
        "# received values",
        ...receivedKinds(),
        "",
        "# repeats and misspellings",
        ...repeats(),
        "",
        "# bounds",
        ...bounds(),
        "",
      ].join("\n"),
    ).toMatchFileSnapshot("./__golden__/errors-kinds.txt");
  });
});
