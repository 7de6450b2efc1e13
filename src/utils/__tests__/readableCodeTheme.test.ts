import {describe, expect, it} from 'vitest';
import {contrastRatio, readableOn} from '../readableCodeTheme';

const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

describe('readable code colours', () => {
  it('darkens the github theme property colour to 4.5:1 on its background', () => {
    expect(contrastRatio(rgb('#36acaa'), rgb('#f6f8fa'))).toBeLessThan(4.5);
    expect(contrastRatio(rgb(readableOn('#36acaa', '#f6f8fa')), rgb('#f6f8fa'))).toBeGreaterThanOrEqual(4.5);
  });

  it('leaves a colour that already reads well alone', () => {
    expect(readableOn('#000000', '#ffffff')).toBe('#000000');
  });
});
