import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {countFits, dataSizeAnswer, dataSizeAnswerIndex} from '@site/src/components/DecisionFlow/dataSizeAnswers';
import {emptyScenario, factValue, parseScenario, serializeScenario, setFacts, setWidgetSnapshot} from '../scenario';

const T0 = Date.UTC(2026, 4, 1, 12, 0);

describe('the stored scenario', () => {
  it('reads back what it wrote', () => {
    let scenario = setFacts(emptyScenario(), {examples: 2_347, budgetUsd: 500, goal: 'domain', objective: 'dpo'}, 'checker', T0);
    scenario = setWidgetSnapshot(scenario, 'fit-table', 'examples=2347', T0 + 5);
    expect(parseScenario(serializeScenario(scenario))).toEqual(scenario);
  });

  it.each([null, '', 'not json', '[]', '{"version":2,"facts":{}}', '{"version":1,"facts":"x"}'])('reads %j as an empty scenario', (text) => {
    expect(parseScenario(text)).toEqual(emptyScenario());
  });

  it('drops, fact by fact, what is not a valid fact', () => {
    const text = JSON.stringify({
      version: 1,
      facts: {
        examples: {value: 12, source: 'checker', at: T0},
        epochs: {value: 'three', source: 'fit-table', at: T0},
        budgetUsd: {value: -5, source: 'fit-table', at: T0},
        days: {value: 3, source: 'somewhere', at: T0},
        goal: {value: 'domain', source: 'fit-table', at: 'yesterday'},
        objective: {value: 'ppo', source: 'checker', at: T0},
        seqLength: {value: Infinity, source: 'calculator', at: T0},
        unknown: {value: 1, source: 'checker', at: T0},
      },
      widgets: {'fit-table': {query: 'examples=12', at: T0}, calculator: {query: 5, at: T0}, nobody: {query: '', at: T0}},
    });
    const scenario = parseScenario(text);
    expect(Object.keys(scenario.facts)).toEqual(['examples']);
    expect(Object.keys(scenario.widgets)).toEqual(['fit-table']);
  });
});

describe('setting facts', () => {
  it('stamps each new value with its source and time, and ignores values it cannot hold', () => {
    const scenario = setFacts(emptyScenario(), {examples: 30, epochs: 0, tokensPerEpoch: NaN, objective: 'sft'}, 'checker', T0);
    expect(scenario.facts.examples).toEqual({value: 30, source: 'checker', at: T0});
    expect(scenario.facts.objective).toEqual({value: 'sft', source: 'checker', at: T0});
    expect(scenario.facts.epochs).toBeUndefined();
    expect(scenario.facts.tokensPerEpoch).toBeUndefined();
  });

  it('keeps the source of a value that another widget only repeats', () => {
    const fromFile = setFacts(emptyScenario(), {examples: 30}, 'checker', T0);
    const repeated = setFacts(fromFile, {examples: 30, budgetUsd: 1_000}, 'fit-table', T0 + 1_000);
    expect(repeated.facts.examples).toEqual({value: 30, source: 'checker', at: T0});
    expect(repeated.facts.budgetUsd?.source).toBe('fit-table');
  });
});

describe('the flowchart’s data-size answer and the example count agree, whichever was set last', () => {
  const answered = (q4: string) => `no-domain,still-poor,${q4}`;

  it('a newer count moves the answer to the range that holds it', () => {
    let scenario = setFacts(emptyScenario(), {flowAnswers: answered('100-1000')}, 'flowchart', T0);
    scenario = setFacts(scenario, {examples: 2_347}, 'checker', T0 + 1_000);
    expect(factValue(scenario, 'flowAnswers')).toBe(answered('1000-10k'));
    expect(scenario.facts.flowAnswers).toMatchObject({source: 'checker', at: T0 + 1_000});
  });

  it('a newer answer moves the count to the nearest value in its range', () => {
    let scenario = setFacts(emptyScenario(), {examples: 2_347}, 'checker', T0);
    scenario = setFacts(scenario, {flowAnswers: answered('10k-plus')}, 'flowchart', T0 + 1_000);
    expect(scenario.facts.examples).toEqual({value: 10_000, source: 'flowchart', at: T0 + 1_000});
    scenario = setFacts(scenario, {flowAnswers: answered('under-100')}, 'flowchart', T0 + 2_000);
    expect(factValue(scenario, 'examples')).toBe(99);
  });

  it('an answer with no count gives the fit table’s default, moved into its range', () => {
    expect(factValue(setFacts(emptyScenario(), {flowAnswers: answered('100-1000')}, 'flowchart', T0), 'examples')).toBe(1_000);
    expect(factValue(setFacts(emptyScenario(), {flowAnswers: answered('10k-plus')}, 'flowchart', T0), 'examples')).toBe(10_000);
  });

  it('leaves a count on a shared boundary with either answer', () => {
    let scenario = setFacts(emptyScenario(), {flowAnswers: answered('1000-10k')}, 'flowchart', T0);
    scenario = setFacts(scenario, {examples: 1_000}, 'fit-table', T0 + 1);
    expect(factValue(scenario, 'flowAnswers')).toBe(answered('1000-10k'));
  });

  it('does nothing before the flowchart reaches the data-size question', () => {
    const scenario = setFacts(setFacts(emptyScenario(), {flowAnswers: 'no-domain'}, 'flowchart', T0), {examples: 5}, 'checker', T0 + 1);
    expect(factValue(scenario, 'flowAnswers')).toBe('no-domain');
    expect(factValue(scenario, 'examples')).toBe(5);
  });

  it('agree after any sequence of counts and answers', () => {
    const step = fc.oneof(
      fc.record({kind: fc.constant('count' as const), value: fc.integer({min: 0, max: 200_000})}),
      fc.record({kind: fc.constant('answer' as const), value: fc.constantFrom('100-1000', '1000-10k', '10k-plus', 'under-100')}),
    );
    fc.assert(
      fc.property(fc.array(step, {minLength: 1, maxLength: 12}), (steps) => {
        let scenario = emptyScenario();
        steps.forEach((s, i) => {
          scenario =
            s.kind === 'count'
              ? setFacts(scenario, {examples: s.value}, 'fit-table', T0 + i)
              : setFacts(scenario, {flowAnswers: `wrong-format,still-inconsistent,${s.value}`}, 'flowchart', T0 + i);
        });
        const keys = (factValue(scenario, 'flowAnswers') ?? '').split(',');
        const index = dataSizeAnswerIndex(keys);
        if (index < 0) return;
        expect(countFits(dataSizeAnswer(keys[index])!, factValue(scenario, 'examples')!)).toBe(true);
        // The last step set wins: its value is the one kept.
        const last = steps[steps.length - 1];
        if (last.kind === 'count') expect(factValue(scenario, 'examples')).toBe(last.value);
        else expect(keys[index]).toBe(last.value);
      }),
    );
  });
});
