import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {allSections} from '@site/src/data/questions/__tests__/allSections';
import {CHECK_SIZE, MAX_SEED, drawModuleCheck, readSeed, seedFrom} from '../draw';

/** Seed 123456's draw from the made-up module below, as pure-rand 8.4.2's xoroshiro128+ gives it. */
const PINNED_DRAW = ['s0/q0', 's1/q0', 's1/q1', 's2/q4', 's3/q2', 's3/q3', 's4/q2', 's5/q1', 's6/q0', 's6/q1', 's7/q0', 's8/q1', 's9/q1', 's10/q0', 's10/q1'];

const keys = (seed: number) => drawModuleCheck(allSections, seed).map((item) => item.key);

describe('the module check’s draw', () => {
  it('draws the same 15 questions for the same seed', () => {
    fc.assert(fc.property(fc.integer({min: 1, max: MAX_SEED}), (seed) => JSON.stringify(keys(seed)) === JSON.stringify(keys(seed))));
  });

  it('draws 15 different questions, at least one from every section, in the module’s order', () => {
    const order = allSections.map((s) => s.section);
    fc.assert(
      fc.property(fc.integer({min: 1, max: MAX_SEED}), (seed) => {
        const drawn = drawModuleCheck(allSections, seed);
        const sections = drawn.map((item) => item.section);
        return (
          drawn.length === CHECK_SIZE &&
          new Set(drawn.map((item) => item.key)).size === CHECK_SIZE &&
          order.every((section) => sections.includes(section)) &&
          sections.every((section, i) => i === 0 || order.indexOf(sections[i - 1]) <= order.indexOf(section))
        );
      }),
    );
  });

  it('gives different seeds different draws, and reaches every question', () => {
    const draws = new Set<string>();
    const seen = new Set<string>();
    for (let seed = 1; seed <= 300; seed++) {
      draws.add(keys(seed).join());
      for (const key of keys(seed)) seen.add(key);
    }
    expect(draws.size).toBeGreaterThan(290);
    expect(seen.size).toBe(allSections.reduce((n, s) => n + s.questions.length, 0));
  });

  it('keeps a seed’s draw pinned for a given set of questions (a shared link still shows its questions)', () => {
    // A fixed, made-up module: 11 sections of 5 questions. A change of generator or algorithm would move this draw.
    const made = Array.from({length: 11}, (_, s) => ({
      section: `s${s}`,
      questions: Array.from({length: 5}, (_, q) => ({...allSections[0].questions[0], id: `q${q}`})),
    }));
    expect(drawModuleCheck(made, 123456).map((item) => item.key)).toEqual(PINNED_DRAW);
  });

  it('draws from fewer places than sections, and from a small module', () => {
    expect(drawModuleCheck(allSections, 5, 4)).toHaveLength(4);
    expect(drawModuleCheck(allSections.slice(0, 1), 5)).toHaveLength(allSections[0].questions.length);
  });
});

describe('the seed in the link', () => {
  it.each([
    ['?seed=42', 42],
    ['?seed=%20999999%20', 999999],
    ['?other=1&seed=1', 1],
  ])('%s is seed %d', (search, seed) => expect(readSeed(search)).toEqual({seed, problem: null}));

  it('has no seed when the link has none', () => {
    expect(readSeed('')).toEqual({seed: null, problem: null});
    expect(readSeed('?seed=')).toEqual({seed: null, problem: null});
  });

  it.each(['?seed=0', '?seed=1000000', '?seed=12.5', '?seed=abc', '?seed=<script>', '?seed=-3'])('%s is refused with a message that does not echo it', (search) => {
    const {seed, problem} = readSeed(search);
    expect(seed).toBeNull();
    expect(problem).toMatch(/new set was drawn/);
    expect(problem).not.toContain(new URLSearchParams(search).get('seed'));
  });

  it('makes fresh seeds in range', () => {
    fc.assert(fc.property(fc.double({min: 0, max: 1, noNaN: true}), (r) => Number.isInteger(seedFrom(r)) && seedFrom(r) >= 1 && seedFrom(r) <= MAX_SEED));
  });
});
