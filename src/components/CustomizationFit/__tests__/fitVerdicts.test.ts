import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {
  customizationMethods,
  effortOrder,
  effortReading,
  minCostUsd,
  problemsToday,
  type CustomizationMethodId,
  type ProblemToday,
} from '@site/src/data/customizationMethods';
import {DEFAULT_SITUATION, FIELD_LIMITS, type Situation} from '../situation';
import {EXAMPLES_SLIDER_MAX, EXAMPLES_SLIDER_VALUES, examplesFromSlider, sliderFromExamples} from '../examplesSlider';
import {VERDICT_PRIORITY, fitTable, judgeMethod, minExamplesNeeded, ownTrainingCost, trainingTokens, type Verdict} from '../fitVerdicts';
import {formatCount, formatShortCount, formatUsd} from '../formatNumbers';

const method = (id: CustomizationMethodId) => {
  const found = customizationMethods.find((m) => m.id === id);
  if (!found) throw new Error(id);
  return found;
};

/** Plenty of everything: only the dimension under test can fail. */
const PLENTY: Situation = {examples: 100_000_000, budgetUsd: 1_000_000_000, days: 3_650, problem: 'domain', tokensPerExample: 500, epochs: 3};

const verdict = (id: CustomizationMethodId, change: Partial<Situation>): Verdict => judgeMethod(method(id), {...PLENTY, ...change}).verdict;

const situationArbitrary: fc.Arbitrary<Situation> = fc.record({
  examples: fc.integer({min: FIELD_LIMITS.examples.min, max: FIELD_LIMITS.examples.max}),
  budgetUsd: fc.integer({min: FIELD_LIMITS.budgetUsd.min, max: FIELD_LIMITS.budgetUsd.max}),
  days: fc.integer({min: FIELD_LIMITS.days.min, max: FIELD_LIMITS.days.max}),
  problem: fc.constantFrom(...problemsToday.map((p) => p.id)),
  tokensPerExample: fc.integer({min: FIELD_LIMITS.tokensPerExample.min, max: FIELD_LIMITS.tokensPerExample.max}),
  epochs: fc.integer({min: FIELD_LIMITS.epochs.min, max: FIELD_LIMITS.epochs.max}),
});

