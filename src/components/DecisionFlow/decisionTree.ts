/**
 * The T1.2 decision flowchart ("Does the model understand your task?") as
 * data. The diagram's Mermaid source, the step-by-step questions and the
 * plain rules list are all generated from this one definition, so they
 * cannot disagree. Node ids, node texts and edge labels are the seed's,
 * character for character (line breaks included, as the diagram draws them).
 *
 * Kept free of React and Docusaurus imports: docusaurus.config.ts loads it
 * (through src/plugins/generatedDiagrams.ts) to draw the diagram at build time.
 */

import {moduleSections} from '../../data/sections';
import {courseTool} from '../../data/tools';

/** A page of the module that teaches what an outcome recommends. */
export interface SectionLink {
  /** Site path, e.g. `/t1/lora-qlora`. */
  to: string;
  /** The page's title, from src/data/sections.ts. */
  title: string;
  /** What the reader will find there for this outcome. */
  why: string;
}

/** Methods the LoRA memory calculator can emphasise (its `method` query parameter). */
export type CalculatorMethod = 'qlora' | 'lora' | 'full';

/** One answer button: the seed's edge label and where it leads. */
export interface DecisionAnswer {
  /** Stable slug for the query string (`?answers=no-domain,still-poor,…`); unique within its question. */
  key: string;
  /** The seed's edge label, line breaks as in the seed. */
  label: string;
  /** Node the answer leads to. */
  next: string;
}

/** A node that asks the reader something. */
export interface QuestionNode {
  kind: 'question';
  id: string;
  /** The seed's node text: the question as the diagram shows it. */
  label: string;
  /** One line under the question that says what it means in practice. */
  hint: string;
  answers: DecisionAnswer[];
}

/**
 * A node the walk passes through without a question (the seed's FT node: an
 * interim verdict with one unlabelled edge onwards).
 */
export interface StepNode {
  kind: 'step';
  id: string;
  label: string;
  next: string;
  /** Shown above the next question, so the reader sees the interim verdict. */
  summary: string;
}

/** Where a walk ends: a recommendation. */
export interface OutcomeNode {
  kind: 'outcome';
  id: string;
  label: string;
  /** A few sentences: what to do and why. */
  explanation: string;
  /** The sections that teach it, most relevant first. */
  learnMore: SectionLink[];
  /** Methods to size in the LoRA memory calculator, most recommended first (empty when no training is advised). */
  calculatorMethods: CalculatorMethod[];
}

export type DecisionNode = QuestionNode | StepNode | OutcomeNode;

/** A `style` line of the diagram, kept as the seed wrote it. */
export interface DiagramStyle {
  node: string;
  css: string;
}

export interface DecisionTree {
  /** Mermaid flowchart direction. */
  direction: 'TB' | 'LR';
  /** Id of the first question. */
  start: string;
  /** Every node, in the order the seed's diagram first mentions it (this order also lays out the Mermaid source). */
  nodes: DecisionNode[];
  diagramStyles: DiagramStyle[];
}

/** Id of the generated diagram: its ```mermaid block uses generated="decision-tree" and the SVG gets data-diagram="decision-tree". */
export const DECISION_DIAGRAM_ID = 'decision-tree';

/** A link to a module page; an unknown path fails the build (this file is loaded by docusaurus.config.ts). */
function sectionLink(path: string, why: string): SectionLink {
  const section = moduleSections.find((candidate) => candidate.path === path);
  if (!section) throw new Error(`The decision tree links to ${path}, which is not a module section (src/data/sections.ts).`);
  return {to: section.path, title: section.title, why};
}

const sections = {
  spectrum: sectionLink('/t1/customization-spectrum', 'prompting, few-shot examples and RAG, and what each costs'),
  methods: sectionLink('/t1/fine-tuning-methods', 'full fine-tuning, LoRA and QLoRA compared'),
  loraQlora: sectionLink('/t1/lora-qlora', 'how LoRA and QLoRA work, and their best practices'),
  data: sectionLink('/t1/data-preparation', 'how much data you need, and how to make it good'),
  evaluation: sectionLink('/t1/evaluation', 'how to tell whether fine-tuning worked'),
  takeaways: sectionLink('/t1/key-takeaways', 'the five rules of model customization'),
};

