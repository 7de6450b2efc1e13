import {describe, expect, it} from 'vitest';
import {mermaidLabels, parseSeed, parseTables, plainText, readSeed, sharedSeedIfPresent} from '../support/seedModule';

describe('the seed reader used by the content-fidelity test', () => {
  const seed = readSeed();
  const parts = parseSeed(seed);

  it('reads the committed copy of the shared seed unchanged', () => {
    const shared = sharedSeedIfPresent();
    if (shared !== null) expect(seed).toBe(shared);
    expect(seed.startsWith('# T1: Fine-Tuning & Model Customization')).toBe(true);
  });

  it('finds the header facts, eleven sections, seven diagrams and eleven code blocks', () => {
    expect(parts.headerFacts).toEqual([
      {label: 'Duration', value: '60–90 minutes'},
      {label: 'Level', value: 'Deep-Dive'},
      {label: 'Part of', value: '🍎 FROOT Transformation Layer'},
      {label: 'Prerequisites', value: 'F1 (GenAI Foundations), F2 (LLM Landscape)'},
      {label: 'Last Updated', value: 'March 2026'},
    ]);
    expect(parts.sectionTitles).toHaveLength(11);
    expect(parts.codeBlocks).toHaveLength(11);
    expect(parts.diagramLabels).toHaveLength(7);
  });

  it('splits every table into rows of equal width', () => {
    expect(parts.tables).toHaveLength(14);
    for (const table of parts.tables) {
      for (const row of table) expect(row).toHaveLength(table[0].length);
    }
    expect(parts.tables[0][1]).toEqual(['Prompt Engineering', 'Minutes', '0', 'Free', 'Always start here']);
  });

  it('keeps a row boundary apart from cell text', () => {
    const {tables} = parseTables('| A | B | |---|---| | **x** | 1 | | y | 2 | ### next');
    expect(tables).toEqual([[['A', 'B'], ['x', '1'], ['y', '2']]]);
  });

  it('reads node and edge labels, line breaks collapsed', () => {
    expect(mermaidLabels('A["Prompt\nEngineering"] -->|"Yes, still poor"| B["x"]')).toEqual(['Prompt Engineering', 'Yes, still poor', 'x']);
  });

  it('drops Markdown emphasis but keeps symbols', () => {
    expect(plainText('**Data quality > data quantity.** 500 <1% $50–$500')).toBe('Data quality > data quantity. 500 <1% $50–$500');
  });

  it('keeps sentences that contain a comparison sign', () => {
    expect(parts.sentences).toContain('Data quality > data quantity.');
  });
});
