import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {problemsToday} from '@site/src/data/customizationMethods';
import {DEFAULT_SITUATION, FIELD_LIMITS, PROBLEM_IDS, type NumericField, type Situation} from '../situation';
import {mergeSituationIntoSearch, parseSituationQuery, quoteInput, readAmount} from '../situationQuery';

const NUMERIC_FIELDS: readonly NumericField[] = ['examples', 'budgetUsd', 'days', 'tokensPerExample', 'epochs'];

const validSituation: fc.Arbitrary<Situation> = fc.record({
  examples: fc.integer({min: FIELD_LIMITS.examples.min, max: FIELD_LIMITS.examples.max}),
  budgetUsd: fc.integer({min: FIELD_LIMITS.budgetUsd.min, max: FIELD_LIMITS.budgetUsd.max}),
  days: fc.integer({min: FIELD_LIMITS.days.min, max: FIELD_LIMITS.days.max}),
  problem: fc.constantFrom(...PROBLEM_IDS),
  tokensPerExample: fc.integer({min: FIELD_LIMITS.tokensPerExample.min, max: FIELD_LIMITS.tokensPerExample.max}),
  epochs: fc.integer({min: FIELD_LIMITS.epochs.min, max: FIELD_LIMITS.epochs.max}),
});

function expectValid(situation: Situation): void {
  for (const field of NUMERIC_FIELDS) {
    const value = situation[field];
    expect(Number.isInteger(value), field).toBe(true);
    expect(value).toBeGreaterThanOrEqual(FIELD_LIMITS[field].min);
    expect(value).toBeLessThanOrEqual(FIELD_LIMITS[field].max);
  }
  expect(PROBLEM_IDS).toContain(situation.problem);
}

describe('reading the query string', () => {
  it('gives the defaults, silently, when the link says nothing', () => {
    expect(parseSituationQuery('')).toEqual({situation: DEFAULT_SITUATION, messages: []});
    expect(parseSituationQuery('?other=1')).toEqual({situation: DEFAULT_SITUATION, messages: []});
  });

  it('reads the four keys', () => {
    expect(parseSituationQuery('?examples=99&budget=999&days=13&goal=knowledge')).toEqual({
      situation: {...DEFAULT_SITUATION, examples: 99, budgetUsd: 999, days: 13, problem: 'knowledge'},
      messages: [],
    });
  });

  it('takes the goals in the issue’s order', () => {
    expect(PROBLEM_IDS).toEqual(['format', 'domain', 'knowledge', 'behavior', 'new-domain', 'cost']);
    expect(problemsToday.map((p) => p.label)).toEqual([
      'Output format or style',
      'Domain language',
      'Needs current or new knowledge',
      'Behaviour or alignment',
      'A new language or domain',
      'Cost or latency of long prompts',
    ]);
  });

  it('reads the optional cost assumptions', () => {
    expect(parseSituationQuery('tokens=800&epochs=2').situation).toMatchObject({tokensPerExample: 800, epochs: 2});
  });

  it('accepts the ways people write amounts', () => {
    expect(parseSituationQuery('?examples=10K&budget=%241%2C000&days=+7+').situation).toMatchObject({examples: 10_000, budgetUsd: 1_000, days: 7});
    expect(parseSituationQuery('?examples=1e5&budget=2.5k').situation).toMatchObject({examples: 100_000, budgetUsd: 2_500});
    expect(parseSituationQuery('?goal=%20Knowledge%20').situation.problem).toBe('knowledge');
  });

  it.each([
    ['examples=-5', 'examples', 0, /examples: “-5” is below 0; using 0\./],
    ['examples=200000000', 'examples', 100_000_000, /above 100,000,000; using 100,000,000/],
    ['examples=1e309', 'examples', 100_000_000, /examples: “1e309” is above/],
    ['examples=99.9', 'examples', 99, /not a whole number; using 99/],
    ['budget=-1e309', 'budgetUsd', 0, /budget: “-1e309” is below 0/],
    ['days=99999', 'days', 3_650, /days: .* above 3,650/],
    ['epochs=0', 'epochs', 1, /epochs: “0” is below 1; using 1/],
    ['tokens=0', 'tokensPerExample', 1, /tokens: “0” is below 1/],
  ] as const)('clamps %s with a message', (query, field, value, message) => {
    const {situation, messages} = parseSituationQuery(query);
    expect(situation[field]).toBe(value);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(message);
  });

  it.each([
    ['examples=NaN', 'examples', /^examples: is not a number; using the default, 1,000\.$/],
    ['examples=Infinity', 'examples', /not a number/],
    ['budget=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'budgetUsd', /^budget: is not a number; using the default, \$1,000\.$/],
    ['days=', 'days', /days: is empty; using the default, 30\./],
    ['days=0x10', 'days', /not a number/],
    ['examples=%EF%BC%91%EF%BC%90%EF%BC%90', 'examples', /^examples: is not a number/],
    ['examples=1,0,0', 'examples', /not a number/],
  ] as const)('resets %s to the default with a message', (query, field, message) => {
    const {situation, messages} = parseSituationQuery(query);
    expect(situation[field]).toBe(DEFAULT_SITUATION[field]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(message);
  });

  it('resets an unknown goal with a message listing the goals', () => {
    const {situation, messages} = parseSituationQuery('?goal=behaviour');
    expect(situation.problem).toBe(DEFAULT_SITUATION.problem);
    expect(messages).toEqual(['goal: not one of format, domain, knowledge, behavior, new-domain, cost; using domain.']);
  });

  it('uses the first of repeated keys, and says so', () => {
    const {situation, messages} = parseSituationQuery('?examples=5&examples=500');
    expect(situation.examples).toBe(5);
    expect(messages).toEqual(['examples: given 2 times; the first is used.']);
  });

  it('survives any garbage: valid values, short printable messages, never a throw', () => {
    const garbage = fc.oneof(
      fc.constantFrom('<script>alert(1)</script>', 'NaN', '1e309', '-1e309', '-5', 'Infinity', '', ' ', '١٢٣', '𝟙𝟘𝟘', '\u0000', '💥', '1e-400', '0.5', '%', '?', '&'),
      fc.string(),
      fc.string({unit: 'grapheme'}),
      fc.double().map(String),
      fc.integer().map(String),
    );
    const keys = fc.constantFrom('examples', 'budget', 'days', 'goal', 'tokens', 'epochs', 'other');
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, garbage), {maxLength: 8}), fc.string(), (pairs, raw) => {
        const query = new URLSearchParams(pairs).toString();
        for (const search of [query, `?${query}`, raw]) {
          const {situation, messages} = parseSituationQuery(search);
          expectValid(situation);
          for (const message of messages) {
            expect(message.length).toBeLessThan(200);
            expect([...message].some((ch) => ch.charCodeAt(0) < 0x20)).toBe(false);
          }
        }
      }),
      {numRuns: 500},
    );
  });
});

