/**
 * A connector permission level, as chosen on a role's Connectors tab or in the org-wide tool policy.
 *
 * - `"always"`: **Always allow**. The tool is available and members may set their own approval to
 *   "Always allow".
 * - `"approval"`: **Needs approval**. The tool is available, but members confirm each call.
 * - `"blocked"`: **Blocked**. The tool is not available; a connector whose tools are all blocked is
 *   hidden from the member's connector menu.
 *
 * Rules: CON-1 (the order `blocked` < `approval` < `always`).
 */
export type Level = "always" | "approval" | "blocked";

/**
 * Every level, from the least to the most permissive (CON-1).
 *
 * @example
 * ```ts
 * LEVELS // => ["blocked", "approval", "always"]
 * ```
 */
export const LEVELS: readonly Level[] = /* @__PURE__ */ Object.freeze(["blocked", "approval", "always"] as const);

/** A level's position in {@link LEVELS} (internal: the public entries do not export it). */
export function rank(level: Level): number {
  return level === "always" ? 2 : level === "approval" ? 1 : 0;
}

/**
 * Whether a value is one of the three levels.
 *
 * @param value - anything
 * @returns `true` for `"always"`, `"approval"` and `"blocked"`, `false` otherwise
 *
 * @example
 * ```ts
 * isLevel("approval") // => true
 * isLevel("allow") // => false
 * ```
 */
export function isLevel(value: unknown): value is Level {
  return value === "always" || value === "approval" || value === "blocked";
}

/**
 * Compares two levels by CON-1: negative when `a` is less permissive than `b`, zero when equal,
 * positive when more permissive. Usable as an `Array.prototype.sort` comparator.
 *
 * Rules: CON-1.
 *
 * @example
 * ```ts
 * compareLevels("blocked", "approval") // => -1
 * compareLevels("always", "approval") // => 1
 * ```
 */
export function compareLevels(a: Level, b: Level): number {
  return rank(a) - rank(b);
}

/**
 * The more permissive of two levels: how grants of several roles combine (CON-3).
 *
 * Rules: CON-1, CON-3.
 *
 * @example
 * ```ts
 * mostPermissive("blocked", "approval") // => "approval"
 * mostPermissive("blocked", "blocked") // => "blocked"
 * ```
 */
export function mostPermissive(a: Level, b: Level): Level {
  return LEVELS[Math.max(rank(a), rank(b))] as Level;
}

/**
 * The less permissive of two levels: how a ceiling such as the org-wide tool policy applies (CON-4,
 * CON-12).
 *
 * Rules: CON-1, CON-4.
 *
 * @example
 * ```ts
 * leastPermissive("always", "approval") // => "approval"
 * leastPermissive("always", "always") // => "always"
 * ```
 */
export function leastPermissive(a: Level, b: Level): Level {
  return LEVELS[Math.min(rank(a), rank(b))] as Level;
}

/**
 * The product's words for a level, as shown in the admin console.
 *
 * @example
 * ```ts
 * levelLabel("approval") // => "Needs approval"
 * ```
 */
export function levelLabel(level: Level): string {
  return level === "always" ? "Always allow" : level === "approval" ? "Needs approval" : "Blocked";
}
