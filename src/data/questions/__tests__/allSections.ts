/** Every section's questions, in the module's order, imported at once for the tests (the site loads each on its own). */
/// <reference types="vite/client" />
import {moduleSections} from '@site/src/data/sections';
import type {SectionQuestions} from '../types';

const files = import.meta.glob<{default: SectionQuestions}>('../sections/*.ts', {eager: true});

/** The slug of a module page: `/t1/lora-qlora` → `lora-qlora`. */
export const slugOf = (path: string) => path.split('/').pop() ?? '';

/** Question files by their file name (without .ts). */
export const sectionFiles: Record<string, SectionQuestions> = Object.fromEntries(
  Object.entries(files).map(([file, module]) => [file.replace(/^.*\/|\.ts$/g, ''), module.default]),
);

export const allSections: readonly SectionQuestions[] = moduleSections
  .map((section) => sectionFiles[slugOf(section.path)])
  .filter((questions): questions is SectionQuestions => questions !== undefined);
