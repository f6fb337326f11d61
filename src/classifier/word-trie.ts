// Words as a character trie in flat arrays: a walk from a position of a text finds the words starting there, one
// hash probe per character, at a cost that does not grow with the size of the lexicon. Most positions of a message
// start no word at all: a bitmap of the units words start with turns them away before any probe, and the root's
// children are read from an array indexed by unit (the step taken at every position) rather than probed for. (A trie
// of Maps cost a Map lookup per character of every message, a tenth of a message check.)

/** The root node; a step that leads nowhere gives NONE. */
export const ROOT = 0;
export const NONE = -1;

export class WordTrie<T> {
  /** Per UTF-16 unit a bit: does some word start with it? */
  private readonly starts = new Uint8Array(0x2000);
  /** The root's child by unit (0: none; the root is never a child). */
  private readonly rootChildren = new Int32Array(0x10000);
  /** Edges (node, unit) → child, open addressing; node -1: an empty slot. */
  private nodes: Int32Array;
  private units: Uint16Array;
  private children: Int32Array;
  private mask: number;
  private edges = 0;
  /** What each node holds (the words ending there). */
  private readonly values: (T[] | undefined)[] = [undefined];

  constructor() {
    this.nodes = new Int32Array(1024).fill(NONE);
    this.units = new Uint16Array(1024);
    this.children = new Int32Array(1024);
    this.mask = 1023;
  }

  /** Add a word, unit by unit (`units` as the caller reads the text), holding `value` (once). */
  add(units: readonly number[], value: T): void {
    if (!units.length) return;
    this.starts[units[0]! >> 3]! |= 1 << (units[0]! & 7);
    let node = ROOT;
    for (const u of units) {
      let child = this.next(node, u);
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
  }

  /** The node after unit `u` from `node`, or NONE. */
  next(node: number, u: number): number {
    if (node === ROOT) return this.starts[u >> 3]! & (1 << (u & 7)) ? this.rootChildren[u]! || NONE : NONE;
    const { nodes, units, mask } = this;
    for (let h = slot(node, u, mask); nodes[h] !== NONE; h = (h + 1) & mask) {
      if (nodes[h] === node && units[h] === u) return this.children[h]!;
    }
    return NONE;
  }

  /** What the words ending at `node` hold (the same array each time), if any end there. */
  at(node: number): T[] | undefined {
    return this.values[node];
  }

  private insert(node: number, u: number, child: number): void {
    if (node === ROOT) {
      this.rootChildren[u] = child;
      return;
    }
    // Kept sparse (at most one slot in SPARSENESS used): a walk's step that leads nowhere, the commonest, then mostly
    // meets an empty slot at its first probe.
    if ((this.edges + 1) * SPARSENESS > this.nodes.length) this.grow();
    const { nodes, mask } = this;
    let h = slot(node, u, mask);
    while (nodes[h] !== NONE) h = (h + 1) & mask;
    nodes[h] = node;
    this.units[h] = u;
    this.children[h] = child;
    this.edges++;
  }

  private grow(): void {
    const { nodes, units, children } = this;
    const size = nodes.length * 2;
    this.nodes = new Int32Array(size).fill(NONE);
    this.units = new Uint16Array(size);
    this.children = new Int32Array(size);
    this.mask = size - 1;
    this.edges = 0;
    for (let h = 0; h < nodes.length; h++) if (nodes[h] !== NONE) this.insert(nodes[h]!, units[h]!, children[h]!);
  }
}

const SPARSENESS = 8;

function slot(node: number, u: number, mask: number): number {
  return ((Math.imul(node, 0x9e3779b1) ^ Math.imul(u, 0x85ebca6b)) >>> 12) & mask;
}
