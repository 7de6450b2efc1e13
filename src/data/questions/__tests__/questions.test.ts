/**
 * The questions as data: every section has its block, every question is well formed, single-choice questions have
 * exactly one right option, numbers have a tolerance, every option explains itself, and every correction the site
 * marks in the docs is taught by a question.
 */
import {describe, expect, it} from 'vitest';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {moduleSections} from '@site/src/data/sections';
import type {Question} from '../types';
import {links} from '../links';
import {allSections, sectionFiles, slugOf} from './allSections';
import {allSections as bundledTogether} from '../all';

const everyQuestion = allSections.flatMap((s) => s.questions.map((question) => ({section: s.section, question})));
const label = ({section, question}: {section: string; question: Question}) => `${section}/${question.id}`;

describe('sections', () => {
  it('every module section has a question file named for its page, and every file is a module section', () => {
    expect(Object.keys(sectionFiles).sort()).toEqual(moduleSections.map((s) => slugOf(s.path)).sort());
    for (const [file, questions] of Object.entries(sectionFiles)) expect(questions.section, file).toBe(file);
  });

  it('all.ts holds every section file, in the module’s order', () => {
    expect(bundledTogether).toEqual(allSections);
  });

  it.each(allSections.map((s) => [s.section, s] as const))('%s has 4 to 6 questions with unique ids', (_, s) => {
    expect(s.questions.length).toBeGreaterThanOrEqual(4);
    expect(s.questions.length).toBeLessThanOrEqual(6);
    expect(new Set(s.questions.map((q) => q.id)).size).toBe(s.questions.length);
  });

  it('the module mixes single choice, multiple choice, numbers and engine-graded scenarios', () => {
    const kinds = new Set(everyQuestion.map(({question}) => question.kind));
    expect([...kinds].sort()).toEqual(['multiple', 'numeric', 'single']);
    const engines = new Set(everyQuestion.map(({question}) => question.source?.engine).filter(Boolean));
    expect([...engines].sort()).toEqual(['customization-fit', 'decision-tree', 'lora-memory']);
  });
});

const TEXT = /\S/;
const SENTENCE_END = /[.!?”)]$/;

describe.each(everyQuestion.map((entry) => [label(entry), entry.question] as const))('%s', (_, question) => {
  it('has a URL-safe id, a prompt and a link to where the site teaches it', () => {
    expect(question.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(question.prompt).toMatch(TEXT);
    expect(Object.values(links)).toContainEqual(question.learnMore);
  });

  it('prints no NaN, undefined or [object Object]', () => {
    expect(JSON.stringify(question)).not.toMatch(/NaN|undefined|\[object Object\]|Infinity/);
  });

  if (question.kind === 'numeric') {
    it('has a finite answer, a tolerance, a unit and the working; no typical mistake counts as right', () => {
      expect(Number.isFinite(question.answer)).toBe(true);
      expect(question.tolerance.value).toBeGreaterThanOrEqual(0);
      expect(question.unit).toMatch(TEXT);
      expect(question.working).toMatch(TEXT);
      for (const mistake of question.mistakes ?? []) {
        const allowed = question.tolerance.kind === 'absolute' ? question.tolerance.value : question.tolerance.value * Math.abs(question.answer);
        expect(Math.abs(mistake.value - question.answer), mistake.why).toBeGreaterThan(allowed);
        expect(mistake.why).toMatch(SENTENCE_END);
      }
    });
    it('states its tolerance in the prompt', () => {
      expect(question.prompt).toMatch(/within|exact/i);
    });
  } else {
    it('has at least three options with unique ids, each with a reason that ends a sentence', () => {
      expect(question.options.length).toBeGreaterThanOrEqual(3);
      expect(new Set(question.options.map((o) => o.id)).size).toBe(question.options.length);
      for (const option of question.options) {
        expect(option.id).toMatch(/^[A-Za-z0-9][\w.-]*$/);
        expect(option.text).toMatch(TEXT);
        expect(option.why, option.id).toMatch(SENTENCE_END);
        if (option.learnMore) expect(Object.values(links)).toContainEqual(option.learnMore);
      }
    });
    if (question.kind === 'single') {
      it('has exactly one right option', () => {
        expect(question.options.filter((o) => o.correct)).toHaveLength(1);
      });
    } else {
      it('says "Select all that apply" and has at least one right and one wrong option', () => {
        expect(question.prompt).toMatch(/Select all that apply\.$/);
        expect(question.options.some((o) => o.correct)).toBe(true);
        expect(question.options.some((o) => !o.correct)).toBe(true);
      });
    }
  }

  it('links a correction it teaches to the correction note', () => {
    if (!question.correction) return;
    expect(question.correction.link.anchor).toMatch(/^correction-/);
    expect(question.correction.moduleSays).toMatch(TEXT);
  });

  it('has a widget link exactly when an engine computes its key', () => {
    expect(Boolean(question.widget)).toBe(Boolean(question.source));
  });
});

describe('corrections', () => {
  const docsDir = path.resolve('docs');
  const correctionIds = readdirSync(docsDir)
    .filter((file) => file.endsWith('.mdx'))
    .flatMap((file) => [...readFileSync(path.join(docsDir, file), 'utf8').matchAll(/\{#(correction-[\w-]+)/g)].map((m) => m[1]));

  it('the docs mark corrections', () => {
    expect(correctionIds.length).toBeGreaterThanOrEqual(8);
  });

  it.each(correctionIds)('the correction %s is taught by a question that says so', (id) => {
    const teaching = everyQuestion.filter(({question}) => question.correction?.link.anchor === id);
    expect(teaching.map(label)).not.toEqual([]);
  });

  it('a question whose main link is a correction note says it corrects the module', () => {
    for (const entry of everyQuestion) {
      if (entry.question.learnMore.anchor.startsWith('correction-')) expect(entry.question.correction, label(entry)).toBeDefined();
    }
  });
});
