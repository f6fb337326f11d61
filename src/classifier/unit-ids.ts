// Dense ids for the UTF-16 units the classifier's layers know (the concept words' first characters, the example
// requests' characters, the wording model's single characters: a few thousand), every other unit the one id 0. Each
// layer keeps its per-character table indexed by id in a few KB (an array read), instead of its own hash probe into
// a table of hundreds of KB keyed by unit: a message's units are looked up in this one shared table, whose lines the
// first layer to read a character brings into the cache for the others (docs/performance.md, sixth round).

/** Is UTF-16 unit `c` an ASCII digit 0–9? (One home for the layers that read units.) */
export const isDigitUnit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** The id of a unit no layer knows. */
export const UNKNOWN_UNIT = 0;

/** Unit → dense id (0: unknown). 128 KB, of which a message touches the lines of its own characters. */
export const UNIT_IDS = new Uint16Array(0x10000);
let next = 1;

/** The id of unit `u`, given one if it has none yet (tables are built at compile time: ids only grow). */
export function knowUnit(u: number): number {
  let id = UNIT_IDS[u]!;
  if (id === UNKNOWN_UNIT) {
    id = next++;
    UNIT_IDS[u] = id;
  }
  return id;
}

/** A table by id of the units a layer knows, filled with `empty` for every other id (ids given later by other layers
 *  fall past its end: read it with `byId`). */
export function idTable(units: Iterable<[number, number]>, empty: number): Int32Array {
  const entries = [...units].map(([u, value]) => [knowUnit(u), value] as const);
  const table = new Int32Array(next).fill(empty);
  for (const [id, value] of entries) table[id] = value;
  return table;
}

/** idTable for float values (a weight per unit): 0 for every unit the layer does not know. */
export function floatIdTable(units: Iterable<[number, number]>): Float32Array {
  const entries = [...units].map(([u, value]) => [knowUnit(u), value] as const);
  const table = new Float32Array(next);
  for (const [id, value] of entries) table[id] = value;
  return table;
}

/** table[id of u], or `empty` for a unit the table's layer does not know. */
export function byId(table: Int32Array, u: number, empty: number): number {
  const id = UNIT_IDS[u]!;
  return id < table.length ? table[id]! : empty;
}
