// A line break in an id or a name never breaks a line of the CLI's text (issue 9): every line of
// every text answer and error goes through printableLine, so that an id cannot forge a line.
import { readFileSync } from "node:fs";
import { fc, test as property } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { printable, printableLine, printableLines } from "../../src/cli/printable.js";
import { parseOrg, type Org } from "../../src/index.js";
import { ID_KINDS, ordinaryName, renameOrg, renamingFor, type Renaming } from "../hostile/rename.js";
import { cli, EXAMPLE } from "./io.js";

const BEFORE = "examples/migration/before.json";
const AFTER = "examples/migration/after.json";
/** A visible character of the same length as a line break, where the other run has the line break. */
const PLACE = "¶";

function load(path: string): Org {
  return parseOrg(JSON.parse(readFileSync(path, "utf8")));
}

/** The org with `mark` before every id, name and email (the same renaming for both variants). */
function marked(org: Org, renaming: (mark: string) => Renaming, mark: string): Org {
  const renamed = renameOrg(org, renaming(mark));
  return {
    ...renamed,
    id: `${mark}${renamed.id}`,
    roles: renamed.roles.map((role) => ({ ...role, name: `${mark}${role.name}` })),
    groups: renamed.groups.map((group) => ({ ...group, name: `${mark}${group.name}` })),
    connectors: renamed.connectors.map((connector) => ({ ...connector, name: `${mark}${connector.name}` })),
    members: renamed.members.map((member) =>
      member.email === undefined ? member : { ...member, email: `${mark}${member.email}` },
    ),
  };
}

function renamer(org: Org): (mark: string) => Renaming {
  return (mark) => renamingFor(org, ID_KINDS, (kind, i) => `${mark}${ordinaryName(kind, i)}`);
}

/** Runs a command on the orgs marked with a line break and with `PLACE`, and both outputs. */
async function both(argv: (ask: Renaming) => string[], paths: readonly string[]) {
  const orgs = paths.map(load);
  const renaming = renamer(orgs[0] as Org);
  const run = (mark: string) => {
    const files = Object.fromEntries(orgs.map((org, i) => [`org${i}.json`, marked(org, renaming, mark)]));
    return cli(argv(renaming(mark)), files);
  };
  return { broken: await run("\n"), placed: await run(PLACE) };
}

describe("issue 9: a line break in an id or a name is printed escaped, on its line", () => {
  const one = [EXAMPLE];
  const member = (r: Renaming) => r.to("member", "u-fay");
  const cases: readonly (readonly [string, (r: Renaming) => string[], readonly string[]])[] = [
    ["access, every member", () => ["access", "org0.json"], one],
    ["access, one member", (r) => ["access", "org0.json", member(r)], one],
    ["tool", (r) => ["tool", "org0.json", member(r), r.to("connector", "jira"), r.to("tool", "create_issue")], one],
    ["conflicts", (r) => ["conflicts", "org0.json", r.to("role", "eng")], one],
    ["spend, every member", () => ["spend", "org0.json"], one],
    ["spend, one member", (r) => ["spend", "org0.json", member(r)], one],
    ["validate", () => ["validate", "org0.json"], one],
    ["audit", () => ["audit", "org0.json"], one],
    ["a member the org does not have", (r) => ["access", "org0.json", `${r.to("member", "u-fay")}-gone`], one],
    ["diff", () => ["diff", "org0.json", "org1.json"], [BEFORE, AFTER]],
    ["plan", (r) => ["plan", "org0.json", "org1.json", "--pilot", r.to("group", "g-eng")], [BEFORE, AFTER]],
  ];

  test.each(cases)("%s: the same lines as with a visible character in its place", async (_, argv, paths) => {
    const { broken, placed } = await both(argv, paths);
    expect(placed.stdout.length + placed.stderr.length).toBeGreaterThan(0);
    expect(placed.stdout.includes(PLACE) || placed.stderr.includes(PLACE)).toBe(true);
    expect(broken).toEqual({
      code: placed.code,
      stdout: placed.stdout.replaceAll(PLACE, "\\u{a}"),
      stderr: placed.stderr.replaceAll(PLACE, "\\u{a}"),
    });
  });

  test("an invalid org's issues stay one a line, whatever their keys hold", async () => {
    const org = { ...JSON.parse(readFileSync(EXAMPLE, "utf8")), toolPolicy: { "a\nb": { level: "nope" } } };
    const ran = await cli(["validate", "org.json"], { "org.json": org });
    expect(ran.code).toBe(2);
    expect(ran.stdout.trimEnd().split("\n")).toEqual([
      "✖ `org.json` is not a valid org (1 issue)",
      '✖ expected one of "always", "approval", "blocked", received "nope" → at toolPolicy["a\\nb"].level',
    ]);
  });
});

describe("printableLine", () => {
  test("escapes the line break, and everything printable escapes", () => {
    expect(printableLine("member u-a\nmember u-admin")).toBe("member u-a\\u{a}member u-admin");
    expect(printableLine("u-\u202eevil\r")).toBe("u-\\u{202e}evil\\u{d}");
    expect(printableLines(["role `a\nb`", "  done"])).toBe("role `a\\u{a}b`\n  done");
  });

  property.prop([fc.string({ unit: "binary" })])(
    "a line never holds a line break, and differs from printable only where the text has one",
    (text) => {
      const line = printableLine(text);
      expect(line).not.toContain("\n");
      expect(line).toBe(
        text
          .split("\n")
          .map((part) => printable(part))
          .join("\\u{a}"),
      );
    },
  );
});
