import {describe, expect, it} from 'vitest';
import {searchWordsFromPath} from '../searchWords';

describe('searchWordsFromPath', () => {
  it.each([
    ['/t1/lora-qlra/', 'lora qlra'],
    ['/t1/lora-qlora.html', 'lora qlora'],
    ['/t1-course/t1/data_prep', 'data prep'],
    ['/t1/%E2%9C%93-check', '✓ check'],
    ['/t1/%E0%A4%A', '%E0%A4%A'],
    ['/', ''],
  ])('%s → "%s"', (path, words) => {
    expect(searchWordsFromPath(path)).toBe(words);
  });

  it('keeps a very long address to a short query', () => {
    expect(searchWordsFromPath(`/${'a'.repeat(500)}`).length).toBe(80);
  });
});
