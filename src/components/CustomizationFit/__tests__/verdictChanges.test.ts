import {describe, expect, it} from 'vitest';
import {DEFAULT_SITUATION} from '../situation';
import {fitTable} from '../fitVerdicts';
import {changesText, fittingText, verdictChanges} from '../verdictChanges';

describe('verdictChanges', () => {
  it('names the methods a change of situation moved, and only those', () => {
    const before = fitTable({...DEFAULT_SITUATION, examples: 99, problem: 'format'});
    const after = fitTable({...DEFAULT_SITUATION, examples: 100, problem: 'format'});
    const changes = verdictChanges(before, after);
    expect(changes).toContainEqual({methodName: 'LoRA Fine-Tuning', from: 'Not enough data', to: 'Fits'});
    for (const change of changes) expect(change.from).not.toBe(change.to);
    expect(verdictChanges(after, after)).toEqual([]);
  });

  it('says the first few in words and counts the rest', () => {
    const changes = [
      {methodName: 'RAG', from: 'Wrong tool', to: 'Fits'},
      {methodName: 'LoRA Fine-Tuning', from: 'Fits', to: 'Wrong tool'},
      {methodName: 'Full Fine-Tuning', from: 'Fits', to: 'Wrong tool'},
    ] as const;
    expect(changesText(changes, 2)).toBe('RAG: fits, was wrong tool; LoRA Fine-Tuning: wrong tool, was fits; and 1 more');
    expect(changesText(changes, 1)).toBe('RAG: fits, was wrong tool; and 2 more');
    expect(changesText(changes.slice(0, 1), 1)).toBe('RAG: fits, was wrong tool');
  });

  it('counts the methods that fit out of all of them', () => {
    const table = fitTable(DEFAULT_SITUATION);
    const fitting = table.rows.filter((r) => r.verdict === 'Fits').length;
    expect(fittingText(table)).toBe(`${fitting} of ${table.rows.length} methods fit`);
  });
});
