/**
 * T1.1's customization spectrum as data: the eight methods with their effort,
 * data, cost and "when to use", each cell held as the number the
 * customization-fit widget judges with, and the seed's exact cell text
 * derived from it (see the *Text functions). The static table on
 * /t1/customization-spectrum and the widget under it read this one list.
 */
import type {AzureFineTuningMethod} from './azureFineTuning';

export type CustomizationMethodId =
  | 'prompt-engineering'
  | 'few-shot'
  | 'rag'
  | 'system-instructions'
  | 'lora'
  | 'full-fine-tuning'
  | 'continued-pre-training'
  | 'from-scratch';

/** The module's effort words, least to most. */
export type EffortLevel = 'Minutes' | 'Hours' | 'Days' | 'Days-Weeks' | 'Weeks' | 'Weeks-Months' | 'Months-Years';

export interface EffortReading {
  level: EffortLevel;
  /** The fewest whole days of the reader's time the word can mean: the lower end of its range. */
  minDays: number;
  /** How the day count was read from the word, for the page. */
  reading: string;
}

/**
 * How many days each effort word needs at least. A range ("Days-Weeks")
 * counts from its lower end, as the data and cost ranges do; a plural ("Days",
 * "Weeks", "Months") means at least two of them. Anything in hours fits in
 * less than a day, which the reader states as 0 days.
 */
export const effortLevels: readonly EffortReading[] = [
  {level: 'Minutes', minDays: 0, reading: 'fits in less than a day'},
  {level: 'Hours', minDays: 0, reading: 'fits in less than a day'},
  {level: 'Days', minDays: 2, reading: '“Days”: at least two days'},
  {level: 'Days-Weeks', minDays: 2, reading: 'from its lower end, “Days”: at least two days'},
  {level: 'Weeks', minDays: 14, reading: '“Weeks”: at least two weeks'},
  {level: 'Weeks-Months', minDays: 14, reading: 'from its lower end, “Weeks”: at least two weeks'},
  {level: 'Months-Years', minDays: 60, reading: 'from its lower end, “Months”: at least two months of 30 days'},
];

/** What is wrong today: the reader's problem, in the order the widget lists it. */
export type ProblemToday = 'format' | 'domain' | 'knowledge' | 'behavior' | 'new-domain' | 'cost';

export interface ProblemTodayInfo {
  id: ProblemToday;
  /** In the reader's words. */
  label: string;
  /** The seed rows this problem stands for. */
  seedRows: readonly string[];
}

export const problemsToday: readonly ProblemTodayInfo[] = [
  {
    id: 'format',
    label: 'Output format or style',
    seedRows: ['T1.1 Few-Shot Examples: “When output format matters”', 'T1.2 Fine-Tune When: “Consistent output format”'],
  },
  {
    id: 'domain',
    label: 'Domain language',
    seedRows: ['T1.1 LoRA Fine-Tuning: “When domain language/style matters”', 'T1.2 Fine-Tune When: “Domain-specific language”'],
  },
  {
    id: 'knowledge',
    label: 'Needs current or new knowledge',
    seedRows: [
      'T1.2 Don’t Fine-Tune When: “Model needs current/changing data” → RAG',
      'T1.2 Don’t Fine-Tune When: “You want to add new knowledge” → “RAG, not fine-tuning”',
      'T1.2 Critical Insight: fine-tuning teaches how to respond, not what to know',
    ],
  },
  {
    id: 'behavior',
    label: 'Behaviour or alignment',
    seedRows: [
      'T1.1 System Instructions: “When behavioral alignment matters”',
      'T1.1 Full Fine-Tuning: “When deep behavioral change needed”',
      'T1.2 Fine-Tune When: “Behavioral alignment”',
    ],
  },
  {
    id: 'new-domain',
    label: 'A new language or domain',
    seedRows: ['T1.1 Continued Pre-Training: “New domain/language”'],
  },
  {
    id: 'cost',
    label: 'Cost or latency of long prompts',
    seedRows: ['T1.2 Fine-Tune When: “Cost reduction” and “Latency reduction”'],
  },
];

export type DataNeeded =
  /** "0": nothing to collect. */
  | {kind: 'none'}
  /** "100–10K examples": labelled examples, judged from the lower end. */
  | {kind: 'examples'; min: number; max: number}
  /** "Millions of tokens": raw text, counted in examples at the reader's tokens per example. */
  | {kind: 'tokens'; minTokens: number}
  /** "Your knowledge base": something other than labelled examples; never "not enough data". */
  | {kind: 'not-examples'; text: string};

