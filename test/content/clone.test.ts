import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloneJson, extend } from '../../src/content/clone.ts';

describe('cloneJson', () => {
  it('gives an equal value that shares no object or array with the original', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const copy = cloneJson(value);
        expect(copy).toStrictEqual(value);
        const objects = (v: unknown, out: object[] = []): object[] => {
          if (v !== null && typeof v === 'object') {
            out.push(v);
            for (const x of Object.values(v)) objects(x, out);
          }
          return out;
        };
        const originals = new Set(objects(value));
        for (const o of objects(copy)) expect(originals.has(o)).toBe(false);
      }),
    );
  });

  it('copies a "__proto__" key read from JSON as a property, not a prototype', () => {
    const parsed = JSON.parse('{"__proto__": {"x": 1}, "a": [1]}') as object;
    const copy = cloneJson(parsed);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(copy).toStrictEqual(parsed);
  });

  it('keeps an undefined property, as structuredClone does', () => {
    const state = { drill: { shown: ['a'], outcome: undefined }, lines: 2 };
    expect(cloneJson(state)).toStrictEqual(structuredClone(state));
  });
});

describe('extend', () => {
  it('gives what `{ ...base, ...more }` gives, keys in the same order, and leaves base as it was', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue()), (a, b) => {
        fc.pre(!('__proto__' in a) && !('__proto__' in b));
        const before = JSON.stringify(a);
        const out = extend(a, b);
        expect(JSON.stringify(out)).toBe(JSON.stringify({ ...a, ...b }));
        expect(out).not.toBe(a);
        expect(JSON.stringify(a)).toBe(before);
      }),
    );
  });
});
