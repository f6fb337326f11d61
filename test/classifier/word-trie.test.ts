// The word trie's steps (src/classifier/word-trie.ts) against a trie of Maps built from the same words: every step
// from every node, with words added after walks (the children lists are made again after an add).
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/content/prng.ts';
import { NONE, ROOT, WordTrie } from '../../src/classifier/word-trie.ts';

interface MapNode {
  id: number;
  children: Map<number, MapNode>;
}

describe('word trie', () => {
  it('steps as a trie of Maps, from every node, with adds between walks', () => {
    const rand = mulberry32(20261201);
    // Few distinct units, so nodes get many children; a few far apart (CJK, surrogates, the last unit).
    const alphabet = [0x61, 0x62, 0x63, 0x4e00, 0x8bc1, 0x9a8c, 0xd83d, 0xffff, 0x20, 0x30];
    const trie = new WordTrie<number>();
    const nodes: MapNode[] = [{ id: ROOT, children: new Map() }];
    const byTrieId = new Map<number, MapNode>([[ROOT, nodes[0]!]]);
    for (let round = 0; round < 20; round++) {
      for (let w = 0; w < 60; w++) {
        const word = Array.from(
          { length: 1 + Math.floor(rand() * 5) },
          () => alphabet[Math.floor(rand() * alphabet.length)]!,
        );
        trie.add(word, w);
        // The reference: follow the trie's own node ids (the Map trie checks each step's target, not its number).
        let at = nodes[0]!;
        let node = ROOT;
        for (const u of word) {
          node = trie.next(node, u);
          expect(node).not.toBe(NONE);
          let child = at.children.get(u);
          if (!child) {
            child = { id: node, children: new Map() };
            at.children.set(u, child);
            byTrieId.set(node, child);
          }
          expect(child.id).toBe(node);
          at = child;
        }
      }
      // Every step from every node: the Map trie's child or NONE.
      for (const ref of byTrieId.values())
        for (const u of [...alphabet, 0x64, 0x4e01]) expect(trie.next(ref.id, u)).toBe(ref.children.get(u)?.id ?? NONE);
    }
    expect(byTrieId.size).toBeGreaterThan(500);
  });
});
