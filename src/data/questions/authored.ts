/** What an author writes for an engine-graded question; the builders in *Questions.ts add the rest. */
import type {ChoiceQuestion, LinkTarget} from './types';

export interface Authored {
  id: string;
  prompt: string;
  learnMore: LinkTarget;
  correction?: ChoiceQuestion['correction'];
}

/** The authored fields of a built question. */
export function authoredFields({id, prompt, learnMore, correction}: Authored): Authored {
  return {id, prompt, learnMore, correction};
}