describe('the seed’s thresholds, at and around each', () => {
  it.each([
    // [method, change, verdict] — data ("5–20", "100–10K", "10K–100K" examples; "Millions"/"Trillions" of tokens)
    ['few-shot', {examples: 4}, 'Not enough data'],
    ['few-shot', {examples: 5}, 'Fits'],
    ['lora', {examples: 99}, 'Not enough data'],
    ['lora', {examples: 100}, 'Fits'],
    ['lora', {examples: 101}, 'Fits'],
    ['full-fine-tuning', {examples: 9_999}, 'Not enough data'],
    ['full-fine-tuning', {examples: 10_000}, 'Fits'],
    ['continued-pre-training', {examples: 1_999, tokensPerExample: 500}, 'Not enough data'],
    ['continued-pre-training', {examples: 2_000, tokensPerExample: 500}, 'Fits'],
    ['continued-pre-training', {examples: 999, tokensPerExample: 1_000}, 'Not enough data'],
    ['continued-pre-training', {examples: 1_000, tokensPerExample: 1_000}, 'Fits'],
    ['from-scratch', {problem: 'new-domain', examples: 99_999_999, tokensPerExample: 10_000}, 'Not enough data'],
    ['from-scratch', {problem: 'new-domain', examples: 100_000_000, tokensPerExample: 10_000}, 'Fits'],
    // At the default 500 tokens per example, "Trillions of tokens" is out of the examples range altogether.
    ['from-scratch', {problem: 'new-domain', examples: 100_000_000, tokensPerExample: 500}, 'Not enough data'],
    // cost ("$50–$500", "$1K–$50K", "$10K–$1M", "$1M–$100M+")
    ['lora', {budgetUsd: 49}, 'Over budget'],
    ['lora', {budgetUsd: 50}, 'Fits'],
    ['full-fine-tuning', {budgetUsd: 999}, 'Over budget'],
    ['full-fine-tuning', {budgetUsd: 1_000}, 'Fits'],
    ['continued-pre-training', {budgetUsd: 9_999}, 'Over budget'],
    ['continued-pre-training', {budgetUsd: 10_000}, 'Fits'],
    ['from-scratch', {problem: 'new-domain', tokensPerExample: 10_000, budgetUsd: 999_999}, 'Over budget'],
    ['from-scratch', {problem: 'new-domain', tokensPerExample: 10_000, budgetUsd: 1_000_000}, 'Fits'],
    // "Free", "Minimal", "Medium": never over budget
    ['prompt-engineering', {budgetUsd: 0}, 'Fits'],
    ['few-shot', {budgetUsd: 0}, 'Fits'],
    ['system-instructions', {budgetUsd: 0}, 'Fits'],
    ['rag', {budgetUsd: 0}, 'Fits'],
    // effort ("Days" 2, "Days-Weeks" 2, "Weeks" 14, "Weeks-Months" 14, "Months-Years" 60 days; minutes and hours: 0)
    ['prompt-engineering', {days: 0}, 'Fits'],
    ['few-shot', {days: 0}, 'Fits'],
    ['system-instructions', {days: 0}, 'Fits'],
    ['rag', {days: 1}, 'Takes too long'],
    ['rag', {days: 2}, 'Fits'],
    ['lora', {days: 1}, 'Takes too long'],
    ['lora', {days: 2}, 'Fits'],
    ['full-fine-tuning', {days: 13}, 'Takes too long'],
    ['full-fine-tuning', {days: 14}, 'Fits'],
    ['continued-pre-training', {days: 13}, 'Takes too long'],
    ['continued-pre-training', {days: 14}, 'Fits'],
    ['from-scratch', {problem: 'new-domain', tokensPerExample: 10_000, days: 59}, 'Takes too long'],
    ['from-scratch', {problem: 'new-domain', tokensPerExample: 10_000, days: 60}, 'Fits'],
  ] as const)('%s with %o: %s', (id, change, expected) => {
    expect(verdict(id, change)).toBe(expected);
  });

  // The same, generated from the data, so a changed figure is tested at its own boundary.
  const boundaryCases = customizationMethods.flatMap((m) => {
    const rightProblem = problemsToday.find((p) => m.wrongToolFor[p.id] === undefined)!.id;
    const base: Situation = {...PLENTY, problem: rightProblem, tokensPerExample: FIELD_LIMITS.tokensPerExample.max};
    const cases: Array<[string, CustomizationMethodId, Situation, Verdict]> = [];
    const minExamples = minExamplesNeeded(m, base.tokensPerExample);
    if (minExamples > 0) {
      cases.push([`${m.id} examples ${minExamples - 1}`, m.id, {...base, examples: minExamples - 1}, 'Not enough data']);
      cases.push([`${m.id} examples ${minExamples}`, m.id, {...base, examples: minExamples}, 'Fits']);
    }
    const minUsd = minCostUsd(m.cost);
    if (minUsd !== null && minUsd > 0) {
      cases.push([`${m.id} budget ${minUsd - 1}`, m.id, {...base, budgetUsd: minUsd - 1}, 'Over budget']);
      cases.push([`${m.id} budget ${minUsd}`, m.id, {...base, budgetUsd: minUsd}, 'Fits']);
    }
    const {minDays} = effortReading(m.effort);
    if (minDays > 0) {
      cases.push([`${m.id} days ${minDays - 1}`, m.id, {...base, days: minDays - 1}, 'Takes too long']);
      cases.push([`${m.id} days ${minDays}`, m.id, {...base, days: minDays}, 'Fits']);
    }
    return cases;
  });

  it('covers every numeric threshold in the data', () => {
    // few-shot (data), RAG (time), LoRA/full/CPT/scratch (data, budget, time): 1 + 1 + 4 × 3 thresholds, 2 cases each.
    expect(boundaryCases).toHaveLength(2 * (1 + 1 + 4 * 3));
  });

  it.each(boundaryCases)('%s', (_name, id, situation, expected) => {
    expect(judgeMethod(method(id), situation).verdict).toBe(expected);
  });
});

