/** The decision flowchart's part of the scenario: its answers (`?answers=…`), the data-size answer among them. */
import {decisionTree} from '@site/src/components/DecisionFlow/decisionTree';
import {ANSWERS_PARAM, labelText, searchWithAnswers, walkFromSearch} from '@site/src/components/DecisionFlow/decisionFlow';
import {DATA_SIZE_QUESTION_ID, dataSizeAnswerFor} from '@site/src/components/DecisionFlow/dataSizeAnswers';
import {formatInteger} from '@site/src/utils/numberFormat';
import {SOURCE_LABELS} from '../facts';
import type {WidgetAdapter} from './types';
import {hasAnyKey} from './types';

/** The answers a query leads to, as the flowchart follows them (a broken list is no answers). */
const answerKeysOf = (search: string) => {
  const {walk, problem} = walkFromSearch(decisionTree, search);
  return problem ? [] : walk.answerKeys;
};

export const flowchartAdapter: WidgetAdapter = {
  widget: 'flowchart',
  facts: ['flowAnswers'],
  hasOwnKeys: (search) => hasAnyKey(search, [ANSWERS_PARAM]),
  ownPart: (search) => searchWithAnswers('', answerKeysOf(search)).replace(/^\?/, ''),
  readFacts: (search) => ({flowAnswers: answerKeysOf(search).join(',')}),
  writeFact(search, id, value) {
    if (id !== 'flowAnswers') return search;
    const keys = String(value) === '' ? [] : String(value).split(',');
    return searchWithAnswers(search, keys);
  },
  describe(id, value) {
    if (id !== 'flowAnswers') return id;
    const {walk, problem} = walkFromSearch(decisionTree, new URLSearchParams({[ANSWERS_PARAM]: String(value)}).toString());
    if (problem || walk.answered.length === 0) return 'Your answers: none yet';
    const last = walk.answered[walk.answered.length - 1];
    const where = walk.outcome ? `recommendation “${labelText(walk.outcome.label)}”` : `at “${labelText(walk.current.label)}”`;
    return `Your answers: ${walk.answered.length} (last: “${labelText(last.answer.label)}”), ${where}`;
  },
  hints(search, facts) {
    const examples = facts.examples;
    if (!examples) return [];
    const {walk, problem} = walkFromSearch(decisionTree, search);
    if (problem) return [];
    const atQuestion = walk.current.kind === 'question' && walk.current.id === DATA_SIZE_QUESTION_ID;
    const answered = walk.answered.find((step) => step.question.id === DATA_SIZE_QUESTION_ID);
    if (!atQuestion && !answered) return [];
    const question = decisionTree.nodes.find((node) => node.id === DATA_SIZE_QUESTION_ID);
    const matching = question?.kind === 'question' ? question.answers.find((answer) => answer.key === dataSizeAnswerFor(examples.value).key) : undefined;
    if (!matching) return [];
    const count = `${formatInteger(examples.value)} labelled example${examples.value === 1 ? '' : 's'} (${SOURCE_LABELS[examples.source]})`;
    if (answered && answered.answer.key === matching.key) return [`Your answer “${labelText(matching.label)}” agrees with your plan’s ${count}.`];
    return [`Your plan has ${count}: at “${labelText(question!.label)}” that is “${labelText(matching.label)}”.`];
  },
};
