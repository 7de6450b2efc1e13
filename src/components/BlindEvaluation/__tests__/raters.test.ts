import {describe, expect, it} from 'vitest';
import {exportRows, readExport, toCsv, toJsonl, type ImportedRater} from '../ratingsExport';
import {summarizeRaters} from '../combinedRaters';
import {modelInSlot, newSession, setPreference, setScore, type RatingSession} from '../ratings';
import type {EvaluationPrompt} from '../evaluationFile';

const prompts: EvaluationPrompt[] = Array.from({length: 4}, (_, i) => ({line: i + 1, prompt: i === 0 ? '=HYPERLINK("x"), "quoted"\nnew line' : `Prompt ${i + 1}`, base: 'b', fineTuned: 'f', reference: null}));

function session(seed: number, rater: string, scores: [number, number][]): RatingSession {
  let s: RatingSession = {...newSession(seed), rater};
  scores.forEach(([slot1, slot2], index) => {
    for (let c = 0; c < 4; c++) {
      s = setScore(s, index, 1, c, slot1);
      s = setScore(s, index, 2, c, slot2);
    }
  });
  return s;
}

describe('export and import', () => {
  const ana = setPreference(session(11, 'Ana', [[5, 2], [3, 3], [4, 1]]), 1, 'tie');
  const rows = exportRows(ana, prompts, 'abc-4');

  it('unblinds: each row names which model was shown first, with both models’ scores and the seed', () => {
    expect(rows).toHaveLength(3);
    const first = modelInSlot(11, 0, 1);
    expect(rows[0]).toMatchObject({file: 'abc-4', rater: 'Ana', seed: 11, prompt: 1, shown_first: first === 'base' ? 'base' : 'fine_tuned', preference_marked: false});
    expect(rows[0].scores[first === 'base' ? 'base' : 'fine_tuned'].accuracy).toBe(5);
    expect(rows[1]).toMatchObject({preference: 'tie', preference_marked: true});
  });

  it.each([
    ['JSONL', toJsonl],
    ['CSV', toCsv],
  ])('%s reads back to the same ratings and prompt texts', (_, write) => {
    const outcome = readExport(write(rows), 'ana.export');
    if (outcome.kind !== 'rater') throw new Error(outcome.message);
    expect(outcome.rater.name).toBe('Ana');
    expect(outcome.rater.file).toBe('abc-4');
    expect([...outcome.rater.ratings.keys()]).toEqual([1, 2, 3]);
    expect(outcome.rater.ratings.get(2)!.preference).toBe('tie');
    expect(outcome.rater.promptTexts.get(1)).toBe(prompts[0].prompt);
  });

  it('CSV defuses a cell a spreadsheet would run as a formula', () => {
    expect(toCsv(rows)).toContain(`"'=HYPERLINK`);
  });

  it.each([
    ['', /no ratings/],
    ['a,b\n1,2', /no “file” and “prompt” columns/],
    ['{"file": "x", "prompt": 1}\nnot json', /line 2 is not valid JSON/],
    ['{"file": "x", "prompt": 1}\n{"file": "y", "prompt": 2}', /mixes ratings of different files/],
  ])('a file that is not an export (%j) gets a message', (text, message) => {
    const outcome = readExport(text, 'other.txt');
    expect(outcome.kind).toBe('problem');
    if (outcome.kind === 'problem') expect(outcome.message).toMatch(message);
  });
});

describe('several raters', () => {
  const rater = (name: string, preferences: ('base' | 'fineTuned' | 'tie' | null)[], scores: number[][]): ImportedRater => ({
    name,
    file: 'f',
    ratings: new Map(preferences.map((preference, i) => [i + 1, {base: scores[i].slice(0, 4), fineTuned: scores[i].slice(4), preference}])),
    promptTexts: new Map(),
  });
  const s = (base: number, fine: number) => [base, base, base, base, fine, fine, fine, fine];

  it("two raters: Cohen's kappa on the preference, Krippendorff's alpha on the scores", () => {
    const a = rater('A', ['fineTuned', 'fineTuned', 'base', 'tie'], [s(2, 4), s(3, 5), s(4, 2), s(3, 3)]);
    const b = rater('B', ['fineTuned', 'base', 'base', 'tie'], [s(2, 4), s(3, 4), s(4, 2), s(3, 3)]);
    const summary = summarizeRaters([a, b]);
    expect(summary.preference.method).toBe("Cohen's kappa");
    // Agree on 3 of 4; chance: A (2 f, 1 b, 1 t) × B (1 f, 2 b, 1 t) = (2 + 2 + 1) / 16.
    expect(summary.preference.agreement.value).toBeCloseTo((3 / 4 - 5 / 16) / (1 - 5 / 16), 10);
    expect(summary.criteria[0].figure.method).toBe("Krippendorff's alpha");
    expect(summary.criteria[0].figure.agreement.value!).toBeGreaterThan(0.8);
    // Combined: prompt 2 is a draw between fine-tuned and base, so a tie; scores are the raters' means.
    expect(summary.combined[1].preference).toBe('tie');
    expect(summary.combined[1].fineTuned[0]).toBe(4.5);
  });

  it("three raters: Krippendorff's alpha (nominal) on the preference", () => {
    const same = (name: string) => rater(name, ['fineTuned', 'base'], [s(2, 4), s(4, 2)]);
    const summary = summarizeRaters([same('A'), same('B'), same('C')]);
    expect(summary.preference.method).toBe("Krippendorff's alpha");
    expect(summary.preference.agreement.value).toBe(1);
    expect(summary.preference.reading).toBe('reliable');
  });
});
