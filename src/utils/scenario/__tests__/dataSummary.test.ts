import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {dataSummaryEntries, parseDataSummary, readDataSummary, type DataSummaryNumbers} from '../dataSummary';

const SUMMARY: DataSummaryNumbers = {
  format: 'chat',
  examples: 38,
  valid: 30,
  invalid: 8,
  unique: 28,
  exactDuplicates: 1,
  nearDuplicates: 1,
  conflicting: 1,
  tokens: 2_647,
  tokensMedian: 78,
  tokensMean: 88,
  tokensP95: 163,
  tokensMax: 350,
  contextLimit: 4_096,
  findings: {'not-json': 1, 'no-assistant': 2, 'exact-duplicate': 1},
};

const asQuery = (summary: DataSummaryNumbers) => new URLSearchParams(dataSummaryEntries(summary)).toString();

describe('a checked file’s summary in the plan', () => {
  it('reads back what it writes', () => {
    expect(parseDataSummary(asQuery(SUMMARY))).toEqual({summary: SUMMARY, messages: []});
    expect(readDataSummary(JSON.parse(JSON.stringify(SUMMARY)))).toEqual(SUMMARY);
  });

  it('needs a valid-example count, and names what it could not read', () => {
    expect(parseDataSummary('')).toEqual({summary: null, messages: []});
    expect(parseDataSummary('tokens=5').summary).toBeNull();
    const {summary, messages} = parseDataSummary('valid=10&examples=4&unique=20&tokens=-3&findings=not-json:2,bogus:1,empty-content:x,exact-duplicate:0&format=xml');
    expect(summary).toMatchObject({valid: 10, examples: 10, unique: 10, tokens: 0, format: null, findings: {'not-json': 2}});
    expect(messages).toEqual([
      'data.tokens: not a whole number; left out.',
      'data.format: not chat or preference; left out.',
      'data.findings: 2 entries are not a finding kind with a count; left out.',
      'data.valid: more valid examples than examples; using the valid count for both.',
      'data.unique: more unique examples than valid ones; using the valid count.',
    ]);
  });

  it('refuses a stored summary that does not read cleanly', () => {
    expect(readDataSummary({...SUMMARY, valid: -1})).toBeNull();
    expect(readDataSummary('summary')).toBeNull();
    expect(readDataSummary({...SUMMARY, findings: {'<b>': 1}})).toBeNull();
  });

  it('never throws and never holds a negative or non-finite count', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('valid', 'examples', 'unique', 'tokens', 'p95', 'findings', 'format'), fc.string({maxLength: 20})), (query) => {
        const {summary} = parseDataSummary(new URLSearchParams(query).toString());
        if (!summary) return;
        for (const value of Object.values(summary)) if (typeof value === 'number') expect(Number.isFinite(value) && value >= 0).toBe(true);
      }),
    );
  });
});
