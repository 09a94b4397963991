// The order of a list under change (keyedList.ts): a randomized binary search tree over positions
// (Martínez and Roura's randomized BST, by split and join), its nodes in typed arrays. Inserting at a
// position, removing a node and finding a node's position each cost O(log n) expected, whatever the
// order of the edits: a list that alternates removals and insertions before its end, which moved
// every element after the insertion each time, costs no more than one that only appends.
import { keepShape } from "../shapes.js";

/** The empty tree; node `i` of the list is kept at index `i + 1`, so index 0 can mean none. */
const NIL = 0;

/** A fixed-seed xorshift: the shape is random, the same from run to run (so are its costs). */
function xorshift(seed: number): () => number {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

/** The positions of nodes `0..n-1` (the list's elements by the order they came in), kept in order. */
export class OrderTree {
  #left: Int32Array;
  #right: Int32Array;
  #parent: Int32Array;
  /** The number of nodes under each node, itself included; 0 at NIL. */
  #size: Int32Array;
  #root = NIL;
  /** The two trees a split leaves: [before, after]. */
  readonly #cut = new Int32Array(2);
  readonly #random = xorshift(0x2545f491);

  /** The tree of nodes `0..count-1` in that order, balanced. */
  constructor(count: number) {
    const capacity = count + 17;
    this.#left = new Int32Array(capacity);
    this.#right = new Int32Array(capacity);
    this.#parent = new Int32Array(capacity);
    this.#size = new Int32Array(capacity);
    this.#root = this.#build(1, count, NIL);
  }

  /** The nodes `lo..hi` (indexes), balanced around the middle one, under `parent`. */
  #build(lo: number, hi: number, parent: number): number {
    if (lo > hi) return NIL;
    const mid = (lo + hi) >>> 1;
    this.#parent[mid] = parent;
    this.#left[mid] = this.#build(lo, mid - 1, mid);
    this.#right[mid] = this.#build(mid + 1, hi, mid);
    this.#size[mid] = hi - lo + 1;
    return mid;
  }

  get size(): number {
    return this.#size[this.#root] as number;
  }

  #fix(t: number): void {
    const left = this.#left[t] as number;
    const right = this.#right[t] as number;
    this.#size[t] = (this.#size[left] as number) + (this.#size[right] as number) + 1;
    this.#parent[left] = t;
    this.#parent[right] = t;
  }

  /** Splits `t` into its first `k` nodes and the rest: [left, right] in `#cut`. */
  #split(t: number, k: number): void {
    if (t === NIL) {
      this.#cut[0] = NIL;
      this.#cut[1] = NIL;
      return;
    }
    const leftSize = this.#size[this.#left[t] as number] as number;
    if (k <= leftSize) {
      this.#split(this.#left[t] as number, k);
      this.#left[t] = this.#cut[1] as number;
      this.#fix(t);
      this.#cut[1] = t;
    } else {
      this.#split(this.#right[t] as number, k - leftSize - 1);
      this.#right[t] = this.#cut[0] as number;
      this.#fix(t);
      this.#cut[0] = t;
    }
  }

  /**
   * Joins `a` and `b` (every node of `a` before every node of `b`); the root is drawn by size. An
   * empty side is never drawn (its size is 0), so joining it walks down the other side's spine.
   */
  #join(a: number, b: number): number {
    if (a === NIL && b === NIL) return NIL;
    const sizeA = this.#size[a] as number;
    // A whole draw in 0..total-1: `a`'s root with probability sizeA / total.
    if (Math.floor(this.#random() * (sizeA + (this.#size[b] as number))) < sizeA) {
      this.#right[a] = this.#join(this.#right[a] as number, b);
      this.#fix(a);
      return a;
    }
    this.#left[b] = this.#join(a, this.#left[b] as number);
    this.#fix(b);
    return b;
  }

  #setRoot(t: number): void {
    this.#root = t;
    this.#parent[t] = NIL;
  }

  /** Puts node `node` at `at`, 0 to the size. INVARIANT: nodes come in order, one at a time (0, 1, 2, ...). */
  insert(at: number, node: number): void {
    const t = node + 1;
    if (t >= this.#size.length) this.#grow();
    this.#left[t] = NIL;
    this.#right[t] = NIL;
    this.#size[t] = 1;
    this.#split(this.#root, at);
    const after = this.#cut[1] as number;
    this.#setRoot(this.#join(this.#join(this.#cut[0] as number, t), after));
  }

  /** Takes node `node` (INVARIANT: in the tree) out. */
  remove(node: number): void {
    const at = this.positionOf(node);
    this.#split(this.#root, at);
    const before = this.#cut[0] as number;
    this.#split(this.#cut[1] as number, 1);
    this.#setRoot(this.#join(before, this.#cut[1] as number));
  }

  /** The position of node `node` (INVARIANT: in the tree): the nodes before it. */
  positionOf(node: number): number {
    let t = node + 1;
    let at = this.#size[this.#left[t] as number] as number;
    while (t !== this.#root) {
      const up = this.#parent[t] as number;
      if (this.#right[up] === t) at += (this.#size[this.#left[up] as number] as number) + 1;
      t = up;
    }
    return at;
  }

  /** The nodes in order. */
  nodes(): number[] {
    const out: number[] = [];
    const stack: number[] = [];
    let t = this.#root;
    while (t !== NIL || stack.length > 0) {
      while (t !== NIL) {
        stack.push(t);
        t = this.#left[t] as number;
      }
      t = stack.pop() as number;
      out.push(t - 1);
      t = this.#right[t] as number;
    }
    return out;
  }

  /** Doubles the room: nodes come one at a time, so the next one always fits. */
  #grow(): void {
    const grown = (from: Int32Array) => {
      const to = new Int32Array(from.length * 2);
      to.set(from);
      return to;
    };
    this.#left = grown(this.#left);
    this.#right = grown(this.#right);
    this.#parent = grown(this.#parent);
    this.#size = grown(this.#size);
  }
}

// A tree outlives every change, so that its optimized code does too (src/shapes.ts).
keepShape(new OrderTree(1));
