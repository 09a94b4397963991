// The public API of org-rbac. The browser entry lists the core by name (STYLE.md: nothing internal
// leaks); the main entry adds the admin functions, and validates orgs that did not come from parseOrg
// before answering them (IN-3), which is this one import for its effect.
import "./parseFirst.js";

// The browser entry is itself a list by name; repeating it here would be a second copy to keep.
// eslint-disable-next-line no-restricted-syntax
export * from "./browser.js";
export { enableConnectorPermissions, newCustomRole } from "./admin/connectorPermissions.js";