export type CostRange =
  /** "Free": nothing to pay. */
  | {kind: 'free'}
  /** "Minimal", "Medium": a word, no dollar figure. minUsd null: not judged on budget. */
  | {kind: 'word'; text: string; minUsd: number | null}
  /** "$50–$500", "$1M–$100M+": judged from the lower end. */
  | {kind: 'usd'; minUsd: number; maxUsd: number; openEnded: boolean};

export interface CustomizationMethod {
  id: CustomizationMethodId;
  name: string;
  effort: EffortLevel;
  data: DataNeeded;
  cost: CostRange;
  whenToUse: string;
  /**
   * The problems this method is the wrong tool for, each with the reason
   * shown to the reader. Every other problem: a candidate, judged on data,
   * budget and time.
   */
  wrongToolFor: Partial<Record<ProblemToday, string>>;
  /** Advice to add when the reader has too little data, from T1.2. */
  tooLittleDataAdvice?: string;
  /** How Azure AI Foundry runs this method (T1.9), for the reader's own cost. */
  azureMethod?: AzureFineTuningMethod;
}

const FINE_TUNING_IS_NOT_FOR_KNOWLEDGE =
  'Fine-tuning teaches the model how to respond, not what to know (T1.2’s Critical Insight): for new or changing knowledge, use RAG.';
const ONLY_FOR_FRONTIER_LABS =
  'Only for frontier labs: this problem is served by adapting an existing model, not by building a new one.';

/** T1.1's table, in the module's order. */
export const customizationMethods: readonly CustomizationMethod[] = [
  {
    id: 'prompt-engineering',
    name: 'Prompt Engineering',
    effort: 'Minutes',
    data: {kind: 'none'},
    cost: {kind: 'free'},
    whenToUse: 'Always start here',
    // The module's first rule: start with prompts, whatever the problem.
    wrongToolFor: {},
  },
  {
    id: 'few-shot',
    name: 'Few-Shot Examples',
    effort: 'Hours',
    data: {kind: 'examples', min: 5, max: 20},
    // Examples ride along in every call: no up-front spend.
    cost: {kind: 'word', text: 'Minimal', minUsd: 0},
    whenToUse: 'When output format matters',
    wrongToolFor: {
      knowledge: 'Examples show how to answer, not what is true now: for new or changing knowledge, use RAG.',
      'new-domain': 'A handful of examples cannot teach a new language or domain; T1.1 gives that to continued pre-training.',
      cost: 'Few-shot examples ride along in every call: longer prompts, not shorter (T1.2: fine-tuning removes them).',
    },
  },
  {
    id: 'rag',
    name: 'RAG',
    effort: 'Days',
    data: {kind: 'not-examples', text: 'Your knowledge base'},
    // The module gives no dollar figure for "Medium", so budget does not rule RAG out.
    cost: {kind: 'word', text: 'Medium', minUsd: null},
    whenToUse: 'When accuracy on specific data matters',
    wrongToolFor: {
      format: 'Retrieval adds facts to the prompt; it does not change the shape or style of the answer.',
      behavior: 'Retrieval supplies facts, not a way of behaving (T1.2: for new behavior, use fine-tuning).',
      cost: 'Retrieved passages go into every prompt: longer prompts, not shorter.',
    },
  },
  {
    id: 'system-instructions',
    name: 'System Instructions',
    effort: 'Hours',
    data: {kind: 'not-examples', text: 'Rules & constraints'},
    cost: {kind: 'free'},
    whenToUse: 'When behavioral alignment matters',
    wrongToolFor: {
      knowledge: 'Rules and constraints add no facts: for new or changing knowledge, use RAG.',
      'new-domain': 'Rules and constraints cannot teach a new language or domain.',
      cost: 'A long system message is the cost itself; T1.2 trains that behavior into the model instead.',
    },
  },
  {
    id: 'lora',
    name: 'LoRA Fine-Tuning',
    effort: 'Days-Weeks',
    data: {kind: 'examples', min: 100, max: 10_000},
    cost: {kind: 'usd', minUsd: 50, maxUsd: 500, openEnded: false},
    whenToUse: 'When domain language/style matters',
    wrongToolFor: {knowledge: FINE_TUNING_IS_NOT_FOR_KNOWLEDGE},
    tooLittleDataAdvice: 'T1.2: with fewer, use few-shot prompting, or collect more.',
    azureMethod: 'LoRA',
  },
  {
    id: 'full-fine-tuning',
    name: 'Full Fine-Tuning',
    effort: 'Weeks',
    data: {kind: 'examples', min: 10_000, max: 100_000},
    cost: {kind: 'usd', minUsd: 1_000, maxUsd: 50_000, openEnded: false},
    whenToUse: 'When deep behavioral change needed',
    wrongToolFor: {knowledge: FINE_TUNING_IS_NOT_FOR_KNOWLEDGE},
    tooLittleDataAdvice: 'T1.2’s flowchart: with fewer, LoRA.',
    azureMethod: 'Full FT',
  },
  {
    id: 'continued-pre-training',
    name: 'Continued Pre-Training',
    effort: 'Weeks-Months',
    data: {kind: 'tokens', minTokens: 1e6},
    cost: {kind: 'usd', minUsd: 10_000, maxUsd: 1_000_000, openEnded: false},
    whenToUse: 'New domain/language',
    wrongToolFor: {
      format: 'Pre-training on raw text teaches a domain’s language, not an output format.',
      knowledge: 'Pre-training bakes in a snapshot of text: for new or changing knowledge, use RAG.',
      behavior: 'Pre-training on raw text teaches language, not behavior; fine-tuning teaches behavior.',
      cost: 'Pre-training on raw text does not shorten the instructions sent with every call; fine-tuning does.',
    },
  },
  {
    id: 'from-scratch',
    name: 'Training From Scratch',
    effort: 'Months-Years',
    data: {kind: 'tokens', minTokens: 1e12},
    cost: {kind: 'usd', minUsd: 1_000_000, maxUsd: 100_000_000, openEnded: true},
    whenToUse: 'Only for frontier labs',
    // The one problem a new base model can answer: a language or domain no existing model covers.
    wrongToolFor: {
      format: ONLY_FOR_FRONTIER_LABS,
      domain: ONLY_FOR_FRONTIER_LABS,
      knowledge: ONLY_FOR_FRONTIER_LABS,
      behavior: ONLY_FOR_FRONTIER_LABS,
      cost: ONLY_FOR_FRONTIER_LABS,
    },
  },
];

