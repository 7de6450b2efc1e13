/**
 * The shape of a "Check your understanding" question. Questions are data: one
 * file per section in this folder, each loaded by its own page only. A question
 * whose key comes from one of the site's engines carries `source`, which says
 * what was computed, so the tests can recompute it.
 */
import type {Method} from '@site/src/components/LoraMemoryCalculator/inputs';
import type {Verdict} from '@site/src/components/CustomizationFit/fitVerdicts';

/** A section of the module, named by its page's slug: `lora-qlora` for /t1/lora-qlora (src/data/sections.ts). */
export type SectionId = string;

/** A place on the site that teaches something: a page and an element id on it. */
export interface LinkTarget {
  /** Page route, e.g. `/t1/lora-qlora`. */
  path: string;
  /** Id of a heading, a correction note or a diagram on that page (checked by a test). */
  anchor: string;
  /** Link text: what the reader finds there. */
  label: string;
}

export interface ChoiceOption {
  /** Stable within its question (stored in the reader's progress). */
  id: string;
  text: string;
  /** Shown as code (a line of JSON, a module name). */
  code?: boolean;
  correct: boolean;
  /** One or two sentences: why this option is right or wrong. */
  why: string;
  /** Where the site teaches this option's point, when it is not the question's own link. */
  learnMore?: LinkTarget;
}

/** Where an engine-graded key comes from; the tests recompute each kind independently. */
export type AnswerSource =
  /** Options are GPU ids; right = the method's estimate fits one card of that GPU. */
  | {engine: 'lora-memory'; query: string; ask: 'fits-one-card'; method: Method}
  /** Options are methods; right = the method's estimate fits one card of the query's GPU. */
  | {engine: 'lora-memory'; query: string; ask: 'methods-on-one-card'}
  /** Numeric: trainable adapter parameters (all targets, or one module in one layer), divided by `scale`. */
  | {engine: 'lora-memory'; query: string; ask: 'trainable-params'; scale: number; module?: string}
  /** Options are method ids; right = the fit table gives that method this verdict. */
  | {engine: 'customization-fit'; query: string; ask: 'verdict'; verdict: Verdict}
  /** Options are method ids; right = the row the table marks "Start here". */
  | {engine: 'customization-fit'; query: string; ask: 'start-here'}
  /** Numeric: the training cost the table shows for an Azure model, in US dollars. */
  | {engine: 'customization-fit'; query: string; ask: 'training-cost'; model: string}
  /** Options are outcome node ids; right = where the flowchart ends for these answers. */
  | {engine: 'decision-tree'; answers: readonly string[]; ask: 'outcome'};

/** "Open this in the calculator": the widget the scenario came from, with the scenario loaded through its URL. */
export interface WidgetLink {
  label: string;
  to: string;
}

interface QuestionBase {
  /** Stable within its section, URL-safe (stored in the reader's progress). */
  id: string;
  prompt: string;
  /** The place on the site that teaches the question's point. */
  learnMore: LinkTarget;
  /** Shown after Check whatever the answer: the working, or the numbers behind the key. */
  explanation?: string;
  /** Set when the question teaches the site's correction of one of the module's own figures. */
  correction?: {moduleSays: string; link: LinkTarget};
  /** Set when an engine computes the key. */
  source?: AnswerSource;
  /** Set with `source`: the widget that computes the key, with the scenario loaded. */
  widget?: WidgetLink;
}

export interface ChoiceQuestion extends QuestionBase {
  /** single: exactly one right option (radio buttons); multiple: "select all that apply" (checkboxes). */
  kind: 'single' | 'multiple';
  options: readonly ChoiceOption[];
}

export interface NumericQuestion extends QuestionBase {
  kind: 'numeric';
  answer: number;
  /** Accepted distance from the answer; the prompt states it. */
  tolerance: {kind: 'absolute' | 'relative'; value: number};
  /** What the number counts, after the input box: "million parameters". */
  unit: string;
  /** Decimals when the answer is printed. */
  decimals: number;
  /** How to get the answer, shown after Check whatever the answer. */
  working: string;
  /** Typical wrong answers and what each suggests went wrong. */
  mistakes?: readonly {value: number; why: string}[];
}

export type Question = ChoiceQuestion | NumericQuestion;

/** One section's block: what its page loads. */
export interface SectionQuestions {
  section: SectionId;
  questions: readonly Question[];
}
