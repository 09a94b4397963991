// Shapes kept for the life of the module, so that V8 keeps the code it optimized for them.
//
// V8 compiles a function that runs hot into machine code specialised on the hidden classes ("maps")
// of the objects it reads, and holds those maps weakly: when a full garbage collection finds no
// object of a map left, the map goes, and with it every optimized function specialised on it, which
// then runs unoptimized until V8 optimizes it again. Parsing and compiling an org work through
// short-lived objects (the parse's context, the profile interning's state, flat lists) that all die
// once the org is built, so every org parsed after a full collection ran the parser and the compiler
// mostly unoptimized, as the first one had. One object of each such shape, made by the same code and
// kept here, keeps its map, and the optimized code stays (docs/performance.md, "parseOrg + compile").
// Only speed depends on it: an object kept here is never read.

const kept: object[] = [];

/** Keeps `value`, an object of one of the parser's or the compiler's working shapes, for the life of the module; returns it. */
export function keepShape<T extends object>(value: T): T {
  kept.push(value);
  return value;
}

/** The objects kept so far (for tests: each has the map of the working objects it stands for). */
export function keptShapes(): readonly object[] {
  return kept;
}
