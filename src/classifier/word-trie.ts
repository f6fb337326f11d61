// Words as a character trie in flat arrays: a walk from a position of a text finds the words starting there, one
// lookup per character, at a cost that does not grow with the size of the lexicon. Most positions of a message
// start no word at all: a bitmap of the units words start with turns them away before any lookup. Past the root a
// step (next()) reads the node's own short list of children (most have one to a dozen), not a hash probe.
// (A trie of Maps cost a Map lookup per character of every message, a tenth of a message check.)

import { FILTER_BYTES, mayHold, setProbeBit } from './probe-filter.ts';
import { knowUnit, UNIT_IDS } from './unit-ids.ts';

/** The root node; a step that leads nowhere gives NONE. */
export const ROOT = 0;
export const NONE = -1;

export class WordTrie<T> {
  /** Per UTF-16 unit a bit: does some word start with it? */
  private readonly starts = new Uint8Array(0x2000);
  /** May an edge (node, unit) exist (probe-filter.ts)? Most steps of a walk lead nowhere: turned away here. */
  private readonly edgeBits = new Uint8Array(FILTER_BYTES);
  /** Edges (node, unit) → child, open addressing, a slot of three ints side by side (node, unit, child: one cache
   *  line per probe); node -1: an empty slot. What add() builds with; a walk past the root reads the lists below. */
  private slots: Int32Array;
  /** Each node's children as one run of a flat list: node n's are childUnit / childNode [childFrom[n],
   *  childFrom[n + 1]). Made from the edge table at the first step after an add (listed: false), then read by every
   *  step past the root: a scan of a few units where the table cost a filter hash, a probe hash and a probe run
   *  (concept words over the field dev half: half the time per step, micro-benchmark). */
  private childFrom = new Int32Array(1);
  private childUnit = new Uint16Array(0);
  private childNode = new Int32Array(0);
  /** Per node a bit per hash of its children's units (childBit): half the steps of a walk lead nowhere, and a bit
   *  clear says so before the list is read. */
  private childBits = new Uint32Array(1);
  private listed = true;
  private mask: number;
  private edges = 0;
  /** The root's children by their unit's dense id (unit-ids.ts), NONE where no word starts: the first step of every
   *  walk, from every position of a message, is an array read (first()). */
  private rootById = new Int32Array(0).fill(NONE);
  /** 1 for a node some word ends at. */
  private ending = new Uint8Array(64);
  /** What each node holds (the words ending there). */
  private readonly values: (T[] | undefined)[] = [undefined];

  constructor() {
    this.slots = new Int32Array(3 * 1024).fill(NONE);
    this.mask = 1023;
  }

  /** Add a word, unit by unit (`units` as the caller reads the text), holding `value` (once). */
  add(units: readonly number[], value: T): void {
    if (!units.length) return;
    this.starts[units[0]! >> 3]! |= 1 << (units[0]! & 7);
    let node = ROOT;
    this.listed = false;
    for (const u of units) {
      let child = this.edge(node, u);
      if (child === NONE) {
        child = this.values.length;
        this.values.push(undefined);
        this.insert(node, u, child);
      }
      node = child;
    }
    const held = this.values[node];
    if (!held) this.values[node] = [value];
    else if (!held.includes(value)) held.push(value);
    if (node >= this.ending.length) {
      const wider = new Uint8Array(Math.max(node + 1, this.ending.length * 2));
      wider.set(this.ending);
      this.ending = wider;
    }
    this.ending[node] = 1;
  }

  /** The node after unit `u` from `node`, or NONE. */
  next(node: number, u: number): number {
    if (node === ROOT) return this.edge(ROOT, u);
    if (!this.listed) this.list();
    if (!(this.childBits[node]! & childBit(u))) return NONE;
    const { childUnit } = this;
    for (let k = this.childFrom[node]!, end = this.childFrom[node + 1]!; k < end; k++)
      if (childUnit[k] === u) return this.childNode[k]!;
    return NONE;
  }

