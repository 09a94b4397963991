// A list of an org under change (working.ts), edited in place: its elements found by key through a
// map, their order kept by a tree of positions once an edit is not an append (orderTree.ts).
import { deepFreeze } from "../freeze.js";
import { OrderTree } from "./orderTree.js";
import { keepShape } from "../shapes.js";

/**
 * A list of the org being edited: copied on its first edit, its elements found by key through a map
 * built on the first look-up. Each element is a node, numbered in the order it came (the list's own
 * elements first), and the first edit builds a tree of the nodes' positions (O(n), as the copy is):
 * each edit after that costs O(log n), whatever their mix. (The first working copy left holes and made runs of
 * insertions in one pass, but a removal right after an insertion before the end moved every element
 * after it and indexed them all again: 4 ms a pair on a 20,000-member list.)
 *
 * INVARIANT: no edit puts in an element whose key the list has already (ids are unique, `assignRole`
 * refuses an existing assignment, `addGroupMembers` skips a listed id), so the map holds each key's
 * first element; `removeKey` and `replace` are asked only of lists whose keys are unique.
 */
export class KeyedList<T> {
  readonly #base: readonly T[];
  /**
   * From the first edit: the elements by node (the base's, then each inserted one; a removed one
   * stays, out of the order), and the order of the nodes.
   */
  #edit: { readonly nodes: T[]; readonly order: OrderTree } | undefined;
  /** Key → the node of its first element. */
  #byKey: Map<string, number> | undefined;
  /** Key → the nodes of its later elements, for a key the base lists more than once. */
  #later: Map<string, number[]> | undefined;
  /** The elements now, once read, until the next edit. */
  #items: readonly T[] | undefined;
  readonly #key: (item: T) => string;
  readonly #edited: () => void;

  /** `edited` is told once, on the first edit. */
  constructor(items: readonly T[], key: (item: T) => string, edited: () => void = () => undefined) {
    this.#base = items;
    this.#key = key;
    this.#edited = edited;
  }

  /** The elements now (a new array after each edit). */
  get items(): readonly T[] {
    const edit = this.#edit;
    if (edit === undefined) return this.#base;
    this.#items ??= edit.order.nodes().map((node) => edit.nodes[node] as T);
    return this.#items;
  }

  get length(): number {
    return this.#edit?.order.size ?? this.#base.length;
  }

  /** Whether a change edited the list. */
  get changed(): boolean {
    return this.#edit !== undefined;
  }

  #map(): Map<string, number> {
    if (this.#byKey === undefined) {
      const byKey = new Map<string, number>();
      const list = this.#edit?.nodes ?? this.#base;
      // A plain loop: the org's lists are frozen, and V8's forEach is slow on frozen arrays.
      // INVARIANT: the map is built before any removal (removals look keys up), so node = position.
      for (let i = 0; i < list.length; i++) {
        const key = this.#key(list[i] as T);
        if (!byKey.has(key)) byKey.set(key, i);
        else {
          this.#later ??= new Map();
          const later = this.#later.get(key);
          if (later === undefined) this.#later.set(key, [i]);
          else later.push(i);
        }
      }
      this.#byKey = byKey;
    }
    return this.#byKey;
  }

  /** The nodes, copied from the base on the first edit, and their order. */
  #own(): { readonly nodes: T[]; readonly order: OrderTree } {
    this.#items = undefined;
    if (this.#edit === undefined) {
      this.#edit = { nodes: Array.from(this.#base), order: new OrderTree(this.#base.length) };
      this.#edited();
    }
    return this.#edit;
  }

  has(key: string): boolean {
    return this.#map().has(key);
  }

  /** The first element with the key. */
  get(key: string): T | undefined {
    // -1 is no node: an array has nothing there.
    return (this.#edit?.nodes ?? this.#base)[this.#map().get(key) ?? -1];
  }

  /** The position of the first element with the key, or -1. */
  indexOf(key: string): number {
    const node = this.#map().get(key);
    if (node === undefined) return -1;
    return this.#edit === undefined ? node : this.#edit.order.positionOf(node);
  }

  /**
   * The elements with these keys that the list holds, each once, with their positions, in ascending
   * order: a look-up each. `undefined` when some key of the list has more than one element (then the
   * positions come from a pass, restore.ts).
   */
  positions(keys: Iterable<string>): { readonly item: T; readonly at: number }[] | undefined {
    this.#map();
    if (this.#later !== undefined) return undefined;
    const out: { item: T; at: number }[] = [];
    for (const key of new Set(keys)) {
      const item = this.get(key);
      if (item !== undefined) out.push({ item, at: this.indexOf(key) });
    }
    return out.sort((a, b) => a.at - b.at);
  }

  /** Puts `item` (deeply frozen here) at `at`, 0 to the length. */
  insert(at: number, item: T): void {
    this.insertAll(at, [item]);
  }

  /** Puts `items` (new keys, each once, deeply frozen here) at `at`, 0 to the length. */
  insertAll(at: number, items: readonly T[]): void {
    const byKey = this.#map();
    const { nodes, order } = this.#own();
    items.forEach((item, k) => {
      const frozen = deepFreeze(item);
      const node = nodes.push(frozen) - 1;
      order.insert(at + k, node);
      byKey.set(this.#key(frozen), node);
    });
  }

  /** Removes the element with the key (INVARIANT: there is one). */
  removeKey(key: string): void {
    const byKey = this.#map();
    this.#own().order.remove(byKey.get(key) as number);
    byKey.delete(key);
  }

  /** Puts `item` (deeply frozen here) in place of the element with its key (INVARIANT: there is one). */
  replace(item: T): void {
    const frozen = deepFreeze(item);
    const node = this.#map().get(this.#key(frozen)) as number;
    this.#own().nodes[node] = frozen;
  }

  /** Removes every element with the key, the base's repeats of it included. */
  removeAll(key: string): void {
    if (!this.has(key)) return;
    const later = this.#later?.get(key) ?? [];
    this.#later?.delete(key);
    this.removeKey(key);
    const { order } = this.#own();
    for (const node of later) order.remove(node);
  }

  /** The list as the new org has it: the org's own when unedited, else the edited one, frozen. */
  finish(): readonly T[] {
    return this.changed ? Object.freeze(this.items) : this.items;
  }
}

// An edited list outlives every change, so that the working copy's optimized code does too
// (src/shapes.ts): edited, so that the state of its first edit is kept as well.
keepShape(new KeyedList(Array.of<number>(), String)).insert(0, 0);
