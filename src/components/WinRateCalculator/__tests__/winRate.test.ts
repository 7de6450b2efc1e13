import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {DEFAULT_INPUTS, formatPValue, formatRate, judgeResult, LIMITS, mergeCalculatorIntoSearch, parseCalculatorQuery, planTest, QUERY_KEYS, type CalculatorField, type CalculatorInputs} from '../winRate';

const inputs = (change: Partial<CalculatorInputs>): CalculatorInputs => ({...DEFAULT_INPUTS, ...change});

describe("the module's example: 60 of 100 prefer the fine-tuned model", () => {
  const result = judgeResult(DEFAULT_INPUTS);
  it('win rate 60 %, Wilson interval 50.2–69.1 %, exact p = 0.057', () => {
    expect(formatRate(result.winRate)).toBe('60.0%');
    expect(formatRate(result.interval!.low)).toBe('50.2%');
    expect(formatRate(result.interval!.high)).toBe('69.1%');
    expect(formatPValue(result.pValue)).toBe('0.057');
    expect(result.significant).toBe(false);
  });
  it('says in words that it is not enough, and how many prompts would be', () => {
    expect(result.verdict.tone).toBe('not-shown');
    expect(result.verdict.sentence).toBe('60 of 100 is not enough to say the fine-tuned model is preferred (p = 0.057, above 0.05); at this rate (60.0%), about 199 prompts would be.');
  });
});

describe('verdicts', () => {
  it('ties are left out of the test, and counted into "prompts needed"', () => {
    const result = judgeResult(inputs({ties: 25}));
    expect(result.decisive).toBe(100);
    expect(formatPValue(result.pValue)).toBe('0.057');
    // 199 decisive prompts when a fifth of all prompts are ties: 199 / 0.8 = 248.75.
    expect(result.neededAtObservedRate).toEqual({decisive: 199, prompts: 249});
    expect(result.verdict.sentence).toContain('about 249 prompts would be (199 that are not ties)');
  });
  it('preferred but not above the target', () => {
    const result = judgeResult(inputs({wins: 580, losses: 420}));
    expect(result.verdict.tone).toBe('below-target');
    expect(result.verdict.sentence).toContain('is not above T1.8’s > 60% target');
  });
  it('above the target, but the interval reaches below it', () => {
    expect(judgeResult(inputs({wins: 66, losses: 34})).verdict.tone).toBe('target-unsure');
  });
  it('the whole interval above the target', () => {
    const result = judgeResult(inputs({wins: 800, losses: 200}));
    expect(result.verdict.tone).toBe('target-met');
    expect(result.verdict.sentence).toContain('is above 60%');
  });
  it('the base model preferred', () => expect(judgeResult(inputs({wins: 30, losses: 70})).verdict.tone).toBe('base-preferred'));
  it('no decisive prompts: asks for counts, shows no NaN', () => {
    const result = judgeResult(inputs({wins: 0, losses: 0, ties: 10}));
    expect(result.verdict.tone).toBe('none');
    expect(formatRate(result.winRate)).toBe('—');
    expect(result.verdict.sentence).not.toMatch(/NaN|undefined/);
  });
  it('never prints NaN or undefined, whatever the counts', () => {
    fc.assert(
      fc.property(fc.nat(5_000), fc.nat(5_000), fc.nat(5_000), fc.integer({min: 51, max: 99}), fc.integer({min: 50, max: 99}), (wins, losses, ties, targetPercent, powerPercent) => {
        const result = judgeResult({wins, losses, ties, targetPercent, powerPercent});
        return !/NaN|undefined|Infinity/.test(result.verdict.sentence) && result.pValue >= 0 && result.pValue <= 1;
      }),
      {numRuns: 300},
    );
  });
});

describe('planning', () => {
  it('60 % at 80 % power needs 199 decisive prompts (normal approximation: 194)', () => {
    const plan = planTest(60, 80)!;
    expect(plan.trials).toBe(199);
    expect(plan.approximation).toBe(194);
  });
  it('more power or a smaller effect needs more prompts', () => {
    expect(planTest(60, 90)!.trials!).toBeGreaterThan(199);
    expect(planTest(55, 80)!.trials!).toBeGreaterThan(199);
  });
});

describe('the query string', () => {
  it('reads every key', () => {
    expect(parseCalculatorQuery('?wins=70&losses=25&ties=5&target=65&power=90')).toEqual({
      inputs: {wins: 70, losses: 25, ties: 5, targetPercent: 65, powerPercent: 90},
      messages: [],
    });
  });
  it('clamps, ignores and says so, without echoing the URL', () => {
    const {inputs: read, messages} = parseCalculatorQuery('?wins=<script>&losses=-3&target=40&power=100&ties=1&ties=2');
    expect(read).toEqual({...DEFAULT_INPUTS, targetPercent: 51, powerPercent: 99, ties: 1});
    expect(messages.join(' ')).not.toContain('<script>');
    expect(messages).toHaveLength(5);
  });
  it('writes target and power only when not the defaults, and keeps other parameters', () => {
    expect(mergeCalculatorIntoSearch('?other=1', DEFAULT_INPUTS)).toBe('?other=1&wins=60&losses=40&ties=0');
    expect(mergeCalculatorIntoSearch('', {...DEFAULT_INPUTS, powerPercent: 90})).toBe('?wins=60&losses=40&ties=0&power=90');
  });
  it('round-trips any inputs within the limits', () => {
    const field = (name: CalculatorField) => fc.integer(LIMITS[name]);
    fc.assert(
      fc.property(fc.record({wins: field('wins'), losses: field('losses'), ties: field('ties'), targetPercent: field('targetPercent'), powerPercent: field('powerPercent')}), (value) => {
        const parsed = parseCalculatorQuery(mergeCalculatorIntoSearch('', value));
        return parsed.messages.length === 0 && (Object.keys(QUERY_KEYS) as CalculatorField[]).every((key) => parsed.inputs[key] === value[key]);
      }),
    );
  });
});

describe('formatting', () => {
  it.each([
    [0.0568879, '0.057'],
    [0.0035, '0.0035'],
    [0.00001, '< 0.0001'],
    [1, '1.000'],
  ])('p = %f prints as %s', (p, text) => expect(formatPValue(p)).toBe(text));
});
