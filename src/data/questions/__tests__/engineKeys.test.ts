/**
 * Every engine-graded key is recomputed here, each kind by its own route to the answer (the widget's parser and the
 * site's data, not the builder that wrote the question), so a changed constant cannot leave a stale key. The widget
 * links load the same scenario the key was computed for. Data-derived keys are recomputed from their data.
 */
import {describe, expect, it} from 'vitest';
import {calculate} from '@site/src/components/LoraMemoryCalculator/calculate';
import {parseQuery} from '@site/src/components/LoraMemoryCalculator/queryState';
import {judgeMethod} from '@site/src/components/CustomizationFit/fitVerdicts';
import {parseSituationQuery} from '@site/src/components/CustomizationFit/situationQuery';
import {answerKeysFromSearch, followAnswers} from '@site/src/components/DecisionFlow/decisionFlow';
import {decisionTree} from '@site/src/components/DecisionFlow/decisionTree';
import {gpus} from '@site/src/data/gpus';
import {modelPresets} from '@site/src/data/models';
import {customizationMethods, effortOrder} from '@site/src/data/customizationMethods';
import {azureFineTunableModels, azureTrainingCosts} from '@site/src/data/azureFineTuning';
import {dataVolumeByModelSize} from '@site/src/data/dataPreparation';
import {memoryConstants} from '@site/src/data/memoryConstants';
import type {ChoiceQuestion, NumericQuestion, Question} from '../types';
import {gpuFitQuestion} from '../loraQuestions';
import {links} from '../links';
import {CURATED_EXAMPLES} from '../sections/data-preparation';
import {allSections} from './allSections';

const engineGraded = allSections.flatMap((s) => s.questions.filter((q) => q.source).map((q) => [`${s.section}/${q.id}`, q] as const));
const byId = (section: string, id: string): Question => {
  const question = allSections.find((s) => s.section === section)?.questions.find((q) => q.id === id);
  if (!question) throw new Error(`No question ${section}/${id}.`);
  return question;
};
const rightIds = (q: ChoiceQuestion) => q.options.filter((o) => o.correct).map((o) => o.id).sort();
const GB = memoryConstants.bytesPerGB.value;

/** The trainable LoRA parameters of a Llama-style model, counted from its published shape. */
function loraCount(modelId: string, rank: number, targets: readonly string[]): {total: number; perModule: Record<string, number>} {
  const arch = modelPresets.find((m) => m.id === modelId)!.architecture;
  expect(arch.fusedProjections, 'this count covers unfused projections').toBe(false);
  const headDim = arch.hidden / arch.heads;
  const shapes: Record<string, [number, number]> = {
    q: [arch.hidden, arch.heads * headDim],
    k: [arch.hidden, arch.kvHeads * headDim],
    v: [arch.hidden, arch.kvHeads * headDim],
    o: [arch.heads * headDim, arch.hidden],
    gate: [arch.hidden, arch.intermediate],
    up: [arch.hidden, arch.intermediate],
    down: [arch.intermediate, arch.hidden],
  };
  const perModule = Object.fromEntries(targets.map((t) => [`${t}_proj`, rank * (shapes[t][0] + shapes[t][1])]));
  return {total: arch.layers * Object.values(perModule).reduce((a, b) => a + b, 0), perModule};
}

