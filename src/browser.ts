// The browser entry, `org-rbac/browser`: what a frontend needs (parse, decisions, UI state), by name
// (STYLE.md), without the admin functions (immer) and without validating orgs that did not come from
// parseOrg, so that a bundle carries only what it imports. Its questions about one member,
// resolveToolLevel and resolveCapability, are answered by scans (src/scan/: no compiled index, a
// fraction of the code); the main entry (index.ts) answers them from the index, and adds the rest.

export type {
  Billing,
  BuiltInRole,
  Capability,
  Connector,
  ConnectorGrant,
  CustomGrant,
  CustomRole,
  Group,
  GroupMapping,
  GroupMappings,
  GroupSource,
  GroupSpendLimit,
  KnownCapability,
  MappableRole,
  Member,
  Org,
  Provisioning,
  RoleAssignment,
  RoleConnectors,
  Seat,
  SeatPlan,
  SpendSettings,
  ToolPolicy,
  ToolPolicyEntry,
} from "./org.js";
export { KNOWN_CAPABILITIES } from "./org.js";
export type { Level } from "./level.js";
export { LEVELS, compareLevels, isLevel, leastPermissive, levelLabel, mostPermissive } from "./level.js";
export {
  MAX_SHOWN_LENGTH,
  MAX_VALIDATION_ISSUES,
  OrgValidationError,
  formatValidationIssues,
  parseOrg,
  safeParseOrg,
} from "./parse/index.js";
export type { ParseResult, ValidationIssue, ValidationIssueCode } from "./parse/index.js";
export type {
  CapabilityDecision,
  ConflictReport,
  ConflictView,
  ConnectorAccess,
  ConnectorConflicts,
  Explained,
  HeldRole,
  KnownMemberAccess,
  LandingPageDecision,
  LimitedSpend,
  SpendBase,
  MemberAccess,
  MemberGroup,
  NoSpendLimit,
  Reason,
  RoleConflict,
  SpendLimitDecision,
  ToolDecision,
  UnknownMemberAccess,
} from "./engine/decision.js";
export type { ConflictingRoleFacts, ReasonData } from "./engine/reason.js";
export { RULES } from "./rules.js";
export type { RuleId } from "./rules.js";
export { resolveAccess } from "./engine/access.js";
export { hasCapability, resolveCapability } from "./scan/capabilities.js";
export { compileOrg } from "./engine/compile.js";
export { resolveToolLevel } from "./scan/tools.js";
export { findCrossRoleConflicts } from "./engine/conflicts.js";
export { resolveSpendLimit } from "./engine/spend.js";
export { resolveClaudeCodeToolLevel } from "./engine/claudeCode.js";
export { CAPABILITY_DENIED_MESSAGE, capabilityUiState } from "./ui/capability.js";
export type { CapabilityUiState } from "./ui/capability.js";
export { TOOL_BLOCKED_MESSAGE, effectiveApproval, toolUiState } from "./ui/tool.js";
export type {
  AlwaysToolState,
  ApprovalChoice,
  ApprovalToolState,
  BlockedToolState,
  ToolUiBase,
  ToolUiState,
} from "./ui/tool.js";