export const decisionTree: DecisionTree = {
  direction: 'TB',
  start: 'START',
  nodes: [
    {
      kind: 'question',
      id: 'START',
      label: 'Does the model\nunderstand your task?',
      hint: 'Try the base model on a handful of real inputs from your task, with a plain prompt, and judge what comes back.',
      answers: [
        {key: 'no-domain', label: "No, it doesn't\nget the domain", next: 'Q2'},
        {key: 'wrong-format', label: 'Yes, but output\nformat/style is wrong', next: 'Q3'},
        {key: 'works-well', label: 'Yes, and\nit works well', next: 'DONE'},
      ],
    },
    {
      kind: 'question',
      id: 'Q2',
      label: 'Have you tried\ndetailed prompting + RAG?',
      hint: 'Detailed prompting: clear instructions and context in the prompt. RAG: your own documents retrieved into the prompt at question time.',
      answers: [
        {key: 'still-poor', label: 'Yes, still poor', next: 'FT'},
        {key: 'no', label: 'No', next: 'TRY_RAG'},
      ],
    },
    {
      kind: 'question',
      id: 'Q3',
      label: 'Have you tried\nfew-shot examples?',
      hint: 'Few-shot: a handful of worked examples of the output you want, placed in the prompt.',
      answers: [
        {key: 'still-inconsistent', label: 'Yes, still inconsistent', next: 'FT'},
        {key: 'no', label: 'No', next: 'TRY_FEW'},
      ],
    },
    {
      kind: 'outcome',
      id: 'DONE',
      label: "✅ Don't fine-tune!\nOptimize prompts",
      explanation:
        'The model already understands your task and gives you what you need, so fine-tuning would add cost, a dataset to build and a model to maintain for little gain. Put the effort into the prompt instead: clearer instructions, a system message, a few examples. Prompt engineering is where every customization should start.',
      learnMore: [sections.spectrum, sections.takeaways],
      calculatorMethods: [],
    },
    {
      kind: 'step',
      id: 'FT',
      label: '🔧 Fine-tune\n(LoRA recommended)',
      next: 'Q4',
      summary: 'Your answers point to fine-tuning, with LoRA as the default method. How much data you have decides which kind.',
    },
    {
      kind: 'outcome',
      id: 'TRY_RAG',
      label: 'Try RAG first.\nFine-tune if still poor.',
      explanation:
        'The model is missing knowledge of your domain, and retrieval is the cheaper fix: RAG looks up your own documents at question time and puts them in the prompt, so answers can use current facts without any training. Fine-tuning teaches a model how to respond, not what to know. If answers are still poor with detailed prompts and RAG, change your answer to “Yes, still poor”: fine-tuning is the next step.',
      learnMore: [sections.spectrum, sections.takeaways],
      calculatorMethods: [],
    },
    {
      kind: 'outcome',
      id: 'TRY_FEW',
      label: 'Try few-shot first.\nFine-tune if still inconsistent.',
      explanation:
        'Format and style problems are often fixed by showing rather than telling: put a few examples of the exact output you want into the prompt. That takes hours, not weeks, and needs no training. If the output is still inconsistent after that, change your answer to “Yes, still inconsistent”: fine-tuning on examples in the right format is the next step.',
      learnMore: [sections.spectrum, sections.takeaways],
      calculatorMethods: [],
    },
    {
      kind: 'question',
      id: 'Q4',
      label: 'How much\ndata do you have?',
      hint: 'Count training examples: real inputs paired with the ideal output, each one checked for quality.',
      answers: [
        {key: '100-1000', label: '100-1000 examples', next: 'LORA'},
        {key: '1000-10k', label: '1000-10K examples', next: 'FULL_LORA'},
        {key: '10k-plus', label: '10K+ examples', next: 'FULL'},
        {key: 'under-100', label: '< 100 examples', next: 'NOTYET'},
      ],
    },
    {
      kind: 'outcome',
      id: 'LORA',
      label: 'LoRA / QLoRA',
      explanation:
        'Fine-tune with LoRA: the model’s weights stay frozen and only small adapter matrices are trained. For a dataset of this size that is the right amount of capacity: it trains quickly and cheaply and is less likely to overfit than updating every weight. QLoRA does the same on a quantized base model, so it fits a single smaller GPU at a small cost in quality. Put your effort into the examples: a smaller set of excellent ones beats a large mediocre one.',
      learnMore: [sections.loraQlora, sections.methods, sections.data],
      calculatorMethods: ['qlora', 'lora'],
    },
    {
      kind: 'outcome',
      id: 'FULL_LORA',
      label: 'LoRA or Full FT',
      explanation:
        'You have enough data for either. Start with LoRA, the default for good reason: a fraction of the memory and cost, and quick to retrain while you iterate. Move to full fine-tuning only if LoRA falls short and you need a deeper change in behaviour: it updates every weight, needs several large GPUs and can make the model forget general skills, so evaluate for that too.',
      learnMore: [sections.methods, sections.loraQlora, sections.evaluation],
      calculatorMethods: ['lora', 'full'],
    },
    {
      kind: 'outcome',
      id: 'FULL',
      label: 'Full Fine-Tuning',
      explanation:
        'With this much data, full fine-tuning (updating every weight) can make the deepest change in behaviour, and the dataset is large enough to support it. It is the expensive option: several large GPUs, longer runs, and a risk of catastrophic forgetting, so measure general capability as well as your task. A LoRA run first gives you a cheap baseline to beat.',
      learnMore: [sections.methods, sections.evaluation, sections.loraQlora],
      calculatorMethods: ['full'],
    },
    {
      kind: 'outcome',
      id: 'NOTYET',
      label: '⚠️ Not enough data.\nCollect more or use RAG',
      explanation:
        'That is too few examples to fine-tune reliably: the model would memorise them rather than learn the pattern. Collect and curate more (quality matters more than quantity), and meanwhile use the examples you have as few-shot examples in the prompt, or answer from your documents with RAG.',
      learnMore: [sections.data, sections.spectrum],
      calculatorMethods: [],
    },
  ],
  diagramStyles: [
    {node: 'FT', css: 'fill:#f59e0b22,stroke:#f59e0b,stroke-width:2px'},
    {node: 'DONE', css: 'fill:#10b98122,stroke:#10b981,stroke-width:2px'},
    {node: 'NOTYET', css: 'fill:#ef444422,stroke:#ef4444,stroke-width:2px'},
  ],
};

/** Names of the calculator's methods as the reader sees them. */
export const calculatorMethodNames: Record<CalculatorMethod, string> = {
  qlora: 'QLoRA',
  lora: 'LoRA',
  full: 'full fine-tuning',
};

/**
 * Where the LoRA memory calculator lives and what each method link pre-sets.
 * LoRA and QLoRA share one adapter (rank 16 on all seven projections, the
 * QLoRA paper's "all linear layers"; alpha = 2 × rank, the module's rule), so
 * switching method in the calculator compares like with like.
 */
const calculator = courseTool('lora-calculator');
export const calculatorLinkBase = {path: calculator.page, anchor: calculator.section!.id} as const;
const sharedAdapter = {rank: '16', alpha: '32', targets: 'q,k,v,o,gate,up,down'};
export const calculatorPresets: Record<CalculatorMethod, Record<string, string>> = {
  qlora: {method: 'qlora', ...sharedAdapter},
  lora: {method: 'lora', ...sharedAdapter},
  full: {method: 'full'},
};
