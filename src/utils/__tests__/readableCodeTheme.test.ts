import {describe, expect, it} from 'vitest';
import {themes} from 'prism-react-renderer';
import {contrastRatio, readableCodeTheme, readableOn} from '../readableCodeTheme';

const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

describe('readable code colours', () => {
  it('darkens the github theme property colour to 4.5:1 on its background', () => {
    expect(contrastRatio(rgb('#36acaa'), rgb('#f6f8fa'))).toBeLessThan(4.5);
    expect(contrastRatio(rgb(readableOn('#36acaa', '#f6f8fa')), rgb('#f6f8fa'))).toBeGreaterThanOrEqual(4.5);
  });

  it('leaves a colour that already reads well alone', () => {
    expect(readableOn('#000000', '#ffffff')).toBe('#000000');
  });

  it.each([
    ['github', themes.github],
    ['dracula', themes.dracula],
  ])('gives every token of %s at least 4.5:1', (_name, theme) => {
    const adjusted = readableCodeTheme(theme);
    const background = rgb(adjusted.plain.backgroundColor!);
    for (const style of adjusted.styles) {
      if (style.style.color?.startsWith('#') && style.style.color.length === 7) {
        expect(contrastRatio(rgb(style.style.color), background)).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
