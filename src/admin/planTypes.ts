// The data of a migration plan (PLN-1..PLN-3).
import type { Level } from "../level.js";
import type { Change } from "./change.js";
import type { AccessDiff } from "./diffTypes.js";

/**
 * A step of a migration, in the guide's order (PLN-1): `"connectors"` (Before you begin: connectors,
 * the tool policy, and capabilities switched off), `"roles"` (Step 2), `"connector-permissions"`
 * (Step 3: connector rows, enabling connector permissions), `"groups"` (Step 4: groups, their
 * members, role assignments), `"pilot"` and `"members"` (Step 6: members added, seats, group
 * mappings, built-in roles), `"capabilities"` (Step 7: capabilities switched on), `"spend"`
 * (Step 8) and `"removals"`.
 */
export type MigrationStep =
  | "connectors"
  | "roles"
  | "connector-permissions"
  | "groups"
  | "pilot"
  | "members"
  | "capabilities"
  | "spend"
  | "removals";

/**
 * A window (PLN-2): after a stage, a member holds a capability or a tool level that lies outside
 * what they hold before and after the migration.
 */
export type MigrationWindow =
  | {
      readonly kind: "capability";
      readonly memberId: string;
      readonly capability: string;
      /** Whether the member has it before the migration, after the stage, and after the migration. */
      readonly before: boolean;
      readonly during: boolean;
      readonly after: boolean;
    }
  | {
      readonly kind: "tool";
      readonly memberId: string;
      readonly connectorId: string;
      readonly tool: string;
      readonly before: Level;
      readonly during: Level;
      readonly after: Level;
    };

/** Options of {@link planMigration}. */
export interface PlanOptions {
  /**
   * The pilot of Step 6 ("We recommend migrating a pilot group first"): member ids, or the id of a
   * group of the target org, whose members (in the target) are the pilot.
   */
  readonly pilot?: readonly string[] | string;
}

/** Steps merged into one stage because the guide's order would have left a window (PLN-2). */
export interface StageMerge {
  /** The steps merged, in order. */
  readonly steps: readonly MigrationStep[];
  /** The window that the first of them, applied on its own, would have left. */
  readonly window: MigrationWindow;
}

/** One stage of a migration plan: changes applied together (CHG-1). */
export interface MigrationStage {
  /** The guide's steps this stage holds, in order (more than one when merged). */
  readonly steps: readonly MigrationStep[];
  /** The changes, in order. */
  readonly changes: readonly Change[];
  /** Who gains and loses what by this stage, from the state the previous stage left (DIF-1). */
  readonly diff: AccessDiff;
  /** The changes that undo this stage (CHG-3). */
  readonly undo: readonly Change[];
  /** The windows this stage leaves (PLN-2); empty, as a plan never leaves one. */
  readonly windows: readonly MigrationWindow[];
  /** The rollback from this stage (PLN-3): the changes back to `before`, and who regains what. */
  readonly rollback: { readonly changes: readonly Change[]; readonly diff: AccessDiff };
}

/**
 * A migration plan (PLN-1..PLN-3): stages in the guide's order, the merges that keep the no-window
 * invariant, and the verdict.
 */
export interface MigrationPlan {
  readonly stages: readonly MigrationStage[];
  /** Stages merged where the guide's order would leave a window, and why. */
  readonly merges: readonly StageMerge[];
  /** PLN-2's verdict, checked on every stage: `true` when no stage leaves a window. */
  readonly noWindow: boolean;
  /** Who gains and loses what, from `before` to `after`. */
  readonly diff: AccessDiff;
}
