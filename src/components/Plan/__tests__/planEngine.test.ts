import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {checkStream} from '@site/src/components/TrainingDataCheck/checkStream';
import {findingsAtLimit} from '@site/src/components/TrainingDataCheck/verdicts';
import {gpt4oTokens} from '@site/src/components/TrainingDataCheck/gpt4oTokens';
import {planNumbers, sequenceLengthCovering} from '@site/src/components/TrainingDataCheck/planNumbers';
import {SEQ_LENGTH_STOPS} from '@site/src/components/LoraMemoryCalculator/sliderScales';
import {estimateEachMethod} from '@site/src/components/LoraMemoryCalculator/trainingTime';
import {modelPresets} from '@site/src/data/models';
import {gpus} from '@site/src/data/gpus';
import {dataSummaryEntries} from '@site/src/utils/scenario/dataSummary';
import {emptyScenario, setFacts} from '@site/src/utils/scenario/scenario';
import {budgetOfPlan, buildPlan, slashForm} from '../planEngine';
import {parsePermalink, planInputsFromScenario} from '../planInputs';
import {dataRowForModel} from '../dataSection';

const FULL = {
  flow: 'answers=no-domain,still-poor,1000-10k',
  fit: 'examples=2347&budget=1000&days=30&goal=domain&tokens=346',
  run: 'model=llama-3.1-8b&rank=16&alpha=32&targets=q,k,v,o,gate,up,down&gpu=a100-80&seq=1024',
  data: 'format=chat&examples=2400&valid=2347&invalid=53&unique=2300&exact=30&near=17&conflicting=3&tokens=812345&median=300&mean=346&p95=900&max=1500&limit=4096&findings=not-json:20,empty-content:33,exact-duplicate:30',
  eval: 'target=65&power=80',
};

