// The public API of org-rbac: named exports only (STYLE.md), so nothing internal leaks.

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
export { OrgValidationError, formatValidationIssues, parseOrg, safeParseOrg } from "./parse/index.js";
export type { ParseResult, ValidationIssue, ValidationIssueCode } from "./parse/index.js";
export type {
  CapabilityDecision,
  ConflictReport,
  ConflictView,
  ConnectorAccess,
  ConnectorConflicts,
  Explained,
  HeldRole,
  LandingPageDecision,
  MemberAccess,
  MemberGroup,
  Reason,
  RoleConflict,
  SpendLimitDecision,
  ToolDecision,
} from "./engine/decision.js";
export { RULES } from "./rules.js";
export type { RuleId } from "./rules.js";
export { resolveAccess } from "./engine/access.js";
export { hasCapability } from "./engine/capabilities.js";
export { resolveToolLevel } from "./engine/tools.js";
export { findCrossRoleConflicts } from "./engine/conflicts.js";
export { resolveSpendLimit } from "./engine/spend.js";
export { resolveClaudeCodeToolLevel } from "./engine/claudeCode.js";
export { CAPABILITY_DENIED_MESSAGE, capabilityUiState } from "./ui/capability.js";
export type { CapabilityUiState } from "./ui/capability.js";
export { TOOL_BLOCKED_MESSAGE, effectiveApproval, toolUiState } from "./ui/tool.js";
export type { ApprovalChoice, ToolUiState } from "./ui/tool.js";
export { enableConnectorPermissions, newCustomRole } from "./admin/connectorPermissions.js";
