import { safeParseOrg, type Org, type ValidationIssue } from "../index.js";

/** The file access `loadOrg` needs. */
export interface FileReader {
  /** Returns the file's text; throws when it cannot be read. */
  readFile(path: string): string;
}

/**
 * An org file, once read: the org, a reason it could not be read as JSON, or the validation issues
 * of its content (IN-1).
 */
export type LoadedOrg =
  | { readonly kind: "org"; readonly org: Org }
  | { readonly kind: "unreadable"; readonly message: string }
  | { readonly kind: "invalid"; readonly issues: readonly ValidationIssue[] };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads an org file: its text, then JSON, then `safeParseOrg`, so that nothing is used unvalidated.
 *
 * @param io - how to read files
 * @param path - the file's path
 * @returns the org, or why there is none
 */
export function loadOrg(io: FileReader, path: string): LoadedOrg {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    return { kind: "unreadable", message: `cannot read \`${path}\`: ${messageOf(error)}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: "unreadable", message: `\`${path}\` is not JSON: ${messageOf(error)}` };
  }
  const result = safeParseOrg(json);
  // Stryker disable next-line StringLiteral: equivalent, callers test for the other two kinds and the type system for this one
  return result.ok ? { kind: "org", org: result.org } : { kind: "invalid", issues: result.error.issues };
}
