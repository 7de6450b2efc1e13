/**
 * WCAG contrast helpers: the code-block token colours (src/theme/CodeBlock)
 * are checked against them in a unit test, at least 4.5:1 on their background.
 */
type Rgb = [number, number, number];

function parseHex(colour: string): Rgb | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!match) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

const toHex = (rgb: Rgb) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Moves `colour` towards black (light background) or white (dark) until it reaches `minRatio`. */
export function readableOn(colour: string, background: string, minRatio = 4.5): string {
  const fg = parseHex(colour);
  const bg = parseHex(background);
  if (!fg || !bg) return colour;
  const target: Rgb = luminance(bg) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  let mixed = fg;
  for (let step = 0; step <= 20 && contrastRatio(mixed, bg) < minRatio; step++) {
    const t = step / 20;
    mixed = fg.map((v, i) => v + (target[i] - v) * t) as Rgb;
  }
  return toHex(mixed);
}
