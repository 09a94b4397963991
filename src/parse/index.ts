// parseOrg and its error: the public part of src/parse (each item documented where it is defined).
export { parseOrg, safeParseOrg } from "./parseOrg.js";
export type { ParseResult } from "./parseOrg.js";
export { OrgValidationError } from "./error.js";
export { formatValidationIssues } from "./issues.js";
export { MAX_SHOWN_LENGTH, MAX_VALIDATION_ISSUES } from "./bounds.js";
export type { ValidationIssue, ValidationIssueCode } from "./issues.js";
