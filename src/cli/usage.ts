/**
 * The help text of `org-rbac`, printed by `--help` and, on a usage error, to stderr.
 */
export const USAGE = `org-rbac: who gets what in an enterprise org, and why (every answer names its SPEC rules)

Usage:
  org-rbac access <org.json> [memberId]                      what a member has (every member if omitted):
                                                             built-in role, groups, roles, capabilities,
                                                             landing page, connector menu, tools, spend limit
  org-rbac tool <org.json> <memberId> <connectorId> <tool>   one tool's level for a member, and why
  org-rbac conflicts <org.json> <roleId> [connectorId]       a role's cross-role conflict warnings
  org-rbac spend <org.json> [memberId]                       monthly spend limits (usage billing)
  org-rbac validate <org.json>                               check an org file against the org format
  org-rbac audit <org.json>                                  what to fix: dangling references, members who
                                                             lose access, roles without effect (exit 1 on an error)

Options:
  --json       print the library's result as JSON instead of text
  -h, --help   print this help
  --           end of options, for ids that start with "-"

Exit codes: 0 done; 1 unreadable or invalid org file, an id the org does not have, or an audit error; 2 usage error
`;
