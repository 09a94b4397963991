// A list of an org under change (working.ts), edited in place: found by key, removals leave holes,
// runs of insertions made in one pass.
import { deepFreeze } from "./freeze.js";

/** Where an element was removed: skipped by every read, dropped when the list is compacted. */
const HOLE: unique symbol = Symbol("hole");

/**
 * A list of the org being edited: copied on its first edit, its elements found by key through a map
 * built on the first look-up. A removal leaves a hole rather than moving the elements after it, so
 * that removing thousands of members one by one costs no move each; the holes go at once when the
 * list is next read whole or edited in the middle. An element's position comes from its slot, minus
 * the holes before it (counted in a Fenwick tree once there are holes).
 *
 * INVARIANT: no edit puts in an element whose key the list has already (ids are unique, `assignRole`
 * refuses an existing assignment, `addGroupMembers` skips a listed id), so the maps hold each key's
 * first element; `removeKey` and `replace` are asked only of lists whose keys are unique.
 */
export class KeyedList<T> {
  /** The elements in order, with holes where some were removed since the list was last compacted. */
  #slots: readonly (T | typeof HOLE)[];
  #holes = 0;
  #owned = false;
  /** Key → its first element. */
  #byKey: Map<string, T> | undefined;
  /** Whether some key had more than one element when the map was built (edits never add a repeat). */
  #repeats = false;
  /** Key → the slot of its first element, built when a slot is first asked for since slots last moved. */
  #slotOf: Map<string, number> | undefined;
  /** Key → the slots of its later elements, for a key with more than one, indexed with `#slotOf`. */
  #laterSlots: Map<string, number[]> | undefined;
  /** Per slot, 1 for an element and 0 for a hole, summed in a Fenwick tree: the positions once there are holes. */
  #live: Int32Array | undefined;
  /**
   * Insertions before the end not made yet, each at its position when it came: they are made all at
   * once (`#settle`) when a position is next needed, so that a run of them costs one
   * pass, not a move of the elements after each.
   */
  #pending: { readonly at: number; readonly item: T }[] = [];
  readonly #key: (item: T) => string;
  readonly #edited: () => void;

  /** `edited` is told once, on the first edit. */
  constructor(items: readonly T[], key: (item: T) => string, edited: () => void = () => undefined) {
    this.#slots = items;
    this.#key = key;
    this.#edited = edited;
  }

  /** The elements now. A list edited by the batch changes in place afterwards: read it, do not keep it. */
  get items(): readonly T[] {
    this.#settle();
    this.#compact();
    return this.#slots as readonly T[];
  }

  get length(): number {
    return this.#slots.length - this.#holes + this.#pending.length;
  }

  /** Whether a change edited the list. */
  get changed(): boolean {
    return this.#owned;
  }

  #map(): Map<string, T> {
    if (this.#byKey === undefined) {
      const byKey = new Map<string, T>();
      // A plain loop: the org's lists are frozen, and V8's forEach is slow on frozen arrays.
      // INVARIANT: the map is built before any hole (see removeKey).
      for (let i = 0; i < this.#slots.length; i++) {
        const item = this.#slots[i] as T;
        const key = this.#key(item);
        if (byKey.has(key)) this.#repeats = true;
        else byKey.set(key, item);
      }
      for (const { item } of this.#pending) byKey.set(this.#key(item), item);
      this.#byKey = byKey;
    }
    return this.#byKey;
  }

