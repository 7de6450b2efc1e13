import {describe, expect, it} from 'vitest';
import {parseSituationQuery} from '@site/src/components/CustomizationFit/situationQuery';
import {parseQuery} from '@site/src/components/LoraMemoryCalculator/queryState';
import {calculatorAdapter} from '../adapters/calculator';
import {fitTableAdapter} from '../adapters/fitTable';
import {flowchartAdapter} from '../adapters/flowchart';
import {winRateAdapter} from '../adapters/winRate';
import {emptyScenario, setFacts, type Scenario} from '../scenario';
import {addToPlan, compareWithPlan, publishEdit, takePlanValues, whenOpened, whenScenarioChanged} from '../widgetSync';

const T0 = Date.UTC(2026, 4, 1, 12, 0);
const fromFile = (values: Parameters<typeof setFacts>[1], at = T0) => setFacts(emptyScenario(), values, 'checker', at);

describe('a widget opened with none of its keys in the link', () => {
  it('takes every value the plan has, each as its own parser reads it', () => {
    const result = whenOpened(fitTableAdapter, '', fromFile({examples: 2_347, tokensPerExample: 312}));
    expect(result.applied).toEqual(['examples', 'tokensPerExample']);
    const situation = parseSituationQuery(result.search!).situation;
    expect(situation.examples).toBe(2_347);
    expect(situation.tokensPerExample).toBe(312);
    // The rest are the table's own defaults.
    expect(situation.budgetUsd).toBe(1_000);
  });

  it('keeps other widgets’ keys in the link', () => {
    const result = whenOpened(fitTableAdapter, '?rank=16', fromFile({examples: 40}));
    expect(new URLSearchParams(result.search!).get('rank')).toBe('16');
  });

  it('with an empty plan changes nothing', () => {
    expect(whenOpened(fitTableAdapter, '', emptyScenario())).toEqual({search: null, applied: []});
  });
});

describe('a widget opened on a link that holds its keys', () => {
  it('keeps the link’s values when the plan does not know them: it offers the plan’s instead', () => {
    const scenario = fromFile({examples: 2_347});
    expect(whenOpened(fitTableAdapter, '?examples=500&budget=1000&days=30&goal=domain', scenario)).toEqual({search: null, applied: []});
    const comparison = compareWithPlan(fitTableAdapter, '?examples=500&budget=1000&days=30&goal=domain', scenario);
    expect(comparison.inPlan).toBe(false);
    expect(comparison.differences).toEqual([{id: 'examples', here: 'Labelled examples: 500', inPlan: 'Labelled examples: 2,347', source: 'from your file', at: T0}]);
    const taken = takePlanValues(fitTableAdapter, '?examples=500&budget=4000&days=30&goal=domain', scenario);
    expect(parseSituationQuery(taken.search!).situation).toMatchObject({examples: 2_347, budgetUsd: 4_000});
  });

  it('takes only values set after it was last in step with the plan (a stale value never wins)', () => {
    // The reader's own edit at T0 + 10 s: 500 examples, published.
    let scenario: Scenario = fromFile({examples: 2_347, tokensPerExample: 300}, T0);
    const link = '?examples=500&budget=1000&days=30&goal=domain&tokens=300';
    scenario = publishEdit(fitTableAdapter, link, scenario, T0 + 10_000);
    expect(scenario.facts.examples).toMatchObject({value: 500, source: 'fit-table'});
    // Back on the same link later: nothing newer, nothing changes.
    expect(whenOpened(fitTableAdapter, link, scenario).search).toBeNull();
    // A file checked afterwards is newer than the edit: it wins.
    scenario = setFacts(scenario, {examples: 4_000, tokensPerExample: 280}, 'checker', T0 + 20_000);
    const result = whenOpened(fitTableAdapter, link, scenario);
    expect(result.applied).toEqual(['examples', 'tokensPerExample']);
    expect(parseSituationQuery(result.search!).situation.examples).toBe(4_000);
  });

  it('while open, takes a newer value unless the reader has changed the widget since', () => {
    const link = '?examples=500&budget=1000&days=30&goal=domain';
    const inStep = {query: fitTableAdapter.ownPart(link), at: T0};
    const scenario = setFacts(emptyScenario(), {budgetUsd: 9_000}, 'plan-link', T0 + 1);
    expect(parseSituationQuery(whenScenarioChanged(fitTableAdapter, link, scenario, inStep).search!).situation.budgetUsd).toBe(9_000);
    const older = setFacts(emptyScenario(), {budgetUsd: 9_000}, 'plan-link', T0 - 1);
    expect(whenScenarioChanged(fitTableAdapter, link, older, inStep).search).toBeNull();
    const edited = '?examples=600&budget=1000&days=30&goal=domain';
    expect(whenScenarioChanged(fitTableAdapter, edited, scenario, inStep).search).toBeNull();
  });
});