describe('what is wrong today', () => {
  // R: a candidate, judged on data, budget and time. W: "Wrong tool" whatever the resources.
  const expected: Record<ProblemToday, string> = {
    //          PE FS RAG SI LoRA Full CPT Scratch
    format: /**/ 'R R W R R R W W',
    domain: /**/ 'R R R R R R R W',
    knowledge: 'R W R W W W W W',
    behavior: /**/ 'R R W R R R W W',
    'new-domain': 'R W R W R R R R',
    cost: /*  */ 'R W W W R R W W',
  };

  it.each(problemsToday.map((p) => [p.id] as const))('%s maps each method to a candidate or the wrong tool', (problem) => {
    // Plenty of everything (and long examples, so even "Trillions of tokens" is within reach): only the goal decides.
    const got = customizationMethods
      .map((m) => (judgeMethod(m, {...PLENTY, problem, tokensPerExample: 10_000}).verdict === 'Wrong tool' ? 'W' : 'R'))
      .join(' ');
    expect(got).toBe(expected[problem]);
  });

  it.each(problemsToday.map((p) => [p.id] as const))('%s: with plenty of everything, every right tool fits', (problem) => {
    const verdicts = fitTable({...PLENTY, problem, tokensPerExample: 10_000}).rows.map((r) => r.verdict);
    expect(verdicts.every((v) => v === 'Fits' || v === 'Wrong tool')).toBe(true);
  });

  it('for new knowledge, fine-tuning is the wrong tool and RAG fits (the Critical Insight)', () => {
    const table = fitTable({...DEFAULT_SITUATION, problem: 'knowledge'});
    const byId = Object.fromEntries(table.rows.map((r) => [r.method.id, r]));
    expect(byId.lora.verdict).toBe('Wrong tool');
    expect(byId['full-fine-tuning'].verdict).toBe('Wrong tool');
    expect(byId.lora.reason).toMatch(/how to respond, not what to know/);
    expect(byId.lora.reason).toMatch(/use RAG/);
    expect(byId.rag.verdict).toBe('Fits');
    expect(table.nextStep?.method.id).toBe('rag');
  });

  it('for long prompts, fine-tuning is the next step and few-shot the wrong tool', () => {
    const table = fitTable({...DEFAULT_SITUATION, problem: 'cost'});
    expect(table.nextStep?.method.id).toBe('lora');
    expect(table.rows.find((r) => r.method.id === 'few-shot')?.verdict).toBe('Wrong tool');
  });
});

describe('when several verdicts apply, the first in order wins', () => {
  it('lists the order the issue gives', () => {
    expect(VERDICT_PRIORITY).toEqual(['Wrong tool', 'Not enough data', 'Over budget', 'Takes too long']);
  });

  it.each([
    ['wrong tool beats everything', {problem: 'knowledge', examples: 0, budgetUsd: 0, days: 0}, 'Wrong tool'],
    ['not enough data beats budget and time', {examples: 99, budgetUsd: 0, days: 0}, 'Not enough data'],
    ['over budget beats time', {examples: 100, budgetUsd: 49, days: 0}, 'Over budget'],
    ['takes too long last', {examples: 100, budgetUsd: 50, days: 1}, 'Takes too long'],
  ] as const)('LoRA: %s', (_name, change, expected) => {
    expect(verdict('lora', change)).toBe(expected);
  });

  it('holds for any situation and method', () => {
    fc.assert(
      fc.property(situationArbitrary, fc.constantFrom(...customizationMethods), (situation, m) => {
        const got = judgeMethod(m, situation).verdict;
        const wrong = m.wrongToolFor[situation.problem] !== undefined;
        const lacksData = situation.examples < minExamplesNeeded(m, situation.tokensPerExample);
        const minUsd = minCostUsd(m.cost);
        const overBudget = minUsd !== null && situation.budgetUsd < minUsd;
        const tooLong = situation.days < effortReading(m.effort).minDays;
        const want: Verdict = wrong ? 'Wrong tool' : lacksData ? 'Not enough data' : overBudget ? 'Over budget' : tooLong ? 'Takes too long' : 'Fits';
        expect(got).toBe(want);
      }),
    );
  });
});

