import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {moduleSections} from '@site/src/data/sections';
import {
  clearCheck,
  clearSection,
  emptyProgress,
  moduleSummary,
  parseProgress,
  recordCheckAnswer,
  recordSectionAnswer,
  scoreOf,
  serializeProgress,
  type Progress,
} from '../progress';
import {sidebarScoreTexts} from '../sectionScore';

const ids = ['a', 'b', 'c'];

describe('recording answers', () => {
  it('keeps the first answer for the score and the latest for the page', () => {
    let p = recordSectionAnswer(emptyProgress(), 'lora-qlora', ids, 'a', ['x'], false);
    p = recordSectionAnswer(p, 'lora-qlora', ids, 'a', ['y'], true);
    expect(p.sections['lora-qlora']).toEqual({total: 3, answers: {a: {first: ['x'], firstRight: false, last: ['y'], lastRight: true}}});
    expect(scoreOf(p.sections['lora-qlora'].answers, ids)).toEqual({answered: 1, right: 0, total: 3});
  });

  it('drops answers to questions a section no longer has, and counts its questions now', () => {
    let p = recordSectionAnswer(emptyProgress(), 's', ['gone', 'a'], 'gone', 1, true);
    p = recordSectionAnswer(p, 's', ids, 'b', 2, true);
    expect(Object.keys(p.sections.s.answers)).toEqual(['b']);
    expect(p.sections.s.total).toBe(3);
  });

  it('keeps the module check by seed: another seed starts again', () => {
    let p = recordCheckAnswer(emptyProgress(), 7, 's/a', ['x'], true);
    p = recordCheckAnswer(p, 7, 's/b', 3, false);
    expect(Object.keys(p.check!.answers)).toEqual(['s/a', 's/b']);
    p = recordCheckAnswer(p, 8, 's/a', ['y'], false);
    expect(p.check).toEqual({seed: 8, answers: {'s/a': {first: ['y'], firstRight: false, last: ['y'], lastRight: false}}});
    expect(clearCheck(p).check).toBeNull();
  });

  it('clears one section and leaves the others', () => {
    let p = recordSectionAnswer(emptyProgress(), 's', ids, 'a', ['x'], true);
    p = recordSectionAnswer(p, 't', ids, 'a', ['x'], true);
    expect(Object.keys(clearSection(p, 's').sections)).toEqual(['t']);
  });
});

describe('reading stored progress', () => {
  it('reads back what it writes', () => {
    let p: Progress = recordSectionAnswer(emptyProgress(), 's', ids, 'a', ['x', 'y'], true);
    p = recordCheckAnswer(p, 42, 's/a', 4.19, false);
    expect(parseProgress(serializeProgress(p))).toEqual(p);
  });

  it('drops malformed entries one by one and keeps the rest', () => {
    const text = JSON.stringify({
      sections: {
        good: {total: 2, answers: {a: {first: ['x'], firstRight: true, last: ['x'], lastRight: true}, b: {first: 'nope'}}},
        bad: {total: 'two', answers: {}},
        worse: null,
      },
      check: {seed: 1.5, answers: {}},
    });
    expect(parseProgress(text)).toEqual({
      sections: {good: {total: 2, answers: {a: {first: ['x'], firstRight: true, last: ['x'], lastRight: true}}}},
      check: null,
    });
  });

  it('never throws, whatever the storage holds', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), fc.constant(null)), (text) => {
      const p = parseProgress(text);
      return typeof p.sections === 'object' && (p.check === null || Number.isInteger(p.check.seed));
    }));
  });
});

describe('summaries', () => {
  it('counts checked sections, right answers and the sections to revisit', () => {
    let p = emptyProgress();
    for (const id of ids) p = recordSectionAnswer(p, 'done', ids, id, ['x'], true);
    p = recordSectionAnswer(p, 'half', ids, 'a', ['x'], false);
    const summary = moduleSummary(p, [
      {section: 'done', questionIds: ids},
      {section: 'half', questionIds: ids},
      {section: 'none', questionIds: ['a', 'b']},
    ]);
    expect(summary).toMatchObject({sectionsChecked: 1, answered: 4, right: 3, total: 8});
    expect(summary.toRevisit.map((s) => s.section)).toEqual(['half']);
    expect(summary.notStarted.map((s) => s.section)).toEqual(['none']);
  });
});

describe('the sidebar scores', () => {
  it('shows right/total with a tick once every question is answered, and says it in words', () => {
    let p = emptyProgress();
    p = recordSectionAnswer(p, 'lora-qlora', ids, 'a', ['x'], true);
    expect(sidebarScoreTexts(serializeProgress(p))).toEqual({'lora-qlora': '"1/3" / "1 of 3 right, unfinished"'});
    p = recordSectionAnswer(p, 'lora-qlora', ids, 'b', ['x'], false);
    p = recordSectionAnswer(p, 'lora-qlora', ids, 'c', ['x'], true);
    expect(sidebarScoreTexts(serializeProgress(p))).toEqual({'lora-qlora': '"✓ 2/3" / "2 of 3 right"'});
  });

  it('shows nothing for nothing stored or for garbage', () => {
    for (const text of [null, '', '{', '[]', '{"sections":{"s":{"total":0,"answers":{"a":{}}}}}', '{"sections":{"s":null}}']) {
      expect(sidebarScoreTexts(text)).toEqual({});
    }
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => Object.values(sidebarScoreTexts(text)).every((t) => /^"(✓ )?\d+\/\d+" \/ "\d+ of \d+ right(, unfinished)?"$/.test(t))));
  });

  it('has a CSS rule for every section of the module, with and without a trailing slash', () => {
    const css = readFileSync(path.resolve('src/css/sidebar-scores.css'), 'utf8');
    const sections = moduleSections.map((s) => s.path.split('/').pop());
    const ruled = [...css.matchAll(/content: var\(--t1-score-([\w-]+), none\)/g)].map((m) => m[1]);
    expect(ruled).toEqual(sections);
    for (const section of sections) {
      expect(css).toContain(`.menu__link[href$='/${section}']::after,\n.menu__link[href$='/${section}/']::after {\n  content: var(--t1-score-${section}, none);`);
    }
  });
});
