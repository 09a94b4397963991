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
      /** Tells this window apart: a capability's `granted` leaves its range (PLN-2). */
      readonly kind: "capability";
      /** The id of the member who would hold the capability out of range. */
      readonly memberId: string;
      /** The id of the capability, e.g. `"chat"`. */
      readonly capability: string;
      /** Whether the member has the capability before the migration (in `before`). */
      readonly before: boolean;
      /** Whether the member has the capability after the stage: outside `before`…`after` (PLN-2). */
      readonly during: boolean;
      /** Whether the member has the capability after the migration (in `after`). */
      readonly after: boolean;
    }
  | {
      /** Tells this window apart: a tool's level leaves its range (PLN-2). */
      readonly kind: "tool";
      /** The id of the member who would hold the tool level out of range. */
      readonly memberId: string;
      /** The id of the connector the tool belongs to. */
      readonly connectorId: string;
      /** The name of the tool, as the connector lists it. */
      readonly tool: string;
      /** The member's level of the tool before the migration (in `before`). */
      readonly before: Level;
      /** The member's level of the tool after the stage: outside `before`…`after` by CON-1 (PLN-2). */
      readonly during: Level;
      /** The member's level of the tool after the migration (in `after`). */
      readonly after: Level;
    };

/** Options of {@link planMigration}. */
export interface PlanOptions {
  /**
   * The pilot of Step 6 ("We recommend migrating a pilot group first"): member ids, or the id of a
   * group of the target org, whose members (in the target) are the pilot. Absent or `undefined`:
   * no pilot.
   */
  readonly pilot?: readonly string[] | string | undefined;
}

/** Steps merged into one stage because the guide's order would have left a window (PLN-2). */
export interface StageMerge {
  /** The guide's steps merged into one stage, in order (PLN-1). */
  readonly steps: readonly MigrationStep[];
  /** The window that the first of them, applied on its own, would have left (PLN-2). */
  readonly window: MigrationWindow;
}

/** One stage of a migration plan: changes applied together (CHG-1). */
export interface MigrationStage {
  /** The guide's steps this stage holds, in order (PLN-1; more than one when merged, PLN-2). */
  readonly steps: readonly MigrationStep[];
  /** The changes (SPEC §8) this stage applies together, in order (CHG-1, PLN-1). */
  readonly changes: readonly Change[];
  /**
   * Who gains and loses what by this stage, from the state the previous stage left (DIF-1, PLN-1).
   * Asked when read (a plan of a large org holds millions of differences); the plan keeps the last
   * two diffs read: keep the value rather than reading the field again.
   */
  readonly diff: AccessDiff;
  /** The changes that undo this stage, back to the state the previous stage left (CHG-3, PLN-1). */
  readonly undo: readonly Change[];
  /** The windows this stage leaves (PLN-2); empty, as a plan never leaves one. */
  readonly windows: readonly MigrationWindow[];
  /** The rollback from this stage (PLN-3): the changes back to `before`, and who regains what. */
  readonly rollback: {
    /** The changes that take the state after this stage back to `before` (PLN-3). */
    readonly changes: readonly Change[];
    /** Who gains and loses what by rolling back, from the state after this stage to `before` (PLN-3); asked when read. */
    readonly diff: AccessDiff;
  };
}

/**
 * A migration plan (PLN-1..PLN-3): stages in the guide's order, the merges that keep the no-window
 * invariant, and the verdict.
 */
export interface MigrationPlan {
  /** The stages, in the guide's order (PLN-1); applied in order, they turn `before` into `after`. */
  readonly stages: readonly MigrationStage[];
  /** Stages merged where the guide's order would leave a window, and why (PLN-2); empty when none. */
  readonly merges: readonly StageMerge[];
  /**
   * PLN-2's verdict: `true`, as stages are merged until none leaves a window (checked on every stage
   * but the last, which reaches `after`, PLN-1).
   */
  readonly noWindow: boolean;
  /** Who gains and loses what over the whole migration, from `before` to `after` (DIF-1); asked when read. */
  readonly diff: AccessDiff;
}