describe('reasons name the threshold that decided', () => {
  it.each([
    ['lora', {examples: 99}, /at least 100 examples.*“100–10K examples”.*you have 99/],
    ['lora', {examples: 99}, /few-shot prompting/],
    ['full-fine-tuning', {budgetUsd: 999}, /from \$1,000 \(“\$1K–\$50K”\); your budget is \$999/],
    ['full-fine-tuning', {days: 13}, /Takes Weeks: at least 14 days; you have 13 days/],
    ['rag', {days: 1}, /Takes Days: at least 2 days; you have 1 day\./],
    ['continued-pre-training', {examples: 1_999}, /millions of tokens: at least 1,000,000 tokens, 2,000 examples at 500 tokens each; you have 1,999/],
    ['lora', {examples: 100, budgetUsd: 50, days: 2}, /at least 100 examples \(you have 100\), at least \$50 \(budget \$50\), at least 2 days \(you have 2\)/],
    ['rag', {}, /no dollar figure in the module \(“Medium”\)/],
  ] as const)('%s with %o', (id, change, pattern) => {
    expect(judgeMethod(method(id), {...PLENTY, ...change}).reason).toMatch(pattern);
  });

  it('never print NaN, Infinity or undefined', () => {
    fc.assert(
      fc.property(situationArbitrary, (situation) => {
        for (const row of fitTable(situation).rows) expect(row.reason).not.toMatch(/NaN|Infinity|undefined/);
      }),
    );
  });
});