  #own(): (T | typeof HOLE)[] {
    if (!this.#owned) {
      this.#slots = Array.from(this.#slots);
      this.#owned = true;
      this.#edited();
    }
    return this.#slots as (T | typeof HOLE)[];
  }

  /** The slot of the first element with `key` (INVARIANT: there is one). */
  #slot(key: string): number {
    this.#settle();
    if (this.#slotOf !== undefined) return this.#slotOf.get(key) as number;
    // INVARIANT: there is no hole here: slots are indexed before the first removal, and kept as the
    // removals go, until elements move, which drops the holes first.
    const slotOf = new Map<string, number>();
    const later = new Map<string, number[]>();
    for (let i = 0; i < this.#slots.length; i++) {
      const k = this.#key(this.#slots[i] as T);
      const more = later.get(k);
      if (!slotOf.has(k)) slotOf.set(k, i);
      else if (more === undefined) later.set(k, [i]);
      else more.push(i);
    }
    this.#slotOf = slotOf;
    this.#laterSlots = later;
    return slotOf.get(key) as number;
  }

  /** Elements moved to other slots: slots are indexed and holes counted anew when next asked for. */
  #moved(): void {
    this.#slotOf = undefined;
    this.#laterSlots = undefined;
    this.#live = undefined;
  }

  /**
   * Makes the pending insertions: one by a move of the elements after it, more in one pass that puts
   * each element in its final slot (the last insertion takes its position among all slots, each one
   * before it among the slots left, counted in a Fenwick tree; the elements there before fill the rest).
   */
  #settle(): void {
    const pending = this.#pending;
    if (pending.length === 0) return;
    this.#pending = [];
    this.#compact();
    this.#moved();
    const slots = this.#slots as T[];
    if (pending.length === 1) {
      const { at, item } = pending[0] as { readonly at: number; readonly item: T };
      slots.splice(at, 0, item);
      return;
    }
    const size = slots.length + pending.length;
    // Every slot free: a Fenwick tree of ones holds i & -i at i.
    const free = new Int32Array(size + 1).map((_, i) => i & -i);
    let top = 1;
    while (top * 2 <= size) top *= 2;
    const out = new Array<T | typeof HOLE>(size).fill(HOLE);
    for (let j = pending.length - 1; j >= 0; j--) {
      const { at, item } = pending[j] as { readonly at: number; readonly item: T };
      // The free slot with `at` free slots before it.
      let slot = 0;
      let left = at + 1;
      for (let step = top; step > 0; step >>= 1) {
        const next = slot + step;
        if (next <= size && (free[next] as number) < left) {
          slot = next;
          left -= free[next] as number;
        }
      }
      out[slot] = item;
      for (let i = slot + 1; i <= size; i += i & -i) free[i] = (free[i] as number) - 1;
    }
    let next = 0;
    for (let i = 0; i < size; i++) if (out[i] === HOLE) out[i] = slots[next++] as T;
    this.#slots = out;
  }

  /** Drops the holes, in one pass. */
  #compact(): void {
    if (this.#holes === 0) return;
    const slots = this.#slots as (T | typeof HOLE)[];
    let kept = 0;
    for (const item of slots) if (item !== HOLE) slots[kept++] = item;
    slots.length = kept;
    this.#holes = 0;
    this.#moved();
  }

  /** The number of elements in the slots before `slot`. */
  #before(slot: number): number {
    if (this.#holes === 0) return slot;
    const live = (this.#live ??= this.#countLive());
    let sum = 0;
    for (let i = slot; i > 0; i -= i & -i) sum += live[i] as number;
    return sum;
  }

  /** A Fenwick tree over the slots, with room for as many again appended. */
  #countLive(): Int32Array {
    const size = 2 * this.#slots.length + 16;
    const live = new Int32Array(size + 1);
    this.#slots.forEach((item, i) => {
      if (item !== HOLE) live[i + 1] = 1;
    });
    for (let i = 1; i <= size; i++) {
      const j = i + (i & -i);
      if (j <= size) live[j] = (live[j] as number) + (live[i] as number);
    }
    return live;
  }

  /** Adds `delta` at `slot` in the Fenwick tree, if there is one and it has room. */
  #count(slot: number, delta: number): void {
    const live = this.#live;
    if (live === undefined) return;
    if (slot + 1 >= live.length) {
      this.#live = undefined;
      return;
    }
    for (let i = slot + 1; i < live.length; i += i & -i) live[i] = (live[i] as number) + delta;
  }

  has(key: string): boolean {
    return this.#map().has(key);
  }

  /** The first element with the key. */
  get(key: string): T | undefined {
    return this.#map().get(key);
  }

  /** The position of the first element with the key, or -1. */
  indexOf(key: string): number {
    return this.#map().has(key) ? this.#before(this.#slot(key)) : -1;
  }

  /**
   * The elements with these keys that the list holds, each once, with their positions, in ascending
   * order: a look-up each. `undefined` when some key of the list has more than one element (then the
   * positions come from a pass, restore.ts).
   */
  positions(keys: Iterable<string>): { readonly item: T; readonly at: number }[] | undefined {
    const byKey = this.#map();
    if (this.#repeats) return undefined;
    const out: { item: T; at: number }[] = [];
    for (const key of new Set(keys)) {
      const item = byKey.get(key);
      if (item !== undefined) out.push({ item, at: this.indexOf(key) });
    }
    return out.sort((a, b) => a.at - b.at);
  }

  /** Puts `item` (deeply frozen here) at `at`, 0 to the length. */
  insert(at: number, item: T): void {
    this.insertAll(at, [item]);
  }

  /** Puts `items` (new keys, each once, deeply frozen here) at `at`, 0 to the length, moving the elements after it once. */
  insertAll(at: number, items: readonly T[]): void {
    const slots = this.#own();
    // Before the end, or after insertions still pending: pending too, made when a position is next needed.
    const later = at < this.length || this.#pending.length > 0;
    items.forEach((item, k) => {
      const frozen = deepFreeze(item);
      const key = this.#key(frozen);
      if (later) this.#pending.push({ at: at + k, item: frozen });
      else {
        this.#slotOf?.set(key, slots.length);
        this.#count(slots.length, 1);
        slots.push(frozen);
      }
      this.#byKey?.set(key, frozen);
    });
  }

  /** Removes the element with the key (INVARIANT: there is one), leaving a hole. */
  removeKey(key: string): void {
    // The map is built before the first hole (it is built from the slots).
    const byKey = this.#map();
    this.#hole(this.#slot(key));
    byKey.delete(key);
    this.#slotOf?.delete(key);
  }

  #hole(slot: number): void {
    this.#own()[slot] = HOLE;
    this.#holes++;
    this.#count(slot, -1);
  }

  /** Puts `item` (deeply frozen here) in place of the element with its key (INVARIANT: there is one). */
  replace(item: T): void {
    const frozen = deepFreeze(item);
    const key = this.#key(frozen);
    const slot = this.#slot(key);
    this.#own()[slot] = frozen;
    this.#byKey?.set(key, frozen);
  }

  /** Removes every element with the key: a hole for each (its later ones are indexed with the first). */
  removeAll(key: string): void {
    if (!this.has(key)) return;
    this.#slot(key);
    const later = this.#laterSlots?.get(key) ?? [];
    this.#laterSlots?.delete(key);
    this.removeKey(key);
    for (const slot of later) this.#hole(slot);
  }

  /** The list as the new org has it: the org's own when unedited, else the edited one, frozen. */
  finish(): readonly T[] {
    return this.#owned ? Object.freeze(this.items) : this.items;
  }
}
