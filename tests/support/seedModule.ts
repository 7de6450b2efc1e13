/**
 * Reads the module's seed text (one flattened Markdown line) back into the
 * parts the site must show: section titles, sentences, tables, code blocks and
 * diagram labels. The content-fidelity test checks each against the build.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';

/** The committed copy of ../shared/seed/000_22f133e41a7df026.txt (checked identical when that exists). */
export const SEED_COPY = path.resolve(__dirname, '../fixtures/seed-t1.txt');
export const SHARED_SEED = path.resolve(__dirname, '../../../shared/seed/000_22f133e41a7df026.txt');

export function readSeed(): string {
  return readFileSync(SEED_COPY, 'utf8');
}

export function sharedSeedIfPresent(): string | null {
  return existsSync(SHARED_SEED) ? readFileSync(SHARED_SEED, 'utf8') : null;
}

export interface SeedCodeBlock {
  lang: string;
  body: string;
}

export interface SeedParts {
  /** "Duration: 60–90 minutes" and the like, from the header quote. */
  headerFacts: Array<{label: string; value: string}>;
  sectionTitles: string[];
  codeBlocks: SeedCodeBlock[];
  tables: string[][][];
  sentences: string[];
  diagramLabels: string[][];
}

/** Collapses whitespace; drops Markdown emphasis and escapes that render as nothing. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])\*([^*]+)\*/g, '$1$2')
    .replace(/\\([<>*_|])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const FENCE = /```(\w*)\s([\s\S]*?)```/g;
// A table: cells between pipes; no cell holds '#' or '`', and every gap between two tables in the seed does.
const TABLE = /\|(?:[^|#`]*\|)+/g;

export function splitCodeBlocks(seed: string): {codeBlocks: SeedCodeBlock[]; prose: string} {
  const codeBlocks: SeedCodeBlock[] = [];
  const prose = seed.replace(FENCE, (_m, lang: string, body: string) => {
    codeBlocks.push({lang, body: body.trim()});
    return ' ¶ ';
  });
  return {codeBlocks, prose};
}

export function parseTables(prose: string): {tables: string[][][]; rest: string} {
  const tables: string[][][] = [];
  const rest = prose.replace(TABLE, (match) => {
    const cells = match.split('|').slice(1, -1);
    const rows: string[][] = [];
    let row: string[] = [];
    for (const cell of cells) {
      // "| |" between rows leaves a cell of only whitespace.
      if (cell.trim() === '' && row.length > 0) {
        rows.push(row);
        row = [];
      } else row.push(plainText(cell));
    }
    if (row.length) rows.push(row);
    tables.push(rows.filter((r) => !r.every((c) => /^-+$/.test(c))));
    return ' ¶ ';
  });
  return {tables, rest};
}

/** Node labels `["…"]` and edge labels `|"…"|` of one Mermaid source, whitespace collapsed. */
export function mermaidLabels(body: string): string[] {
  const labels: string[] = [];
  for (const match of body.matchAll(/\["([^"]*)"\]|\|"([^"]*)"\|/g)) labels.push(plainText(match[1] ?? match[2]));
  return labels;
}

/** Sentences of running text (paragraphs, headings run into their paragraphs, quotes, list items). */
export function proseSentences(rest: string): string[] {
  const cleaned = rest
    .replace(/^[\s\S]*?(?=## Table of Contents)/, ' ¶ ') // title and header facts: checked as headerFacts
    .replace(/## Table of Contents[\s\S]*?(?= --- )/, ' ¶ ') // contents: checked as section titles
    .replace(/:::tip|:::/g, ' ¶ ')
    .replace(/ --- /g, ' ¶ ')
    .replace(/#{2,3} /g, ' ¶ ')
    .replace(/(^|\s)>\s(?=\*\*)/g, ' ¶ ')
    .replace(/(^|\s)\d+\.\s(?=\*\*)/g, ' ¶ ');
  return cleaned
    .split('¶')
    .flatMap((piece) => plainText(piece).split(/(?<=[.!?:])\s+(?=[A-Z0-9*"])/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.split(' ').length >= 3);
}

export function parseSeed(seed: string): SeedParts {
  const {codeBlocks, prose} = splitCodeBlocks(seed);
  const {tables, rest} = parseTables(prose);
  const sectionTitles = [...seed.matchAll(/- \[([^\]]+)\]\(#[^)]+\)/g)].map((m) => m[1]);
  const diagramLabels = codeBlocks.filter((b) => b.lang === 'mermaid').map((b) => mermaidLabels(b.body));
  const header = seed.slice(0, seed.indexOf('---'));
  const headerFacts = [...header.matchAll(/\*\*([^*]+):\*\*\s*([^|>]+?)\s*(?=\||>|$)/g)].map((m) => ({label: m[1], value: m[2].trim()}));
  return {headerFacts, sectionTitles, codeBlocks, tables, sentences: proseSentences(rest), diagramLabels};
}
