import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {contrastRatio} from '@site/src/utils/readableCodeTheme';

const css = readFileSync(path.join(import.meta.dirname, '..', 'styles.module.css'), 'utf8');

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

/** The `--code-*: #hex` declarations of the rule whose selector is exactly `selector`. */
function paletteOf(selector: string): Record<string, string> {
  const start = css.indexOf(`\n${selector} {`);
  expect(start, `rule ${selector}`).toBeGreaterThanOrEqual(0);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--(code-[\w-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1], m[2]]));
}

const MODES = {light: paletteOf('.codeBlock'), dark: paletteOf("html[data-theme='dark'] .codeBlock")};
const NOT_TEXT = new Set(['code-background', 'code-border']);
const usedVariables = [...new Set([...css.matchAll(/var\(--(code-[\w-]+)\)/g)].map((m) => m[1]))];

describe.each(Object.entries(MODES))('code block colours in %s mode', (_mode, palette) => {
  const background = rgb(palette['code-background']);
  const textColours = Object.entries(palette).filter(([name]) => !NOT_TEXT.has(name));

  it('defines a background, a button border and at least eight text colours', () => {
    expect(palette['code-background']).toBeDefined();
    expect(palette['code-border']).toBeDefined();
    expect(textColours.length).toBeGreaterThanOrEqual(8);
  });

  it.each(textColours)('--%s (%s) reads at 4.5:1 or more on the block background', (_name, colour) => {
    expect(contrastRatio(rgb(colour), background)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives the Copy button a border of 3:1 or more (WCAG non-text contrast)', () => {
    expect(contrastRatio(rgb(palette['code-border']), background)).toBeGreaterThanOrEqual(3);
  });

  it('defines every colour variable the styles use', () => {
    expect(usedVariables.filter((name) => !(name in palette))).toEqual([]);
  });
});

it('uses the same colour variables in light and dark mode', () => {
  expect(Object.keys(MODES.dark).sort()).toEqual(Object.keys(MODES.light).sort());
});

it('colours the token classes the highlighter writes for JSON', () => {
  for (const token of ['property', 'string', 'number', 'boolean', 'keyword']) {
    expect(css, token).toMatch(new RegExp(String.raw`:global\(\.token\.${token}\)[^{]*\{\s*color: var\(--code-`));
  }
});
