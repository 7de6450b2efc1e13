import {describe, expect, it} from 'vitest';
import {calculate} from '../calculate';
import {planRun} from '../runPlan';
import {alphaScalingText, memoryAnnouncement, shortFitText} from '../summaryTexts';

describe('the summary’s words', () => {
  it('say whether a total fits one card in a few words', () => {
    expect(shortFitText(1)).toBe('fits');
    expect(shortFitText(5)).toBe('needs 5 cards');
    expect(shortFitText(1200)).toBe('needs 1,200 cards');
    expect(shortFitText(null)).toBe('never fits');
  });

  it('write α/r as the alpha field does', () => {
    expect(alphaScalingText(calculate({rank: 16, alpha: 32}))).toBe('α/r = 2');
    expect(alphaScalingText(calculate({rank: 16, alpha: 17}))).toBe('α/r = 1.063');
  });

  it('announce every figure the summary shows, as the outputs print them', () => {
    const result = calculate({model: 'llama-2-7b', rank: 8, alpha: 16, targets: ['q', 'v'], gpu: 'rtx-4090'});
    expect(memoryAnnouncement(result, planRun(result))).toBe(
      'Trainable parameters 4,194,304 (0.0622 %), α/r = 2. On one GeForce RTX 4090 (24 GB): ' +
        'Full fine-tuning 111 GB, needs 6 cards; LoRA 16.8 GB, fits; QLoRA 7.34 GB, fits.',
    );
  });

  it('with a planned run, announce time and cost, and say once when fp32 has neither', () => {
    const planned = calculate({model: 'llama-2-7b', gpu: 'h100-80', gpus: 2});
    expect(memoryAnnouncement(planned, planRun(planned))).toMatch(/LoRA [\d.]+ GB, fits, [\d.,]+–[\d.,]+ (minutes|hours|days), \$[\d.,]+–\$[\d.,]+;/);
    const fp32 = calculate({model: 'llama-2-7b', gpu: 'h100-80', gpus: 2, precision: 'fp32'});
    const text = memoryAnnouncement(fp32, planRun(fp32));
    expect(text).toContain('time and cost not estimated for fp32');
    expect(text).not.toMatch(/not estimated for fp32, not estimated/);
  });
});