  /** next() read off the edge table. */
  private edge(node: number, u: number): number {
    // The root's children too are edges of the table (an array of them by unit, 256 KB, cost a cache miss per
    // character); the bitmap of first units turns most positions away before.
    if (node === ROOT ? !(this.starts[u >> 3]! & (1 << (u & 7))) : !mayHold(this.edgeBits, node, u)) return NONE;
    const { slots, mask } = this;
    for (let h = slot(node, u, mask); slots[3 * h] !== NONE; h = (h + 1) & mask) {
      if (slots[3 * h] === node && slots[3 * h + 1] === u) return slots[3 * h + 2]!;
    }
    return NONE;
  }

  /** next(ROOT, u), read by u's dense id. */
  first(u: number): number {
    const id = UNIT_IDS[u]!;
    return id < this.rootById.length ? this.rootById[id]! : NONE;
  }

  /** What the words ending at `node` hold (the same array each time), if any end there. */
  at(node: number): T[] | undefined {
    return this.values[node];
  }

  /** Does some word end at `node`? (A byte per node, read at every step of a walk; at() only where one does.) */
  ends(node: number): boolean {
    return node < this.ending.length && this.ending[node] === 1;
  }

  private insert(node: number, u: number, child: number): void {
    if (node === ROOT) {
      const id = knowUnit(u);
      if (id >= this.rootById.length) {
        const wider = new Int32Array(id + 64).fill(NONE);
        wider.set(this.rootById);
        this.rootById = wider;
      }
      this.rootById[id] = child;
    }
    setProbeBit(this.edgeBits, node, u);
    // At most two slots in three used: small (196 KB for the concept words), and the filter and the bitmap of first
    // units let through mostly the steps that lead somewhere, whose probe finds its edge.
    if ((this.edges + 1) * 3 > (this.mask + 1) * 2) this.grow();
    const { slots, mask } = this;
    let h = slot(node, u, mask);
    while (slots[3 * h] !== NONE) h = (h + 1) & mask;
    slots[3 * h] = node;
    slots[3 * h + 1] = u;
    slots[3 * h + 2] = child;
    this.edges++;
  }

  /** The children lists, from the edge table (counted per node, then placed). */
  private list(): void {
    const { slots } = this;
    const nodes = this.values.length;
    const from = new Int32Array(nodes + 1);
    for (let h = 0; 3 * h < slots.length; h++) if (slots[3 * h] !== NONE) from[slots[3 * h]! + 1]!++;
    for (let n = 0; n < nodes; n++) from[n + 1]! += from[n]!;
    const at = from.slice(0, nodes);
    this.childUnit = new Uint16Array(from[nodes]!);
    this.childNode = new Int32Array(from[nodes]!);
    this.childBits = new Uint32Array(nodes);
    for (let h = 0; 3 * h < slots.length; h++) {
      if (slots[3 * h] === NONE) continue;
      const k = at[slots[3 * h]!]!++;
      this.childBits[slots[3 * h]!]! |= childBit(slots[3 * h + 1]!);
      this.childUnit[k] = slots[3 * h + 1]!;
      this.childNode[k] = slots[3 * h + 2]!;
    }
    this.childFrom = from;
    this.listed = true;
  }

  private grow(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    this.slots = new Int32Array(3 * size).fill(NONE);
    this.mask = size - 1;
    this.edges = 0;
    for (let h = 0; 3 * h < old.length; h++)
      if (old[3 * h] !== NONE) this.insert(old[3 * h]!, old[3 * h + 1]!, old[3 * h + 2]!);
  }
}

/** A unit's bit in a node's childBits (one of 32, by a hash of the unit). */
function childBit(u: number): number {
  return 1 << (Math.imul(u, 0x9e3779b1) >>> 27);
}

function slot(node: number, u: number, mask: number): number {
  return ((Math.imul(node, 0x9e3779b1) ^ Math.imul(u, 0x85ebca6b)) >>> 12) & mask;
}
