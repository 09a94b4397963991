// The audit's findings as data (AUD-1): what each is about and the ids involved. The words of each
// finding are made in src/words/audit.ts; the detection lives in the audit*.ts modules beside this one.
import type { BuiltInRole } from "../org.js";
import type { RuleId } from "../rules.js";
import type { Change } from "./change.js";

/**
 * The kinds of finding, in the order the audit lists them (the table of AUD-1).
 *
 * - `"dangling-reference"`: a reference that points nowhere and grants nothing (IN-2).
 * - `"custom-member-without-role"`: a Custom-roles member in no counting group with a role (CAP-6).
 * - `"scim-group-ignored"`: a role assigned to a SCIM group in an invite-only or JIT org (GRP-2).
 * - `"role-without-effect"`: an assigned role that no Custom-roles member holds.
 * - `"capability-off-at-org"`: a role grants a capability that is off at org level (CAP-1).
 * - `"chat-seat-claude-code"`: a Chat-seat member holds a role granting Claude Code (CAP-7).
 * - `"lands-on-settings"`: a Custom-roles member with a role but without `chat` (CAP-8).
 * - `"mapping-demotes"`: group mappings give an Owner or Admin a lower built-in role (GRP-3).
 * - `"cross-role-conflict"`: a connector row with a conflict warning among roles sharing a member (CON-13).
 */
export type FindingKind =
  | "dangling-reference"
  | "custom-member-without-role"
  | "scim-group-ignored"
  | "role-without-effect"
  | "capability-off-at-org"
  | "chat-seat-claude-code"
  | "lands-on-settings"
  | "mapping-demotes"
  | "cross-role-conflict";

/**
 * How serious a finding is: `"error"` (someone loses access they should have: the CLI exits 1),
 * `"warning"` (part of the org does nothing), `"info"` (worth knowing, often expected mid-migration).
 */
export type Severity = "error" | "warning" | "info";

/** What a `dangling-reference` finding is about: the one entry of the org that points nowhere. */
export type DanglingReference =
  "assignment" | "role-row" | "role-tool" | "policy-entry" | "policy-tool" | "group-limit" | "mapping";

/**
 * What every finding of the audit has, whatever its kind (AUD-1): its severity, the rules it rests
 * on, where it is in the org, the ids involved, the message and the fix.
 */
export interface FindingBase {
  /** How serious it is: the severity of its kind in the table of AUD-1. */
  readonly severity: Severity;
  /** The rule ids the finding rests on. */
  readonly rules: readonly RuleId[];
  /** The JSON path in the org of the entry it is about, e.g. `["roleAssignments", 3]`. */
  readonly path: readonly (string | number)[];
  /** The members involved, by id. */
  readonly memberIds: readonly string[];
  /** The groups involved, by id. */
  readonly groupIds: readonly string[];
  /** The roles involved, by id (for a conflict, the role whose row warns comes first). */
  readonly roleIds: readonly string[];
  /** The connectors involved, by id. */
  readonly connectorIds: readonly string[];
  /** The tool involved, or `null`. */
  readonly tool: string | null;
  /** The capability involved, or `null`. */
  readonly capability: string | null;
  /** What is wrong and what to do, in one sentence for an admin. */
  readonly message: string;
  /**
   * Changes (SPEC §8) that remove the finding without changing anyone's access, or `null` when
   * removing it needs an admin's choice (who should get what); the message then says what to do.
   */
  readonly fix: readonly Change[] | null;
}

/**
 * One finding of the audit (AUD-1). Narrow on `kind` for the fields only some kinds have.
 */
export type Finding =
  | (FindingBase & {
      /** The kind of finding: a reference that points nowhere and grants nothing (IN-2, AUD-1). */
      readonly kind: "dangling-reference";
      /** Which kind of entry points nowhere. */
      readonly reference: DanglingReference;
    })
  | (FindingBase & {
      /** The kind of finding: group mappings give an Owner or Admin a lower built-in role (GRP-3, AUD-1). */
      readonly kind: "mapping-demotes";
      /** The member's stored built-in role (`owner` or `admin`). */
      readonly storedRole: BuiltInRole;
      /** The lower built-in role the group mappings give them. */
      readonly builtInRole: BuiltInRole;
    })
  | {
      readonly [K in PlainKind]: FindingBase & {
        /** The kind of finding, one of `PlainKind`: see {@link FindingKind} for what each means (AUD-1). */
        readonly kind: K;
      };
    }[PlainKind];

/**
 * The kinds of finding that have only the fields every finding has (`FindingBase`): every
 * {@link FindingKind} but `"dangling-reference"` and `"mapping-demotes"` (AUD-1).
 */
export type PlainKind = Exclude<FindingKind, "dangling-reference" | "mapping-demotes">;

/** A finding before it is worded: everything but the message. */
export type FindingDraft = Finding extends infer F ? (F extends Finding ? Omit<F, "message"> : never) : never;

/** The ids a draft involves, each list empty unless given. */
export function involved(ids: {
  readonly memberIds?: readonly string[];
  readonly groupIds?: readonly string[];
  readonly roleIds?: readonly string[];
  readonly connectorIds?: readonly string[];
  readonly tool?: string;
  readonly capability?: string;
}): Pick<FindingBase, "memberIds" | "groupIds" | "roleIds" | "connectorIds" | "tool" | "capability"> {
  return {
    memberIds: ids.memberIds ?? [],
    groupIds: ids.groupIds ?? [],
    roleIds: ids.roleIds ?? [],
    connectorIds: ids.connectorIds ?? [],
    tool: ids.tool ?? null,
    capability: ids.capability ?? null,
  };
}