describe.each(engineGraded)('%s', (_, question) => {
  const source = question.source!;

  it('has the key its engine computes now', () => {
    switch (source.engine) {
      case 'lora-memory': {
        const inputs = parseQuery(source.query).inputs;
        const result = calculate(inputs);
        const fits = (method: 'full' | 'lora' | 'qlora', gpuId: string) =>
          result.methods[method].totalBytes <= gpus.find((g) => g.id === gpuId)!.memoryGB * GB;
        if (source.ask === 'fits-one-card') {
          const q = question as ChoiceQuestion;
          expect(rightIds(q)).toEqual(q.options.map((o) => o.id).filter((id) => fits(source.method, id)).sort());
        } else if (source.ask === 'methods-on-one-card') {
          const q = question as ChoiceQuestion;
          expect(rightIds(q)).toEqual((['full', 'lora', 'qlora'] as const).filter((m) => fits(m, inputs.gpu)).sort());
        } else {
          const q = question as NumericQuestion;
          const count = loraCount(inputs.model, inputs.rank, inputs.targets);
          expect(q.answer * source.scale).toBe(source.module ? count.perModule[source.module] : count.total);
        }
        break;
      }
      case 'customization-fit': {
        const {situation} = parseSituationQuery(source.query);
        if (source.ask === 'training-cost') {
          const q = question as NumericQuestion;
          const price = azureTrainingCosts.find((c) => c.name === source.model)!.training;
          expect(price.kind).toBe('per-token');
          const perMillion = price.kind === 'per-token' ? price.usdPerMillionTokens : NaN;
          expect(q.answer).toBeCloseTo(((situation.examples * situation.tokensPerExample * situation.epochs) / 1e6) * perMillion, 9);
          break;
        }
        const q = question as ChoiceQuestion;
        const verdicts = Object.fromEntries(customizationMethods.map((m) => [m.id, judgeMethod(m, situation).verdict]));
        if (source.ask === 'verdict') {
          expect(rightIds(q)).toEqual(q.options.map((o) => o.id).filter((id) => verdicts[id] === source.verdict).sort());
        } else {
          // "Start here": the least effort that fits; the module's order breaks ties.
          const fitting = customizationMethods.filter((m) => verdicts[m.id] === 'Fits');
          const least = Math.min(...fitting.map((m) => effortOrder(m.effort)));
          expect(rightIds(q)).toEqual([fitting.find((m) => effortOrder(m.effort) === least)!.id]);
        }
        break;
      }
      case 'decision-tree': {
        const q = question as ChoiceQuestion;
        expect(rightIds(q)).toEqual([followAnswers(decisionTree, source.answers).walk.outcome?.id]);
        break;
      }
    }
  });

  it('opens its widget with the same scenario', () => {
    const url = new URL(question.widget!.to, 'https://example.org');
    switch (source.engine) {
      case 'lora-memory':
        expect(`${url.pathname}#${url.hash.slice(1)}`).toBe(`${links.calculator.path}#${links.calculator.anchor}`);
        expect(parseQuery(url.search).inputs).toEqual(parseQuery(source.query).inputs);
        expect(parseQuery(url.search).messages).toEqual([]);
        break;
      case 'customization-fit':
        expect(`${url.pathname}#${url.hash.slice(1)}`).toBe(`${links.fitTable.path}#${links.fitTable.anchor}`);
        expect(parseSituationQuery(url.search)).toEqual({situation: parseSituationQuery(source.query).situation, messages: []});
        break;
      case 'decision-tree':
        expect(`${url.pathname}#${url.hash.slice(1)}`).toBe(`${links.flowchart.path}#${links.flowchart.anchor}`);
        expect(answerKeysFromSearch(url.search)).toEqual({answerKeys: [...source.answers], problem: null});
        break;
    }
  });

  it('reads its scenario without a correction from the widget’s parser', () => {
    if (source.engine === 'lora-memory') expect(parseQuery(source.query).messages).toEqual([]);
    if (source.engine === 'customization-fit') expect(parseSituationQuery(source.query).messages).toEqual([]);
    if (source.engine === 'decision-tree') expect(followAnswers(decisionTree, source.answers).problem).toBeNull();
  });
});

describe('keys that follow the data', () => {
  it('the memory key moves with a GPU’s memory: a bigger L40S would hold QLoRA of 70B at 4,096', () => {
    const authored = {id: 'probe', prompt: 'probe', learnMore: links.calculator};
    const scenario = {query: 'model=llama-3.1-70b&rank=8&targets=q,v&seq=4096', method: 'qlora' as const, gpuIds: ['l40s']};
    const l40s = gpus.find((g) => g.id === 'l40s')! as {memoryGB: number};
    const before = l40s.memoryGB;
    try {
      const need = calculate(parseQuery(scenario.query).inputs).methods.qlora.totalBytes / GB;
      l40s.memoryGB = Math.floor(need) - 1;
      expect(gpuFitQuestion({...authored, ...scenario}).options[0].correct).toBe(false);
      l40s.memoryGB = Math.ceil(need) + 1;
      expect(gpuFitQuestion({...authored, ...scenario}).options[0].correct).toBe(true);
    } finally {
      l40s.memoryGB = before;
    }
  });

  it('“800 curated examples” is between the minimum and “Good” exactly for the sizes T1.6’s table says', () => {
    const q = byId('data-preparation', 'eight-hundred-examples') as ChoiceQuestion;
    const expected = dataVolumeByModelSize.filter((row) => CURATED_EXAMPLES >= row.minimum && CURATED_EXAMPLES < row.good.from).map((row) => row.modelSize);
    expect(rightIds(q)).toEqual(expected.sort());
  });

  it('full fine-tuning of 70B is 16 bytes a parameter, by the memory constants', () => {
    const q = byId('lora-qlora', 'full-fine-tuning-terabytes') as NumericQuestion;
    const c = memoryConstants;
    expect(q.answer).toBeCloseTo((70e9 * (2 * c.bytes16bit.value + c.masterWeightBytes.value + c.adamwStateBytes.value)) / 1e12, 12);
    expect(q.answer).toBeCloseTo(1.12, 12);
  });

  it('GPT-4o costs the ratio of T1.9’s two per-token prices', () => {
    const q = byId('azure-ai-foundry', 'gpt-4o-vs-mini') as NumericQuestion;
    const price = (name: string) => {
      const training = azureTrainingCosts.find((c) => c.name === name)!.training;
      return training.kind === 'per-token' ? training.usdPerMillionTokens : NaN;
    };
    expect(q.answer).toBeCloseTo(price('GPT-4o') / price('GPT-4o-mini'), 12);
  });

  it('the minimum-data question quotes the model table', () => {
    const q = byId('azure-ai-foundry', 'ten-examples');
    const mini = azureFineTunableModels.find((m) => m.id === 'gpt-4o-mini')!;
    expect(q.prompt).toContain(`${mini.minExamples} examples`);
  });
});
