// The commands of the diff and plan area, for the command table (src/cli/commands.ts).
import type { Command } from "./commands.js";
import { applyCommand } from "./applyCommand.js";
import { diffCommand } from "./diffCommand.js";
import { planCommand } from "./planCommand.js";

/** `diff`, `plan` and `apply`, reading their second file from the disk. */
export const PLAN_COMMANDS: readonly Command[] = [diffCommand(), planCommand(), applyCommand()];