/** Every string in a value, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('a complete plan', () => {
  const plan = buildPlan(FULL);

  it('carries the decision path, its outcome and the fit table’s recommendation with its reason', () => {
    expect(plan.decision.flow!.answers.map((a) => a.answer)).toEqual(["No, it doesn't get the domain", 'Yes, still poor', '1000-10K examples']);
    expect(plan.decision.flow!.outcome!.id).toBe('FULL_LORA');
    expect(plan.decision.fit!.startHere!.name).toBe('Prompt Engineering');
    expect(plan.decision.fit!.training).toMatchObject({id: 'lora', verdict: 'Fits'});
    expect(plan.decision.fit!.training!.reason).toMatch(/you have 2,347/);
  });

  it('sizes the run the flowchart recommends, with the calculator’s and the run planner’s own engines', () => {
    expect(plan.run.method).toBe('lora');
    expect(plan.run.methodReason).toMatch(/flowchart/);
    expect(plan.run.modelName).toBe('Llama 3.1 8B');
    expect(plan.run.gpu.id).toBe('a100-80');
    expect(plan.run.tokens).toEqual({value: 812_345, basis: 'file'});
    expect(plan.run.epochs).toEqual({value: 3, basis: 'fit'});
    // The same figures trainingTime.ts gives for these settings.
    const preset = modelPresets.find((m) => m.id === 'llama-3.1-8b')!;
    const gpu = gpus.find((g) => g.id === 'a100-80')!;
    const direct = estimateEachMethod({
      architecture: preset.architecture,
      rank: 16,
      targets: ['q', 'k', 'v', 'o', 'gate', 'up', 'down'],
      objective: 'sft',
      referencePrecomputed: false,
      sequenceLength: 1_024,
      microBatch: 1,
      gradientAccumulation: 1,
      gradientCheckpointing: true,
      optimizer: 'adamw',
      gpu: gpu.compute,
      gpus: 1,
      strategy: 'ddp',
      offload: 'none',
      tokensPerEpoch: 812_345,
      epochs: 3,
      usdPerGpuHour: gpu.price.usdPerGpuHour,
    });
    expect(plan.run.rows.lora.seconds).toEqual(direct.lora.seconds);
    expect(plan.run.rows.full.costUsd).toEqual(direct.full.costUsd);
    expect(plan.run.rows.lora.fitsOneGpu).toBe(true);
    expect(plan.run.rows.full.fitsOneGpu).toBe(false);
  });

  it('holds the fit table’s budget and days against that run', () => {
    expect(plan.decision.budget!.status).toBe('enough');
    expect(plan.decision.budget!.sentence).toMatch(/^LoRA on 1 × NVIDIA A100 80GB, 812,345 tokens × 3 epochs: about .* Your budget \(\$1,000\) and time \(30 days\) are enough\./);
    const tight = buildPlan({...FULL, fit: 'examples=2347&budget=0&days=30&goal=domain'});
    expect(tight.decision.budget!.status).toBe('not-enough');
    expect(tight.decision.budget!.sentence).toMatch(/Not enough: the GPU cost is over your \$0 budget\./);
  });

  it('lists the findings to fix first by the checker’s kinds, errors before warnings, and judges the amount on T1.6’s row', () => {
    expect(plan.data.errors.map((f) => [f.label, f.count])).toEqual([['Empty content', 33], ['Not valid JSON', 20]]);
    expect(plan.data.warnings.map((f) => [f.label, f.count])).toEqual([['Exact duplicate', 30]]);
    expect(plan.data.volume).toMatchObject({row: '7B', tier: 'beyond-good', basis: 'file'});
    expect(plan.data.volume!.why).toMatch(/Llama 3.1 8B .* judged on T1.6’s 7B row/);
  });

  it('plans the A/B test at the reader’s target', () => {
    expect(plan.evaluation).toMatchObject({targetPercent: 65, powerPercent: 80, readerTarget: true, modulePrompts: 100});
    expect(plan.evaluation.promptsNeeded).toBeGreaterThan(70);
    expect(plan.evaluation.promptsNeeded).toBeLessThan(100);
    expect(plan.evaluation.metrics.map((m) => m.target)).toContain('>60% prefer fine-tuned');
  });

  it('has nothing missing and its steps link to where the module teaches them', () => {
    expect(plan.missing).toEqual([]);
    expect(plan.nextSteps.map((s) => [s.id, s.done])).toEqual([
      ['decide', true],
      ['method', true],
      ['data', false],
      ['run', true],
      ['train', false],
      ['evaluate', false],
      ['operate', false],
    ]);
    for (const step of plan.nextSteps) expect(step.link.to).toMatch(/^\/t1\/[a-z-]+\/(\?[^#]*)?(#[a-z-]+)?$/);
    expect(plan.nextSteps.find((s) => s.id === 'data')!.detail).toBe('Fix 53 errors first, then look at 30 warnings.');
  });
});

describe('a partial or broken plan', () => {
  it('an empty plan names every step that is missing, with a link to do it', () => {
    const plan = buildPlan({});
    expect(plan.missing.map((m) => [m.part, m.optional])).toEqual([
      ['flow', false],
      ['fit', false],
      ['data', false],
      ['run', false],
      ['run', false],
      ['eval', true],
    ]);
    expect(plan.missing.map((m) => m.link.to)).toEqual([
      '/t1/when-to-fine-tune/#decision-flowchart',
      '/t1/customization-spectrum/#which-method-fits-you',
      '/t1/data-preparation/#check-your-training-data',
      '/t1/lora-qlora/#lora-memory-calculator',
      '/t1/data-preparation/#check-your-training-data',
      '/t1/evaluation/#is-the-difference-real',
    ]);
    expect(plan.run.rows.lora.timeText).toBe('—');
    expect(plan.decision.budget).toBeNull();
  });

  it('a flowchart stopped midway and a fit table with only examples are named as such', () => {
    const plan = buildPlan({flow: 'answers=no-domain', fit: 'examples=40'});
    expect(plan.missing.find((m) => m.part === 'flow')!.text).toBe('The flowchart stops at “Have you tried detailed prompting + RAG?”.');
    expect(plan.missing.find((m) => m.part === 'fit')!.text).toBe('The fit table uses its defaults for budget, days, what is wrong today.');
    // The fit table's examples × tokens per example stand in for a file's count.
    expect(plan.run.tokens).toEqual({value: 40 * 500, basis: 'fit'});
    expect(plan.decision.budget!.status).toBe('not-sized');
  });

  it('says where two tools disagree about one fact', () => {
    const plan = buildPlan({flow: 'answers=no-domain,still-poor,10k-plus', fit: 'examples=500&goal=format&epochs=2', run: 'gpu=t4&epochs=3', data: 'valid=450&examples=460'});
    expect(plan.disagreements).toEqual([
      'The flowchart says “10K+ examples”; the fit table counts 500 examples.',
      'The flowchart’s first answer is “No, it doesn\'t get the domain”; the fit table’s goal is “Output format or style”.',
      'The fit table assumes 2 epochs; the run uses 3.',
      'The fit table counts 500 examples; your file has 450 valid ones.',
    ]);
  });

  it('reads garbage in any part without throwing, NaN or echoing it, and names what it could not use', () => {
    const plan = buildPlan(parsePermalink('?fit.examples=<img src=x>&run.gpu=nope&run.gpus=NaN&run.price=-3&data.valid=1e400&data.findings=<b>:1&eval.target=abc&flow.answers=zzz').inputs);
    const text = strings(plan).join('\n');
    expect(text).not.toMatch(/NaN|Infinity|undefined|<img|<b>/);
    expect(plan.messages.some((m) => m.startsWith('fit.examples:'))).toBe(true);
    expect(plan.messages.some((m) => m.startsWith('run.gpu:'))).toBe(true);
    expect(plan.messages.some((m) => m.startsWith('run.gpus:'))).toBe(true);
    expect(plan.messages.some((m) => m.startsWith('run.price:'))).toBe(true);
    expect(plan.messages.some((m) => m.startsWith('data'))).toBe(true);
    expect(plan.messages.some((m) => m.startsWith('eval.target:'))).toBe(true);
    expect(plan.messages.some((m) => m.startsWith('flow.answers:'))).toBe(true);
  });

  it('never shows NaN, whatever the parts hold', () => {
    const key = fc.constantFrom('flow.answers', 'fit.examples', 'fit.budget', 'fit.days', 'fit.tokens', 'fit.epochs', 'run.model', 'run.params', 'run.rank', 'run.seq', 'run.batch', 'run.gpu', 'run.tokens', 'run.epochs', 'run.gpus', 'run.price', 'run.strategy', 'run.objective', 'data.valid', 'data.tokens', 'data.unique', 'data.findings', 'eval.target', 'eval.power');
    const value = fc.oneof(fc.constantFrom('0', '-1', '1e308', 'NaN', '', '99999999999', 'custom', 'dpo', 'zero3', 'h100-80'), fc.string({maxLength: 12}), fc.integer({min: -10, max: 2e9}).map(String));
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), {maxLength: 10}), (pairs) => {
        const params = new URLSearchParams(pairs);
        const plan = buildPlan(parsePermalink(params.toString()).inputs);
        expect(strings(plan).join('\n')).not.toMatch(/NaN|Infinity|undefined/);
      }),
      {numRuns: 150},
    );
  });

  it('checks budget and days on its own exactly as the whole plan does, whichever run was read before', () => {
    const key = fc.constantFrom('flow.answers', 'fit.examples', 'fit.budget', 'fit.days', 'fit.tokens', 'fit.epochs', 'fit.goal', 'run.model', 'run.gpu', 'run.tokens', 'run.epochs', 'run.gpus', 'run.price', 'data.tokens', 'data.valid');
    const value = fc.oneof(fc.constantFrom('0', '1', '2347', '1e9', 'domain', 'knowledge', 'llama-3.1-70b', 'h100-80', 't4-16', 'no-domain,still-poor,1000-10k'), fc.integer({min: -10, max: 2e9}).map(String));
    const inputs = fc.array(fc.tuple(key, value), {maxLength: 8}).map((pairs) => parsePermalink(new URLSearchParams(pairs).toString()).inputs);
    fc.assert(
      fc.property(inputs, inputs, (first, second) => {
        // The run engine keeps the last run it read: alternate two plans so a stale one would show.
        expect(budgetOfPlan(first)).toEqual(buildPlan(first).decision.budget);
        expect(budgetOfPlan(second)).toEqual(buildPlan(second).decision.budget);
        expect(budgetOfPlan(first)).toEqual(buildPlan(first).decision.budget);
      }),
      {numRuns: 100},
    );
  });
});

describe('the sample chat file, checked and used', () => {
  it('gives the plan its counts, a sequence length over its 95th percentile and the SFT objective', async () => {
    const blob = new Blob([readFileSync(path.resolve(__dirname, '../../../../static/datasets/sample-chat.jsonl'))]);
    const outcome = await checkStream(blob.stream(), {format: 'auto', counter: gpt4oTokens, totalBytes: blob.size});
    if (outcome.kind !== 'checked') throw new Error('refused');
    const {summary} = outcome;
    const {facts, summary: numbers} = planNumbers(summary, findingsAtLimit(summary, 4_096).counts, 4_096);
    expect(facts).toMatchObject({examples: 30, tokensPerEpoch: summary.totalTokens, objective: 'sft'});
    expect(facts.seqLength).toBeGreaterThanOrEqual(numbers.tokensP95);
    expect(facts.seqLength! / 2).toBeLessThan(numbers.tokensP95);
    const plan = buildPlan(planInputsFromScenario(setFacts(emptyScenario(), facts, 'checker', 0)));
    expect(plan.data.summary).toEqual(numbers);
    expect(plan.data.errors.reduce((sum, f) => sum + f.count, 0)).toBe(Object.entries(numbers.findings).filter(([kind]) => ['not-json', 'not-object', 'missing-messages', 'bad-message', 'unknown-role', 'empty-content', 'non-string-content', 'no-assistant', 'last-not-assistant', 'missing-field', 'identical-pair', 'wrong-format', 'line-too-long'].includes(kind)).reduce((sum, [, n]) => sum + n!, 0));
    expect(dataSummaryEntries(numbers).length).toBeGreaterThan(10);
  });

  it('covers the 95th percentile with the calculator’s own sequence stops', () => {
    for (const tokens of [1, 63, 64, 65, 163, 1_000, 4_096, 4_097, 200_000]) {
      const length = sequenceLengthCovering(tokens);
      expect(SEQ_LENGTH_STOPS).toContain(length);
      expect(length >= tokens || length === 131_072).toBe(true);
    }
  });
});

describe('helpers', () => {
  it('writes site paths in their slash form', () => {
    expect(slashForm('/t1/lora-qlora#x')).toBe('/t1/lora-qlora/#x');
    expect(slashForm('/t1/plan/?a=1')).toBe('/t1/plan/?a=1');
    expect(slashForm('/t1/x?a=1#b')).toBe('/t1/x/?a=1#b');
  });

  it('judges each model on the nearest row of T1.6', () => {
    expect(dataRowForModel(3.2e9)).toBe('7B');
    expect(dataRowForModel(8e9)).toBe('7B');
    expect(dataRowForModel(14.7e9)).toBe('13B');
    expect(dataRowForModel(32e9)).toBe('70B');
    expect(dataRowForModel(405e9)).toBe('70B');
  });
});
