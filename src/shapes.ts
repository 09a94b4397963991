// Shapes kept for the life of the module, so that V8 keeps the code it optimized for them.
//
// V8 compiles a function that runs hot into machine code specialised on the hidden classes ("maps")
// of the objects it reads, and holds those maps weakly: when a full garbage collection finds no
// object of a map left, the map goes, and with it every optimized function specialised on it, which
// then runs unoptimized until V8 optimizes it again. Parsing, compiling and changing an org work
// through short-lived objects (the parse's context, the profile interning's state and flat lists,
// the admin working copy's lists and their order trees) that all die once the org is built, so
// every org parsed, compiled or changed after a full collection ran that code mostly unoptimized, as
// the first one had. One object of each such shape, made by the same code and kept here, keeps its
// map, and the optimized code stays (measured: the parse and apply parts of docs/performance.md).
// Only speed depends on it: an object kept here is never read.

const kept = new Set<object>();

/** Keeps `value`, an object of one of the parser's, the compiler's or the working copy's shapes, for the life of the module; returns it. */
export function keepShape<T extends object>(value: T): T {
  kept.add(value);
  return value;
}

/** The objects kept so far (for tests: each has the map of the working objects it stands for). */
export function keptShapes(): ReadonlySet<object> {
  return kept;
}
