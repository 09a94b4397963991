// The browser entry (`org-rbac/browser`) alone: this file imports nothing of the main entry, so the
// engine here has no parser to validate an org it did not produce (IN-3, fail closed).
import { describe, expect, test } from "vitest";
import { parseOrg, resolveAccess, resolveToolLevel, toolUiState } from "../src/browser.js";
import acme from "../examples/orgs/acme-eu.json" with { type: "json" };

describe("org-rbac/browser", () => {
  test("IN-3: it answers an org that parseOrg returned", () => {
    const org = parseOrg(acme);
    expect(resolveToolLevel(org, "u-kai", "jira", "search_issues").level).toBe("approval");
    expect(toolUiState(resolveToolLevel(org, "u-kai", "jira", "create_issue")).greyedOut).toBe(true);
  });

  test("IN-3: it refuses an org that did not come from parseOrg, frozen or not, since it carries no parser to validate it", () => {
    const refused = /org-rbac\/browser answers only orgs that parseOrg or applyChanges returned/;
    expect(() => resolveToolLevel(structuredClone(acme) as never, "u-kai", "jira", "search_issues")).toThrow(refused);
    expect(() => resolveAccess(Object.freeze(structuredClone(acme)) as never, "u-kai")).toThrow(TypeError);
  });
});