describe('the recomputed table', () => {
  it('has every method exactly once, fitting rows first, each group from least to most effort', () => {
    fc.assert(
      fc.property(situationArbitrary, (situation) => {
        const {rows} = fitTable(situation);
        expect(rows.map((r) => r.method.id).sort()).toEqual(customizationMethods.map((m) => m.id).sort());
        const firstMiss = rows.findIndex((r) => r.verdict !== 'Fits');
        if (firstMiss >= 0) expect(rows.slice(firstMiss).every((r) => r.verdict !== 'Fits')).toBe(true);
        const groups = firstMiss < 0 ? [rows] : [rows.slice(0, firstMiss), rows.slice(firstMiss)];
        for (const group of groups) {
          const order = group.map((r) => effortOrder(r.method.effort));
          expect([...order].sort((a, b) => a - b)).toEqual(order);
        }
      }),
    );
  });

  it('always starts with prompt engineering, marked “Start here”, whatever the situation', () => {
    fc.assert(
      fc.property(situationArbitrary, (situation) => {
        const table = fitTable(situation);
        expect(table.rows[0].method.id).toBe('prompt-engineering');
        expect(table.rows[0].verdict).toBe('Fits');
        expect(table.startHere?.method.id).toBe('prompt-engineering');
        expect(table.rows.filter((r) => r.marker === 'start-here')).toHaveLength(1);
        expect(table.rows.filter((r) => r.marker === 'next-step').length).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('marks the first fitting method beyond prompts as the next step', () => {
    const table = fitTable({...DEFAULT_SITUATION, problem: 'domain', days: 1});
    // One day: RAG ("Days") and LoRA ("Days-Weeks") take too long; few-shot ("Hours") fits.
    expect(table.nextStep?.method.id).toBe('few-shot');
    expect(table.rows[1].marker).toBe('next-step');
  });

  it('has no next step when only prompts fit, and names the closest miss', () => {
    const table = fitTable({...DEFAULT_SITUATION, problem: 'cost', examples: 50});
    expect(table.rows.filter((r) => r.verdict === 'Fits').map((r) => r.method.id)).toEqual(['prompt-engineering']);
    expect(table.nextStep).toBeNull();
    expect(table.closestMiss?.method.id).toBe('lora');
    expect(table.closestMiss?.verdict).toBe('Not enough data');
  });

  it('breaks effort ties in the module’s order (few-shot before system instructions, both "Hours")', () => {
    const ids = fitTable({...PLENTY, problem: 'behavior'}).rows.map((r) => r.method.id);
    expect(ids.slice(0, 3)).toEqual(['prompt-engineering', 'few-shot', 'system-instructions']);
  });
});

describe('the reader’s own training cost at T1.9’s prices', () => {
  it('is examples × tokens per example × epochs × price per 1M tokens', () => {
    const situation: Situation = {...DEFAULT_SITUATION, examples: 10_000, tokensPerExample: 500, epochs: 3, budgetUsd: 100};
    expect(trainingTokens(situation)).toBe(15_000_000);
    const costs = ownTrainingCost(method('full-fine-tuning'), situation);
    expect(costs).toEqual([
      {modelName: 'GPT-4o-mini', usd: 45, priceText: '~$3.00/1M training tokens', overBudget: false},
      {modelName: 'GPT-4o', usd: 375, priceText: '~$25.00/1M training tokens', overBudget: true},
    ]);
  });

  it('uses the stated defaults: 500 tokens per example, 3 epochs', () => {
    expect(DEFAULT_SITUATION.tokensPerExample).toBe(500);
    expect(DEFAULT_SITUATION.epochs).toBe(3);
  });

  it('gives no figure for LoRA models, which Azure bills by compute hours', () => {
    expect(ownTrainingCost(method('lora'), DEFAULT_SITUATION)).toEqual([
      {modelName: 'Phi-4 (14B)', usd: null, priceText: 'Compute hours (GPU reservation)', overBudget: false},
    ]);
  });

  it('is not computed for methods without managed fine-tuning', () => {
    for (const id of ['prompt-engineering', 'few-shot', 'rag', 'system-instructions', 'continued-pre-training', 'from-scratch'] as const) {
      expect(ownTrainingCost(method(id), DEFAULT_SITUATION)).toBeNull();
    }
  });

  it('stays finite at the largest inputs', () => {
    const most: Situation = {...PLENTY, examples: FIELD_LIMITS.examples.max, tokensPerExample: FIELD_LIMITS.tokensPerExample.max, epochs: FIELD_LIMITS.epochs.max};
    for (const estimate of ownTrainingCost(method('full-fine-tuning'), most) ?? []) {
      expect(Number.isFinite(estimate.usd)).toBe(true);
      expect(formatUsd(estimate.usd!)).not.toMatch(/NaN|Infinity|e\+/);
    }
  });
});

describe('the logarithmic examples slider', () => {
  it('runs from 0 to 100 million, strictly rising', () => {
    expect(EXAMPLES_SLIDER_VALUES[0]).toBe(0);
    expect(EXAMPLES_SLIDER_VALUES[EXAMPLES_SLIDER_MAX]).toBe(FIELD_LIMITS.examples.max);
    for (let i = 1; i < EXAMPLES_SLIDER_VALUES.length; i++) expect(EXAMPLES_SLIDER_VALUES[i]).toBeGreaterThan(EXAMPLES_SLIDER_VALUES[i - 1]);
  });

  it('can land on every examples threshold in the seed', () => {
    for (const threshold of [5, 20, 100, 10_000, 100_000, 2_000]) expect(EXAMPLES_SLIDER_VALUES).toContain(threshold);
  });

  it('round-trips its own values', () => {
    EXAMPLES_SLIDER_VALUES.forEach((value, position) => {
      expect(sliderFromExamples(value)).toBe(position);
      expect(examplesFromSlider(position)).toBe(value);
    });
  });

  it('puts any count at the nearest step, and clamps positions', () => {
    expect(examplesFromSlider(sliderFromExamples(99))).toBe(100);
    expect(examplesFromSlider(sliderFromExamples(0))).toBe(0);
    expect(examplesFromSlider(-5)).toBe(0);
    expect(examplesFromSlider(1e9)).toBe(FIELD_LIMITS.examples.max);
    expect(examplesFromSlider(Number.NaN)).toBe(0);
    fc.assert(
      fc.property(fc.integer({min: 1, max: FIELD_LIMITS.examples.max}), (n) => {
        const nearest = examplesFromSlider(sliderFromExamples(n));
        // Steps are at most 1.33× apart above 10, so the nearest is within that ratio.
        expect(Math.max(nearest / n, n / nearest)).toBeLessThanOrEqual(1.5);
      }),
    );
  });
});

describe('number formatting', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1_000, '1,000'],
    [100_000_000, '100,000,000'],
    [Number.NaN, '—'],
    [Number.POSITIVE_INFINITY, '—'],
  ])('formatCount(%s) = %s', (value, text) => expect(formatCount(value)).toBe(text));

  it.each([
    [0, '$0'],
    [4.5, '$4.50'],
    [0.000003, 'under $0.01'],
    [999, '$999'],
    [3_750, '$3,750'],
    [1e9, '$1,000,000,000'],
  ])('formatUsd(%s) = %s', (value, text) => expect(formatUsd(value)).toBe(text));

  it.each([
    [999, '999'],
    [1_500_000, '1.5M'],
    [150_000_000, '150M'],
    [1e12, '1T'],
  ])('formatShortCount(%s) = %s', (value, text) => expect(formatShortCount(value)).toBe(text));
});
