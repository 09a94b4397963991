import type { Command } from "./command.js";
import { access } from "./commands/access.js";
import { apply } from "./commands/apply.js";
import { audit } from "./commands/audit.js";
import { diff } from "./commands/diff.js";
import { plan } from "./commands/plan.js";
import { conflicts } from "./commands/conflicts.js";
import { spend } from "./commands/spend.js";
import { tool } from "./commands/tool.js";
import { validate } from "./commands/validate.js";

/**
 * Every command of `org-rbac`, in the order the usage lists them. A new command is a module of
 * src/cli/commands/ and one line here.
 */
export const COMMAND_LIST: readonly Command[] = [access, tool, conflicts, spend, validate, audit, diff, plan, apply];
