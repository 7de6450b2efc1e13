/** Every section's questions, for the overview and the module check: one chunk of their own, loaded when needed. */
import type {ModuleSection} from '@site/src/data/sections';
import type {SectionQuestions} from '@site/src/data/questions/types';

/** The slug of a module page: `/t1/lora-qlora` → `lora-qlora`, the name of its questions' file. */
export function sectionIdOf(section: ModuleSection): string {
  return section.path.split('/').pop() ?? '';
}

/** Every section's questions, in the module's order. */
export async function loadAllSections(): Promise<readonly SectionQuestions[]> {
  return (await import('@site/src/data/questions/all')).allSections;
}
