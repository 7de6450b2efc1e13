/**
 * Every section's questions, for the overview and the module check: each file in src/data/questions/sections/ is a
 * chunk of its own (a section page loads only its own, through its `load` prop).
 */
import {moduleSections, type ModuleSection} from '@site/src/data/sections';
import type {SectionQuestions} from '@site/src/data/questions/types';

/** The slug of a module page: `/t1/lora-qlora` → `lora-qlora`, the name of its questions' file. */
export function sectionIdOf(section: ModuleSection): string {
  return section.path.split('/').pop() ?? '';
}

/** Every section's questions, in the module's order. */
export async function loadAllSections(): Promise<SectionQuestions[]> {
  return Promise.all(
    moduleSections.map(async (section) => {
      const module: {default: SectionQuestions} = await import(`../../data/questions/sections/${sectionIdOf(section)}.ts`);
      return module.default;
    }),
  );
}
