// The public API of org-rbac. The browser entry lists the core by name (STYLE.md: nothing internal
// leaks); the main entry adds the admin functions, and validates orgs that did not come from parseOrg
// before answering them (IN-3), which is this one import for its effect.
import "./parseFirst.js";

// The browser entry is itself a list by name; repeating it here would be a second copy to keep.
// eslint-disable-next-line no-restricted-syntax
export * from "./browser.js";
// The compiled engine's questions of one member, in place of the browser entry's scanning ones
// (src/scan/): the same answers, in time proportional to the roles a member holds, for a backend.
export { resolveToolLevel } from "./engine/tools.js";
export { hasCapability, resolveCapability } from "./engine/capabilities.js";
export { enableConnectorPermissions, newCustomRole } from "./admin/connectorPermissions.js";
export { applyChanges, safeApplyChanges } from "./admin/applyChanges.js";
export type { ApplyResult } from "./admin/applyChanges.js";
export { invertChanges } from "./admin/invertChanges.js";
export { describeChange } from "./admin/describeChange.js";
export { CHANGE_KINDS, ChangeError } from "./admin/change.js";
export type {
  AddConnector,
  AddGroup,
  AddGroupMembers,
  AddMember,
  AssignRole,
  Change,
  ChangeErrorCode,
  ChangeKind,
  CreateRole,
  DeleteRole,
  DisableConnectorPermissions,
  EnableConnectorPermissions,
  RemoveConnector,
  RemoveConnectorGrant,
  RemoveGroup,
  RemoveGroupMembers,
  RemoveMember,
  RemoveToolPolicy,
  SetBuiltInRole,
  SetConnectorGrant,
  SetGroupMappings,
  SetGroupSpendLimit,
  SetMemberSpendLimit,
  SetOrgCapability,
  SetSeat,
  SetSpend,
  SetToolGrant,
  SetToolPolicy,
  UnassignRole,
  UpdateRole,
} from "./admin/change.js";
export { auditOrg } from "./admin/audit.js";
export type {
  DanglingReference,
  Finding,
  FindingBase,
  FindingKind,
  PlainKind,
  Severity,
} from "./admin/auditFinding.js";
export { diffAccess } from "./admin/diff.js";
export type {
  AccessDiff,
  AccessDifference,
  BuiltInRoleDifference,
  CapabilityDifference,
  CapabilityValue,
  ConnectorMenuDifference,
  DiffEffect,
  DiffExplanation,
  DiffExplanations,
  LandingPageDifference,
  MemberAccessDiff,
  SpendLimitDifference,
  SpendValue,
  ToolDifference,
} from "./admin/diffTypes.js";
export { previewChanges } from "./admin/diffPreview.js";
export type { ChangePreview } from "./admin/diffPreview.js";
export { MigrationError, changesBetween } from "./admin/changesBetween.js";
export { planMigration } from "./admin/plan.js";
export type {
  MigrationPlan,
  MigrationStage,
  MigrationStep,
  MigrationWindow,
  PlanOptions,
  StageMerge,
} from "./admin/planTypes.js";