/** T1.1's column headings, as the module writes them. */
export const customizationTableHeader = ['Method', 'Effort', 'Data Needed', 'Cost', 'When to Use'] as const;

/** 10_000 → "10K", 1_000_000 → "1M", 500 → "500": how T1.1 abbreviates. */
export function seedShortNumber(value: number): string {
  if (value >= 1e6 && value % 1e6 === 0) return `${value / 1e6}M`;
  if (value >= 1e3 && value % 1e3 === 0) return `${value / 1e3}K`;
  return String(value);
}

const TOKEN_MAGNITUDES: ReadonlyArray<readonly [number, string]> = [
  [1e12, 'Trillions'],
  [1e9, 'Billions'],
  [1e6, 'Millions'],
  [1e3, 'Thousands'],
];

/** 1e6 → "Millions", 1e12 → "Trillions". */
export function tokenMagnitudeWord(tokens: number): string {
  const match = TOKEN_MAGNITUDES.find(([size]) => tokens === size);
  if (!match) throw new Error(`No word for ${tokens} tokens: use a power of 1,000.`);
  return match[1];
}

/** The seed's "Data Needed" cell. */
export function dataNeededText(data: DataNeeded): string {
  switch (data.kind) {
    case 'none':
      return '0';
    case 'examples':
      return `${seedShortNumber(data.min)}–${seedShortNumber(data.max)} examples`;
    case 'tokens':
      return `${tokenMagnitudeWord(data.minTokens)} of tokens`;
    case 'not-examples':
      return data.text;
  }
}

/** The seed's "Cost" cell. */
export function costText(cost: CostRange): string {
  switch (cost.kind) {
    case 'free':
      return 'Free';
    case 'word':
      return cost.text;
    case 'usd':
      return `$${seedShortNumber(cost.minUsd)}–$${seedShortNumber(cost.maxUsd)}${cost.openEnded ? '+' : ''}`;
  }
}

/** The least a method costs in US dollars, or null where the module gives no figure. */
export function minCostUsd(cost: CostRange): number | null {
  switch (cost.kind) {
    case 'free':
      return 0;
    case 'word':
      return cost.minUsd;
    case 'usd':
      return cost.minUsd;
  }
}

export function effortReading(level: EffortLevel): EffortReading {
  const reading = effortLevels.find((e) => e.level === level);
  if (!reading) throw new Error(`Unknown effort level ${level}.`);
  return reading;
}

/** Position on the least-to-most effort scale (0 = Minutes). */
export function effortOrder(level: EffortLevel): number {
  return effortLevels.findIndex((e) => e.level === level);
}

/** One row of T1.1's table, cell text exactly as the module writes it. */
export function seedTableRow(method: CustomizationMethod): [string, string, string, string, string] {
  return [method.name, method.effort, dataNeededText(method.data), costText(method.cost), method.whenToUse];
}
