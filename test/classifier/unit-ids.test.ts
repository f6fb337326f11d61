// The per-character tables read by a unit's dense id (src/classifier/unit-ids.ts) must answer as the hash tables they
// stand in front of, for every one of the 65,536 UTF-16 units: the concept trie's first step, the similarity
// layer's single-character gram numbers and the wording model's single-unit weights.
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/classifier/word-trie.ts';
import { UNIT_IDS, UNKNOWN_UNIT } from '../../src/classifier/unit-ids.ts';
import { classifier } from '../helpers/content.ts';

const { language, wording } = classifier.context;
const ALL_UNITS = Array.from({ length: 0x10000 }, (_, u) => u);

describe('tables by dense unit id', () => {
  it('the concept trie’s first step by id is its step from the root', () => {
    const trie = language.concepts.root;
    const mismatches = ALL_UNITS.filter((u) => trie.first(u) !== trie.next(ROOT, u));
    expect(mismatches).toEqual([]);
    // (Not vacuous: the concept words start with a few hundred distinct units.)
    expect(ALL_UNITS.filter((u) => trie.first(u) >= 0).length).toBeGreaterThan(100);
  });

  it('the concept trie’s byte per node says where words end', () => {
    const trie = language.concepts.root;
    let ending = 0;
    for (let node = 0; node < 200_000; node++) {
      const ends = trie.at(node) !== undefined;
      if (trie.ends(node) !== ends) expect({ node, ends: trie.ends(node) }).toEqual({ node, ends });
      if (ends) ending++;
    }
    expect(ending).toBeGreaterThan(500);
  });

  it('a Chinese character’s gram number by id is the one its key gives', () => {
    const { singles, byKey, count } = language.requests.compiled;
    let known = 0;
    for (let c = 0x3400; c <= 0x9fff; c++) {
      const id = UNIT_IDS[c]!;
      const byIdNumber = id < singles.length ? singles[id]! : -1;
      const expected = byKey.get(c - 0x3400 + 1) ?? -1;
      if (byIdNumber !== expected) expect({ c, byIdNumber }).toEqual({ c, byIdNumber: expected });
      if (expected >= 0) known++;
      expect(expected < count).toBe(true);
    }
    expect(known).toBeGreaterThan(300);
  });

  it('a unit’s wording weight by id is the weight its key (0, u) holds in the model’s table', () => {
    const model = wording!;
    const probe = (lo: number): number => {
      for (let s = 0; s <= model.mask; s++) if (model.his[s] === 0 && model.los[s] === lo) return model.weights[s]!;
      return 0;
    };
    const held = new Map<number, number>();
    for (let s = 0; s <= model.mask; s++) if (model.his[s] === 0 && model.los[s]! >>> 16 === 0) held.set(model.los[s]!, model.weights[s]!);
    expect(held.size).toBeGreaterThan(100);
    for (const u of ALL_UNITS) {
      const id = UNIT_IDS[u]!;
      const w = id < model.unitWeights.length ? model.unitWeights[id]! : 0;
      expect(w).toBe(held.get(u) ?? 0);
    }
    // The probe agrees with the map for a few units (the map is read off the same table).
    for (const u of [...held.keys()].slice(0, 20)) expect(probe(u)).toBe(held.get(u));
    expect(model.unitWeights[UNKNOWN_UNIT]).toBe(0);
  });
});
