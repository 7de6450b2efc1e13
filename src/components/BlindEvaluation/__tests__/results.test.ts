import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {evaluationResults, scoredFromSession, type ScoredPrompt} from '../results';
import {newSession, setScore, type RatingSession} from '../ratings';
import {checkFormatCompliance, complianceShare} from '../formatCompliance';
import {readEvaluationLine, type EvaluationPrompt} from '../evaluationFile';

const prompt = (base: number[], fineTuned: number[], index = 0, preference: ScoredPrompt['preference'] = null): ScoredPrompt => ({index, base, fineTuned, preference});

describe('unblinded results', () => {
  // 12 prompts: the fine-tuned model 1 point better on accuracy everywhere, equal on the rest; it wins 10, loses 2.
  const scored = Array.from({length: 12}, (_, i) => prompt([3, 4, 4, 4], [4, 4, 4, 4], i, i < 10 ? 'fineTuned' : 'base'));
  const results = evaluationResults(scored, 12);

  it('per criterion: the means, the paired difference and the Wilcoxon test', () => {
    const accuracy = results.criteria[0];
    expect(accuracy.meanBase).toBe(3);
    expect(accuracy.meanFineTuned).toBe(4);
    expect(accuracy.difference.mean).toBe(1);
    // All 12 differences equal: the normal approximation with ties, z = (78 − 39 − 0.5) / √(12·13·25/24 − (12³ − 12)/48).
    expect(accuracy.test.pValue).toBeCloseTo(2 * (1 - 0.9997), 3);
    expect(accuracy.reading).toBe('higher');
    expect(results.criteria[1].reading).toBe('no-difference');
  });
  it('overall preference read with the calculator, and the lost prompts listed', () => {
    expect(results.preference).toMatchObject({wins: 10, losses: 2, ties: 0});
    expect(results.preference.result.winRate).toBeCloseTo(10 / 12);
    expect(results.lost).toEqual([10, 11]);
  });
  it('a verdict in words against T1.8, saying the file is smaller than the module asks', () => {
    expect(results.verdict[0]).toMatch(/^Preference \(T1.8: > 60% prefer fine-tuned\): /);
    expect(results.verdict[1]).toMatch(/higher on Accuracy \(\+1.00, p = 0.00\d+\); no clear difference on Relevance, Format compliance, Helpfulness/);
    expect(results.verdict.at(-1)).toMatch(/T1.8 asks for 100 test prompts; this file has 12/);
  });
  it('says when fewer prompts are rated than the file has, and never prints NaN', () => {
    const partial = evaluationResults(scored.slice(0, 1), 20);
    expect(partial.verdict.join(' ')).toMatch(/cover 1 of the file’s 20 prompts/);
    expect(partial.verdict.join(' ')).not.toMatch(/NaN|undefined/);
    expect(partial.criteria[0].reading).toBe('too-few');
  });
  it('flags a significant drop as a regression', () => {
    const worse = Array.from({length: 12}, (_, i) => prompt([4, 4, 4, 5], [4, 4, 4, 3], i, 'base'));
    expect(evaluationResults(worse, 12).verdict[1]).toMatch(/lower on Helpfulness \(−2.00.*regression/);
  });
  it('from a session: unscored criteria stay out of the pairs', () => {
    let session: RatingSession = newSession(5);
    session = setScore(session, 0, 1, 0, 4);
    session = setScore(session, 0, 2, 0, 2);
    const fromSession = scoredFromSession(session, 3);
    expect(fromSession).toHaveLength(1);
    expect(fromSession[0].base[1]).toBeNull();
    expect(evaluationResults(fromSession, 3).criteria[0].difference.pairs).toBe(1);
  });
});

describe('format compliance', () => {
  const prompts: EvaluationPrompt[] = readFileSync(path.resolve('static/datasets/sample-ab-evaluation.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((text, i) => {
      const reading = readEvaluationLine({number: i + 1, text, crlf: false});
      if (reading.kind !== 'prompt') throw new Error('sample line');
      return reading.prompt;
    });
  const schema = readFileSync(path.resolve('static/datasets/sample-ab-evaluation.schema.json'), 'utf8');

  it('the sample: 18 of 20 fine-tuned responses validate (one with a preamble, one cut off), 6 of 20 base ones', () => {
    const outcome = checkFormatCompliance(prompts, schema);
    if (outcome.kind !== 'checked') throw new Error(outcome.message);
    expect(outcome.draft).toBe('2020-12');
    expect(outcome.fineTuned).toMatchObject({checked: 20, parsed: 18, valid: 18});
    expect(outcome.fineTuned.failures.map((f) => f.line)).toEqual([7, 13]);
    expect(complianceShare(outcome.fineTuned)).toBe(0.9);
    expect(outcome.base.valid).toBe(6);
    expect(outcome.base.failures.find((f) => f.line === 2)!.reason).toBe('Not JSON: it is wrapped in a Markdown code fence.');
    expect(outcome.fineTuned.failures.map((f) => f.reason)).toEqual(['Not JSON: it starts with “Sure! Here is the ticket: {"c…”.', 'Not valid JSON: it ends in the middle of a value.']);
  });
  it('says where a response breaks the schema', () => {
    const outcome = checkFormatCompliance(prompts.slice(0, 1), '{"type": "object", "properties": {"priority": {"enum": ["low"]}}}');
    if (outcome.kind !== 'checked') throw new Error(outcome.message);
    expect(outcome.fineTuned.failures[0].reason).toMatch(/^At \/priority: /);
  });
  it.each([
    ['{"type": ', /not JSON/],
    ['"object"', /is an object/],
    ['{"$ref": "#/$defs/missing"}', /cannot be used/],
  ])('a broken schema (%s) gets a message, not a crash', (text, message) => {
    const outcome = checkFormatCompliance(prompts.slice(0, 1), text);
    expect(outcome.kind).toBe('bad-schema');
    if (outcome.kind === 'bad-schema') expect(outcome.message).toMatch(message);
  });
});
