import {describe, expect, it} from 'vitest';
import {checkerRules, dataQualityChecks, dataVolumeByModelSize} from '@site/src/data/dataPreparation';
import {azureTrainingCosts} from '@site/src/data/azureFineTuning';
import {checkStream} from '../checkStream';
import type {DatasetSummary} from '../datasetSummary';
import type {TokenCounter} from '../tokenCounter';
import {checklistVerdicts, formatUsd, overContext, tokenStats, trainingCost, volumeVerdict} from '../verdicts';

const wordTokens: TokenCounter = {text: (t) => t.split(/\s+/).filter(Boolean).length, messageFraming: () => 4, conversationFraming: 3};
async function summarise(lines: string[]): Promise<DatasetSummary> {
  const blob = new Blob([lines.join('\n')]);
  const outcome = await checkStream(blob.stream(), {format: 'auto', counter: wordTokens, totalBytes: blob.size});
  if (outcome.kind !== 'checked') throw new Error('refused');
  return outcome.summary;
}
const chat = (user: string, answer: string, system = 'You help.') =>
  JSON.stringify({messages: [{role: 'system', content: system}, {role: 'user', content: user}, {role: 'assistant', content: answer}]});
const words = (n: number) => Array.from({length: n}, (_, i) => `w${i}`).join(' ');

describe('"How much data?" (T1.6)', () => {
  it('places counts on every boundary of the 7B row', () => {
    const row = dataVolumeByModelSize[0];
    expect(volumeVerdict(row.minimum - 1, '7B').tier).toBe('below-minimum');
    expect(volumeVerdict(row.minimum, '7B').tier).toBe('minimum');
    expect(volumeVerdict(row.good.from, '7B').tier).toBe('good');
    expect(volumeVerdict(row.good.to, '7B').tier).toBe('good');
    expect(volumeVerdict(row.good.to + 1, '7B').tier).toBe('beyond-good');
    expect(volumeVerdict(row.excellent, '7B').tier).toBe('excellent');
  });
  it('says how many more examples the minimum needs', () => {
    expect(volumeVerdict(150, '70B').sentence).toBe('150 usable examples: below the minimum of 500 for a 70B model. Collect at least 350 more.');
    expect(volumeVerdict(1500, '13B').sentence).toMatch(/in the “good” range \(1,000–2,000\) for a 13B model/);
  });
});

describe('data-quality checklist verdicts', () => {
  it('judges every row of the module’s checklist, in its order', async () => {
    const s = await summarise([chat('a', 'b')]);
    expect(checklistVerdicts(s).map((v) => v.check.id)).toEqual(dataQualityChecks.map((c) => c.id));
  });

  it('passes a clean, varied file and leaves the human checks to the reader', async () => {
    const lines = Array.from({length: 30}, (_, i) => chat(`question ${i}`, words([3, 20, 40][i % 3])));
    const verdicts = Object.fromEntries(checklistVerdicts(await summarise(lines)).map((v) => [v.check.id, v]));
    expect(verdicts['consistent-format'].status).toBe('pass');
    expect(verdicts['no-contradictions'].status).toBe('pass');
    expect(verdicts['diverse-inputs'].status).toBe('pass');
    expect(verdicts['length-variety'].status).toBe('pass');
    expect(verdicts['length-variety'].reason).toMatch(/^3 of the histogram's length bands/);
    expect(verdicts['high-quality-outputs'].status).toBe('review');
    expect(verdicts['balanced-classes'].status).toBe('review');
    expect(verdicts['edge-cases'].status).toBe('review');
  });

  it('fails format, contradictions, diversity and length variety when the file shows them', async () => {
    const lines = [chat('same', 'one two'), chat('same', 'three four'), chat('same', 'one two'), '{oops', chat('other', '')];
    const verdicts = Object.fromEntries(checklistVerdicts(await summarise(lines)).map((v) => [v.check.id, v]));
    expect(verdicts['consistent-format']).toMatchObject({status: 'fail', reason: '2 of 5 examples fail schema validation (see the findings).'});
    expect(verdicts['no-contradictions'].status).toBe('fail');
    expect(verdicts['no-contradictions'].reason).toMatch(/^1 example asks what an earlier one asked and answers differently\. 1 duplicate to remove too\./);
    expect(verdicts['diverse-inputs'].status).toBe('fail');
    expect(verdicts['length-variety'].status).toBe('fail');
    expect(verdicts['high-quality-outputs'].status).toBe('fail');
  });

  it('uses the named thresholds', () => {
    expect(checkerRules.distinctPromptShare).toBeGreaterThan(0.5);
    expect(checkerRules.lengthBandsNeeded).toBeGreaterThan(1);
  });
});

describe('examples over the context limit', () => {
  it('counts examples over the limit and names their lines', async () => {
    const s = await summarise([chat('a', words(10)), '', chat('b', words(100)), chat('c', words(50))]);
    const over = overContext(s, 80); // line 3: 3 + (4 + 2) + (4 + 1) + (4 + 100) = 118; line 4: 68
    expect(over.count).toBe(1);
    expect(over.findings).toEqual([{line: 3, kind: 'over-context', reason: '118 tokens: over the context limit of 80; a trainer would cut or drop it.'}]);
    expect(overContext(s, 10_000).count).toBe(0);
  });
});

describe('token statistics', () => {
  it('gives min, nearest-rank median and p95, mean and max', () => {
    const stats = tokenStats(Uint32Array.from([5, 1, 3, 2, 4]));
    expect(stats).toEqual({min: 1, median: 3, mean: 3, p95: 5, max: 5});
    expect(tokenStats(new Uint32Array(0))).toBeNull();
  });
});

describe('training cost (T1.9)', () => {
  it('bills tokens × epochs at the price per million', () => {
    const gpt4oMini = azureTrainingCosts.find((c) => c.modelId === 'gpt-4o-mini');
    if (gpt4oMini?.training.kind !== 'per-token') throw new Error('no per-token price');
    const cost = trainingCost(1_234_567, 3, gpt4oMini.training.usdPerMillionTokens);
    expect(cost.billedTokens).toBe(3_703_701);
    expect(cost.usd).toBeCloseTo(11.111103, 6);
    expect(formatUsd(cost.usd)).toBe('$11.11');
  });
  it('never prints NaN', () => {
    expect(formatUsd(Number.NaN)).toBe('$0.00');
  });
});