describe('publishing the reader’s edits', () => {
  it('claims only the values that changed', () => {
    const scenario = publishEdit(fitTableAdapter, '?examples=2347&budget=250&days=30&goal=domain&tokens=312', fromFile({examples: 2_347, tokensPerExample: 312}), T0 + 5);
    expect(scenario.facts.examples).toMatchObject({source: 'checker', at: T0});
    expect(scenario.facts.budgetUsd).toMatchObject({value: 250, source: 'fit-table', at: T0 + 5});
    expect(scenario.widgets['fit-table']).toEqual({query: fitTableAdapter.ownPart('?examples=2347&budget=250&days=30&goal=domain&tokens=312'), at: T0 + 5});
  });

  it('"Add to my plan" puts in every value shown, defaults too, and then it is all in', () => {
    const scenario = addToPlan(winRateAdapter, '', emptyScenario(), T0);
    expect(scenario.facts.winTarget).toMatchObject({value: 60, source: 'win-rate'});
    expect(scenario.facts.winPower).toMatchObject({value: 80, source: 'win-rate'});
    expect(compareWithPlan(winRateAdapter, '', scenario).inPlan).toBe(true);
  });

  it('notes each value that came from elsewhere, with where from', () => {
    const scenario = fromFile({examples: 30});
    const {fromPlan, differences} = compareWithPlan(fitTableAdapter, whenOpened(fitTableAdapter, '', scenario).search!, scenario);
    expect(differences).toEqual([]);
    expect(fromPlan).toEqual([{id: 'examples', text: 'Labelled examples: 30', source: 'from your file', at: T0}]);
  });
});

describe('the calculator', () => {
  it('takes a file’s sequence length under its own key, through its own parser', () => {
    const result = whenOpened(calculatorAdapter, '', fromFile({seqLength: 512}));
    expect(result.applied).toContain('seqLength');
    expect(parseQuery(result.search!).inputs.seqLength).toBe(512);
  });

  it('applies its stored settings and a newer shared value in the order they were set', () => {
    let scenario = setFacts(emptyScenario(), {runQuery: 'model=llama-3.1-8b&gpu=a100-80&seq=4096'}, 'calculator', T0);
    scenario = setFacts(scenario, {seqLength: 1_024}, 'checker', T0 + 1);
    let inputs = parseQuery(whenOpened(calculatorAdapter, '', scenario).search!).inputs;
    expect(inputs).toMatchObject({model: 'llama-3.1-8b', gpu: 'a100-80', seqLength: 1_024});
    scenario = setFacts(scenario, {runQuery: 'model=llama-3.1-8b&gpu=h100-80&seq=2048'}, 'calculator', T0 + 2);
    inputs = parseQuery(whenOpened(calculatorAdapter, '', scenario).search!).inputs;
    expect(inputs).toMatchObject({gpu: 'h100-80', seqLength: 2_048});
  });

  it('does not list its run settings as different when only a shared value differs', () => {
    const scenario = setFacts(emptyScenario(), {runQuery: calculatorAdapter.ownPart('?gpu=a100-80'), seqLength: 1_024}, 'calculator', T0);
    const ids = compareWithPlan(calculatorAdapter, '?gpu=a100-80&seq=2048', scenario).differences.map((d) => d.id);
    expect(ids).toEqual(['seqLength']);
  });

  it('writes the run-planning facts only once its parser knows their keys (issue 18)', () => {
    const keys = {tokensPerEpoch: 'tokens', epochs: 'epochs', objective: 'objective'} as const;
    for (const id of ['tokensPerEpoch', 'epochs', 'objective'] as const) {
      const value = id === 'objective' ? 'dpo' : id === 'tokensPerEpoch' ? 2_647_000 : 3;
      const written = new URLSearchParams(calculatorAdapter.writeFact('?gpu=t4', id, value));
      if (calculatorAdapter.facts.includes(id)) expect(written.get(keys[id])).toBe(String(value));
      else expect(written.has(keys[id])).toBe(false);
    }
  });
});

describe('the flowchart', () => {
  it('takes the plan’s answers, and says what the plan’s count means at the data-size question', () => {
    const scenario = setFacts(fromFile({examples: 30}), {flowAnswers: 'no-domain,still-poor'}, 'flowchart', T0 + 1);
    const result = whenOpened(flowchartAdapter, '', scenario);
    expect(new URLSearchParams(result.search!).get('answers')).toBe('no-domain,still-poor');
    expect(flowchartAdapter.hints!(result.search!, scenario.facts)).toEqual([
      'Your plan has 30 labelled examples (from your file): at “How much data do you have?” that is “< 100 examples”.',
    ]);
    expect(flowchartAdapter.hints!('?answers=no-domain,still-poor,under-100', scenario.facts)).toEqual([
      'Your answer “< 100 examples” agrees with your plan’s 30 labelled examples (from your file).',
    ]);
    expect(flowchartAdapter.hints!('?answers=no-domain', scenario.facts)).toEqual([]);
  });

  it('publishes a broken link as no answers, never as its text', () => {
    expect(flowchartAdapter.readFacts('?answers=<b>,x')).toEqual({flowAnswers: ''});
  });
});
