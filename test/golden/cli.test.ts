// Golden transcripts of the CLI: what `org-rbac` prints, word for word, for each command on the
// example orgs and on the small orgs that reach the corners of the text (singular words, no email,
// no tools, an invalid file), in each format, and for each kind of input and usage error (JSON
// syntax errors are worded by org-rbac, not by Node). `npx vitest run test/golden -u`
// rewrites the file after a deliberate change; the diff is the review.
import { describe, expect, test } from "vitest";
import { cli, EXAMPLE, PARENT } from "../cli/io.js";
import { BAD, ONE, SOLO } from "../cli/orgs.js";
import { guideOrg } from "../engine/fixtures.js";
import { acmeEuRemapped } from "./orgs.js";

// Made inside the test, never while the file loads (see explanations.test.ts).
const files = () => ({
  "solo.json": SOLO,
  "one.json": ONE,
  "bad.json": BAD,
  "guide.json": guideOrg(),
  "remapped.json": acmeEuRemapped(),
  "broken.json": '{\n  "id": "one",\n  "members": [{ "id": "m", "role": "user" },]\n}\n',
  "bom.json": `\uFEFF${JSON.stringify(ONE)}`,
});

const runs: readonly (readonly string[])[] = [
  ["access", EXAMPLE],
  ["access", PARENT],
  ["access", "solo.json"],
  ["access", "one.json"],
  ["access", EXAMPLE, "u-sam"],
  ["access", "guide.json", "nobody"],
  ["access", "remapped.json", "u-fay"],
  ["access", "remapped.json", "u-carla"],
  ["tool", EXAMPLE, "u-hana", "jira", "search_issues"],
  ["tool", EXAMPLE, "u-kai", "gdrive", "share_file"],
  ["tool", EXAMPLE, "u-sam", "jira", "search_issues"],
  ["tool", EXAMPLE, "u-kai", "notion", "search"],
  ["tool", "one.json", "m", "c", "t"],
  ["conflicts", EXAMPLE, "standard"],
  ["conflicts", EXAMPLE, "jira-search", "jira"],
  ["conflicts", EXAMPLE, "eng", "notion"],
  ["conflicts", EXAMPLE, "nobody"],
  ["conflicts", "one.json", "r"],
  ["spend", EXAMPLE],
  ["spend", EXAMPLE, "u-dev"],
  ["spend", EXAMPLE, "u-sam"],
  ["spend", PARENT],
  ["spend", "solo.json"],
  ["validate", EXAMPLE],
  ["validate", "bad.json"],
  ["validate", "missing.json"],
  ["access", "bad.json"],
  [],
  ["--help"],
  ["frobnicate", EXAMPLE],
  ["tool", EXAMPLE, "u-kai"],
  ["access", EXAMPLE, "u-kai", "extra"],
  ["spend", "--verbose", EXAMPLE],
  ["spend", EXAMPLE, "u-dev", "extra"],
  ["access", "--", EXAMPLE, "-x"],
  ["access", "solo.json", "--format", "csv"],
  ["access", "one.json", "--format", "ndjson"],
  ["spend", EXAMPLE, "--format", "csv"],
  ["spend", "solo.json", "--format=ndjson"],
  ["validate", "bom.json"],
  ["validate", "broken.json"],
  ["validate", EXAMPLE, "--max-bytes", "100"],
  ["validate", "examples"],
  ["tool", EXAMPLE, "u-kai", "jira", "search_issues", "--format", "csv"],
  ["access", EXAMPLE, "--format", "xml"],
  ["access", EXAMPLE, "--json", "--format", "json"],
];

async function transcript(argv: readonly string[]): Promise<string> {
  const ran = await cli(argv, files());
  // CSV ends its records with CRLF: shown as a visible `\r`, so the golden file stays plain text.
  const stdout = ran.stdout.replaceAll("\r", "\\r");
  return [`$ org-rbac ${argv.join(" ")}`, `exit ${ran.code}`, "--- stdout", stdout, "--- stderr", ran.stderr, ""].join(
    "\n",
  );
}

describe("golden CLI transcripts", () => {
  test("every command and every usage error prints exactly this", async () => {
    const transcripts: string[] = [];
    for (const argv of runs) transcripts.push(await transcript(argv));
    await expect(transcripts.join("\n")).toMatchFileSnapshot("./__golden__/cli.txt");
  });
});