describe('writing the query string', () => {
  it('writes the four keys and leaves default assumptions out', () => {
    expect(mergeSituationIntoSearch('', DEFAULT_SITUATION)).toBe('?examples=1000&budget=1000&days=30&goal=domain');
    expect(mergeSituationIntoSearch('', {...DEFAULT_SITUATION, tokensPerExample: 800, epochs: 1})).toBe(
      '?examples=1000&budget=1000&days=30&goal=domain&tokens=800&epochs=1',
    );
  });

  it('keeps other parameters and drops assumptions set back to their defaults', () => {
    expect(mergeSituationIntoSearch('?ref=nav&tokens=800', {...DEFAULT_SITUATION, examples: 99})).toBe(
      '?ref=nav&examples=99&budget=1000&days=30&goal=domain',
    );
  });

  it('round-trips any valid situation without a message', () => {
    fc.assert(
      fc.property(validSituation, (situation) => {
        expect(parseSituationQuery(mergeSituationIntoSearch('', situation))).toEqual({situation, messages: []});
      }),
    );
  });
});

describe('reading one typed amount', () => {
  it.each([
    ['1000', 1000],
    ['1,000', 1000],
    ['$1,000', 1000],
    ['10k', 10_000],
    ['1.5M', 1_500_000],
    [' 42 ', 42],
    ['1_000', 1000],
  ])('%j → %d', (raw, value) => {
    expect(readAmount(raw, 'examples')).toEqual({kind: 'value', value, note: null});
  });

  it('tells empty from not-a-number', () => {
    expect(readAmount('   ', 'days')).toEqual({kind: 'empty'});
    expect(readAmount('abc', 'days')).toEqual({kind: 'not-a-number'});
    expect(readAmount('1..2', 'days')).toEqual({kind: 'not-a-number'});
  });

  it('clamps and rounds down with a note, for any number', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NUMERIC_FIELDS), fc.double({noNaN: true}), (field, n) => {
        const reading = readAmount(String(n), field);
        if (reading.kind !== 'value') return; // e.g. "Infinity", "-0" style text the grammar refuses
        expect(Number.isInteger(reading.value)).toBe(true);
        expect(reading.value).toBeGreaterThanOrEqual(FIELD_LIMITS[field].min);
        expect(reading.value).toBeLessThanOrEqual(FIELD_LIMITS[field].max);
        const inRangeWhole = Number.isInteger(n) && n >= FIELD_LIMITS[field].min && n <= FIELD_LIMITS[field].max;
        expect(reading.note === null).toBe(inRangeWhole);
      }),
    );
  });

  it('quotes untrusted input short and printable', () => {
    expect(quoteInput('a\u0000b')).toBe('“a b”');
    expect(quoteInput('x'.repeat(100))).toBe(`“${'x'.repeat(40)}…”`);
    expect(quoteInput('💥'.repeat(41))).toBe(`“${'💥'.repeat(40)}…”`);
  });
});
