import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {parseSituationQuery} from '@site/src/components/CustomizationFit/situationQuery';
import {emptyScenario, setFacts} from '@site/src/utils/scenario/scenario';
import {factsFromPlanInputs, parsePermalink, permalinkQuery, planInputsFromScenario} from '../planInputs';
import {parseRunPlanningKeys} from '../runPlanningKeys';

const T0 = Date.UTC(2026, 4, 1);

describe('the permalink', () => {
  it('keeps the two widgets’ `tokens` and `epochs` apart by prefix', () => {
    const inputs = {fit: 'examples=2347&tokens=346&epochs=2', run: 'model=llama-3.1-8b&tokens=812345&epochs=3'};
    const query = permalinkQuery(inputs);
    expect(query).toBe('?fit.examples=2347&fit.tokens=346&fit.epochs=2&run.model=llama-3.1-8b&run.tokens=812345&run.epochs=3');
    const back = parsePermalink(query).inputs;
    expect(parseSituationQuery(back.fit!).situation).toMatchObject({tokensPerExample: 346, epochs: 2});
    expect(parseRunPlanningKeys(back.run!).settings).toMatchObject({tokensPerEpoch: 812_345, epochs: 3});
  });

  it('reads back what it writes, for every part', () => {
    const inputs = {
      flow: 'answers=no-domain,still-poor,1000-10k',
      fit: 'examples=2347&budget=1000&days=30&goal=domain',
      run: 'model=llama-3.1-8b&targets=q,k,v&gpu=a100-80&tokens=812345',
      data: 'format=chat&valid=30&findings=not-json:1,exact-duplicate:2',
      eval: 'target=65&power=90',
    };
    const {inputs: back, messages} = parsePermalink(permalinkQuery(inputs));
    expect(messages).toEqual([]);
    for (const part of Object.keys(inputs) as (keyof typeof inputs)[]) {
      expect([...new URLSearchParams(back[part])]).toEqual([...new URLSearchParams(inputs[part])]);
    }
  });

  it('names keys that belong to no part, without their values', () => {
    const {inputs, messages} = parsePermalink('?examples=5&run.gpu=t4&x.y=<b>&.z=1');
    expect(inputs).toEqual({run: 'gpu=t4'});
    expect(messages).toEqual(['3 keys in this link belong to no part of the plan (flow., fit., run., data., eval.); ignored.']);
    expect(messages.join(' ')).not.toContain('<b>');
  });

  it('never throws on any query', () => {
    fc.assert(fc.property(fc.string({maxLength: 300}), (search) => {
      const {inputs} = parsePermalink(search);
      expect(typeof permalinkQuery(inputs)).toBe('string');
    }));
  });
});

describe('the plan the browser holds', () => {
  it('builds each part from the facts, only with the keys the reader gave', () => {
    let scenario = setFacts(emptyScenario(), {examples: 30, tokensPerExample: 88, tokensPerEpoch: 2_647, seqLength: 256, objective: 'sft'}, 'checker', T0);
    scenario = setFacts(scenario, {runQuery: 'model=llama-3.1-8b&gpu=a100-80&seq=2048', winTarget: 65}, 'calculator', T0 + 1);
    const inputs = planInputsFromScenario(scenario);
    expect(inputs.fit).toBe('examples=30&tokens=88');
    const run = new URLSearchParams(inputs.run);
    // The calculator's settings came later than the file's sequence length: its 2,048 wins.
    expect(run.get('seq')).toBe('2048');
    expect(run.get('gpu')).toBe('a100-80');
    expect(run.get('tokens')).toBe('2647');
    expect(run.get('objective')).toBe('sft');
    expect(inputs.eval).toBe('target=65');
    expect(inputs.flow).toBeUndefined();
    expect(inputs.data).toBeUndefined();
  });

  it('an empty scenario is an empty plan', () => {
    expect(planInputsFromScenario(emptyScenario())).toEqual({});
  });

  it('“Make this my plan” turns a linked plan back into the same plan', () => {
    const inputs = {
      flow: 'answers=wrong-format,still-inconsistent,100-1000',
      fit: 'examples=800&budget=5000&goal=format',
      run: 'model=mistral-7b&gpu=l4&seq=1024&tokens=400000&epochs=2&objective=dpo',
      data: 'format=preference&examples=800&valid=800&unique=790&tokens=400000&p95=900',
      eval: 'target=70',
    };
    const scenario = setFacts(emptyScenario(), factsFromPlanInputs(inputs), 'plan-link', T0);
    const again = planInputsFromScenario(scenario);
    expect(parseSituationQuery(again.fit!).situation).toMatchObject({examples: 800, budgetUsd: 5_000, problem: 'format'});
    expect(new URLSearchParams(again.run).get('gpu')).toBe('l4');
    expect(parseRunPlanningKeys(again.run!).settings).toMatchObject({tokensPerEpoch: 400_000, epochs: 2, objective: 'dpo'});
    expect(again.flow).toBe('answers=wrong-format%2Cstill-inconsistent%2C100-1000');
    expect(again.eval).toBe('target=70');
    expect(new URLSearchParams(again.data).get('valid')).toBe('800');
  });
});
