import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {HashIndex} from '../hashIndex';

describe('HashIndex', () => {
  it('keeps the first line and extra for each key, like a Map, through growth', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({min: 0, max: 2 ** 53 - 1}), fc.nat(1e6), fc.integer({min: -2, max: 2 ** 53 - 1})), {maxLength: 3000}), (entries) => {
        const index = new HashIndex(4);
        const map = new Map<number, [number, number]>();
        for (const [key, line, extra] of entries) {
          index.add(key, line, extra);
          if (!map.has(key)) map.set(key, [line, extra]);
        }
        expect(index.size).toBe(map.size);
        for (const [key, [line, extra]] of map) {
          expect(index.line(key)).toBe(line);
          expect(index.extra(key)).toBe(extra);
        }
        expect(index.line(2 ** 53 + 7)).toBeUndefined();
      }),
      {numRuns: 60},
    );
  });
});
