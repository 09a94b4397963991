// Types of shapes.mjs, for test/hostile/growth.test.ts.

/** The ids a growth measurement asks about on a shape. */
export interface ShapeAsk {
  readonly member: string;
  readonly connector: string;
  readonly tool: string;
  readonly role: string;
}

/** One adversarial shape, scaled by n. */
export interface Shape {
  readonly name: string;
  readonly what: string;
  readonly invalid?: true;
  readonly sizes: readonly number[];
  readonly quick: readonly number[];
  /** The size test/hostile/growth.test.ts builds. */
  readonly small: number;
  build(n: number): { readonly org: Record<string, unknown>; readonly ask: ShapeAsk };
}

export declare const SHAPES: readonly Shape[];

/** Change lists that grow with the org, by what they hold (shapes.mjs). */
export declare const CHANGE_LISTS: Readonly<Record<string, (org: import("../src/org.js").Org) => unknown[]>>;
