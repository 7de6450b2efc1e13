/**
 * The plan's first section: the flowchart's answers and outcome, and the method the fit table recommends, with the
 * reason — each read by its widget's own engine. Pure: no React, no DOM.
 */
import {decisionTree} from '@site/src/components/DecisionFlow/decisionTree';
import {labelText, splitIcon, walkFromSearch} from '@site/src/components/DecisionFlow/decisionFlow';
import {DATA_SIZE_QUESTION_ID, countFits, dataSizeAnswer} from '@site/src/components/DecisionFlow/dataSizeAnswers';
import type {CalculatorMethod} from '@site/src/components/DecisionFlow/decisionTree';
import {fitTable, type FitRow} from '@site/src/components/CustomizationFit/fitVerdicts';
import {formatCount, formatUsd} from '@site/src/components/CustomizationFit/formatNumbers';
import {parseSituationQuery, QUERY_KEYS as FIT_KEYS} from '@site/src/components/CustomizationFit/situationQuery';
import type {Situation} from '@site/src/components/CustomizationFit/situation';
import {problemsToday} from '@site/src/data/customizationMethods';

export interface FlowPart {
  answers: Array<{question: string; answer: string}>;
  /** The recommendation reached, or null while a question is open. */
  outcome: {id: string; label: string; explanation: string; learnMore: {to: string; title: string; why: string}; methods: CalculatorMethod[]} | null;
  /** The open question, when no outcome is reached yet. */
  openQuestion: string | null;
  /** The answer given at "How much data do you have?", by key. */
  dataSizeKey: string | null;
  /** Why the link's answers could not be followed, or null. */
  problem: string | null;
}

export interface FitPart {
  situation: Situation;
  /** What the reader's situation is, in one line: "30 examples, $1,000, 30 days, domain language". */
  situationText: string;
  /** Fields the link did not give: the table's defaults stand in for them. */
  defaults: string[];
  startHere: {name: string; reason: string} | null;
  nextStep: {name: string; reason: string} | null;
  /** The first fine-tuning method the table lets through, or the first that is the right tool. */
  training: {id: 'lora' | 'full-fine-tuning'; name: string; verdict: FitRow['verdict']; reason: string} | null;
  fitting: string[];
  messages: string[];
}

export function readFlowPart(part: string): FlowPart {
  const {walk, problem} = walkFromSearch(decisionTree, part);
  const outcome = walk.outcome;
  const dataSize = walk.answered.find((step) => step.question.id === DATA_SIZE_QUESTION_ID);
  return {
    answers: walk.answered.map(({question, answer}) => ({question: labelText(question.label), answer: labelText(answer.label)})),
    outcome: outcome
      ? {
          id: outcome.id,
          label: splitIcon(labelText(outcome.label)).text,
          explanation: outcome.explanation,
          learnMore: outcome.learnMore[0],
          methods: outcome.calculatorMethods,
        }
      : null,
    openQuestion: outcome ? null : labelText(walk.current.label),
    dataSizeKey: dataSize?.answer.key ?? null,
    problem,
  };
}

const FIELD_NAMES: Record<keyof Situation, string> = {
  examples: 'examples',
  budgetUsd: 'budget',
  days: 'days',
  problem: 'what is wrong today',
  tokensPerExample: 'tokens per example',
  epochs: 'epochs',
};

const TRAINING_METHODS = ['lora', 'full-fine-tuning'] as const;

export function readFitPart(part: string): FitPart {
  const {situation, messages} = parseSituationQuery(part);
  const given = new URLSearchParams(part);
  const defaults = (['budgetUsd', 'days', 'problem'] as const).filter((field) => !given.has(FIT_KEYS[field])).map((field) => FIELD_NAMES[field]);
  const table = fitTable(situation);
  const goal = problemsToday.find((p) => p.id === situation.problem)?.label ?? situation.problem;
  const days = situation.days === 0 ? 'less than a day' : `${formatCount(situation.days)} day${situation.days === 1 ? '' : 's'}`;
  const trainingRows = table.rows.filter((row) => (TRAINING_METHODS as readonly string[]).includes(row.method.id));
  const training = trainingRows.find((row) => row.verdict === 'Fits') ?? trainingRows.find((row) => row.verdict !== 'Wrong tool') ?? null;
  return {
    situation,
    situationText: `${formatCount(situation.examples)} examples, ${formatUsd(situation.budgetUsd)}, ${days}, ${goal.toLowerCase()}`,
    defaults,
    startHere: table.startHere ? {name: table.startHere.method.name, reason: table.startHere.reason} : null,
    nextStep: table.nextStep ? {name: table.nextStep.method.name, reason: table.nextStep.reason} : null,
    training: training ? {id: training.method.id as 'lora' | 'full-fine-tuning', name: training.method.name, verdict: training.verdict, reason: training.reason} : null,
    fitting: table.rows.filter((row) => row.verdict === 'Fits').map((row) => row.method.name),
    messages: messages.map((message) => `fit.${message}`),
  };
}

/** What the flowchart's first answer says is wrong, in the fit table's terms. */
const GOAL_OF_FIRST_ANSWER: Record<string, string> = {'no-domain': 'domain', 'wrong-format': 'format'};

/** Where the flowchart and the fit table say different things about the same fact, each in a sentence. */
export function flowAndFitDisagreements(flowPart: string, flow: FlowPart, fitPart: string, fit: FitPart): string[] {
  const notes: string[] = [];
  const given = new URLSearchParams(fitPart);
  const size = flow.dataSizeKey ? dataSizeAnswer(flow.dataSizeKey) : undefined;
  if (size && given.has(FIT_KEYS.examples) && !countFits(size, fit.situation.examples)) {
    const answer = flow.answers.find((a) => a.question.includes('data'))?.answer ?? flow.dataSizeKey;
    notes.push(`The flowchart says “${answer}”; the fit table counts ${formatCount(fit.situation.examples)} examples.`);
  }
  const firstKey = new URLSearchParams(flowPart).get('answers')?.split(',')[0] ?? '';
  const goal = GOAL_OF_FIRST_ANSWER[firstKey];
  if (goal && given.has(FIT_KEYS.problem) && goal !== fit.situation.problem) {
    const label = problemsToday.find((p) => p.id === fit.situation.problem)?.label ?? fit.situation.problem;
    notes.push(`The flowchart’s first answer is “${flow.answers[0]?.answer}”; the fit table’s goal is “${label}”.`);
  }
  return notes;
}

