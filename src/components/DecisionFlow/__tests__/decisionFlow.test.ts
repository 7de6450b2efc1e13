import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {calculatorPresets, decisionTree} from '../decisionTree';
import {
  allAnswerPaths,
  answerKeysAfter,
  answerKeysAfterBack,
  answerKeysFromSearch,
  answerKeysToChange,
  calculatorLink,
  decisionRules,
  diagramMarks,
  followAnswers,
  labelText,
  mostQuestionsOnAPath,
  outcomeCalculatorLinks,
  searchWithAnswers,
  splitIcon,
  startWalk,
  walkFromSearch,
} from '../decisionFlow';

const paths = allAnswerPaths(decisionTree);
/** Every prefix of every complete path: all the states a reader can be in. */
const reachableStates = [...new Map(paths.flatMap((path) => path.map((_, n) => path.slice(0, n + 1))).concat([[]]).map((keys) => [keys.join(','), keys])).values()];

describe('walking the tree', () => {
  it('starts at the first question with nothing answered', () => {
    const walk = startWalk(decisionTree);
    expect(walk.current.id).toBe('START');
    expect(walk.path).toEqual(['START']);
    expect(walk.answered).toEqual([]);
    expect(walk.outcome).toBeNull();
  });

  it('passes through the fine-tune verdict without a question of its own', () => {
    const {walk, problem} = followAnswers(decisionTree, ['no-domain', 'still-poor']);
    expect(problem).toBeNull();
    expect(walk.current.id).toBe('Q4');
    expect(walk.path).toEqual(['START', 'Q2', 'FT', 'Q4']);
    expect(walk.edges).toEqual([
      {from: 'START', to: 'Q2'},
      {from: 'Q2', to: 'FT'},
      {from: 'FT', to: 'Q4'},
    ]);
    expect(walk.stepsBeforeCurrent.map((step) => step.id)).toEqual(['FT']);
    expect(walk.answered.map(({question, answer}) => [question.id, labelText(answer.label)])).toEqual([
      ['START', "No, it doesn't get the domain"],
      ['Q2', 'Yes, still poor'],
    ]);
  });

  it('reaches the outcomes the seed’s flowchart draws', () => {
    const outcomeOf = (keys: string[]) => followAnswers(decisionTree, keys).walk.outcome?.id;
    expect(outcomeOf(['no-domain', 'still-poor', '100-1000'])).toBe('LORA');
    expect(outcomeOf(['wrong-format', 'still-inconsistent', '1000-10k'])).toBe('FULL_LORA');
    expect(outcomeOf(['no-domain', 'still-poor', '10k-plus'])).toBe('FULL');
    expect(outcomeOf(['wrong-format', 'still-inconsistent', 'under-100'])).toBe('NOTYET');
    expect(outcomeOf(['no-domain', 'no'])).toBe('TRY_RAG');
    expect(outcomeOf(['wrong-format', 'no'])).toBe('TRY_FEW');
    expect(outcomeOf(['works-well'])).toBe('DONE');
  });

  it('resets to the first question, saying why, when an answer does not fit', () => {
    const unknown = followAnswers(decisionTree, ['no-domain', 'maybe']);
    expect(unknown.walk).toEqual(startWalk(decisionTree));
    expect(unknown.problem).toBe('answer 2 in the link is not an answer to “Have you tried detailed prompting + RAG?”');

    const tooMany = followAnswers(decisionTree, ['works-well', 'no']);
    expect(tooMany.walk).toEqual(startWalk(decisionTree));
    expect(tooMany.problem).toBe('it has more answers than the flowchart asks for');

    const empty = followAnswers(decisionTree, ['no-domain', '']);
    expect(empty.problem).toBe('answer 2 in the link is empty, which is not an answer to “Have you tried detailed prompting + RAG?”');

    // An answer that exists, but for another question, is stale too.
    expect(followAnswers(decisionTree, ['100-1000']).problem).toMatch(/^answer 1 in the link is not an answer to “Does the model/);
  });

  it('names a bad answer by its position and never echoes URL text', () => {
    const {problem} = followAnswers(decisionTree, ['<script>NaN' + 'x'.repeat(80)]);
    expect(problem).toBe('answer 1 in the link is not an answer to “Does the model understand your task?”');
  });

  it('never throws, and either follows every answer or resets, whatever the answer list', () => {
    const someKey = fc.oneof(
      fc.constantFrom(...decisionTree.nodes.flatMap((node) => (node.kind === 'question' ? node.answers.map((a) => a.key) : []))),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(someKey, {maxLength: 6}), (keys) => {
        const {walk, problem} = followAnswers(decisionTree, keys);
        if (problem === null) {
          expect(walk.answerKeys).toEqual(keys);
          expect(walk.answered).toHaveLength(keys.length);
        } else {
          expect(walk).toEqual(startWalk(decisionTree));
        }
      }),
    );
  });
});

describe('answering, going back and changing an answer', () => {
  it('adds an answer of the current question, and refuses any other', () => {
    const walk = startWalk(decisionTree);
    expect(answerKeysAfter(walk, 'wrong-format')).toEqual(['wrong-format']);
    expect(() => answerKeysAfter(walk, 'still-poor')).toThrow(/not an answer to START/);
    const done = followAnswers(decisionTree, ['works-well']).walk;
    expect(() => answerKeysAfter(done, 'no')).toThrow(/reached an outcome/);
  });

  it('goes back one answer, and stays at the start when there is none', () => {
    const walk = followAnswers(decisionTree, ['no-domain', 'still-poor', '100-1000']).walk;
    expect(answerKeysAfterBack(walk)).toEqual(['no-domain', 'still-poor']);
    expect(answerKeysAfterBack(startWalk(decisionTree))).toEqual([]);
  });

  it('changing an answer asks that question again and drops the answers after it', () => {
    const walk = followAnswers(decisionTree, ['no-domain', 'still-poor', '100-1000']).walk;
    expect(answerKeysToChange(walk, 0)).toEqual([]);
    expect(answerKeysToChange(walk, 2)).toEqual(['no-domain', 'still-poor']);
    expect(followAnswers(decisionTree, answerKeysToChange(walk, 1)).walk.current.id).toBe('Q2');
    expect(() => answerKeysToChange(walk, 3)).toThrow();
    expect(() => answerKeysToChange(walk, -1)).toThrow();
  });

  it('answering any question of any reachable state, then going back, returns to that state', () => {
    for (const keys of reachableStates) {
      const walk = followAnswers(decisionTree, keys).walk;
      if (walk.current.kind !== 'question') continue;
      for (const answer of walk.current.answers) {
        const next = followAnswers(decisionTree, answerKeysAfter(walk, answer.key));
        expect(next.problem).toBeNull();
        expect(answerKeysAfterBack(next.walk)).toEqual(keys);
      }
    }
  });
});

describe('the query string', () => {
  it('writes answers with readable commas and keeps other parameters', () => {
    expect(searchWithAnswers('', ['no-domain', 'still-poor'])).toBe('?answers=no-domain,still-poor');
    expect(searchWithAnswers('?lang=en&answers=works-well&x=1', ['wrong-format'])).toBe('?lang=en&answers=wrong-format&x=1');
    expect(searchWithAnswers('?answers=works-well&x=1', [])).toBe('?x=1');
    expect(searchWithAnswers('?answers=works-well', [])).toBe('');
  });

  it('reads answers, encoded commas included, and an empty or missing parameter as none', () => {
    expect(answerKeysFromSearch('?answers=no-domain,no')).toEqual({answerKeys: ['no-domain', 'no'], problem: null});
    expect(answerKeysFromSearch('?answers=no-domain%2Cno')).toEqual({answerKeys: ['no-domain', 'no'], problem: null});
    expect(answerKeysFromSearch('?answers=')).toEqual({answerKeys: [], problem: null});
    expect(answerKeysFromSearch('')).toEqual({answerKeys: [], problem: null});
    expect(answerKeysFromSearch(`?answers=${'a,'.repeat(200)}`).problem).toBe('its answer list is far too long');
  });

  it('restores every reachable state from its own query string', () => {
    for (const keys of reachableStates) {
      const {walk, problem} = walkFromSearch(decisionTree, searchWithAnswers('?other=1', keys));
      expect(problem).toBeNull();
      expect(walk).toEqual(followAnswers(decisionTree, keys).walk);
    }
  });

  it('turns any query string into a walk or a reset with a reason, never an exception', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, value) => {
        const search = `?${encodeURIComponent(name)}=${encodeURIComponent(value)}&answers=${encodeURIComponent(value)}`;
        const {walk, problem} = walkFromSearch(decisionTree, search);
        expect(problem === null || walk.answerKeys.length === 0).toBe(true);
      }),
    );
  });
});

describe('the plain rules list', () => {
  const rules = decisionRules(decisionTree);

  it('has one rule per path, each ending in that path’s outcome', () => {
    expect(rules.map((rule) => rule.answerKeys)).toEqual(paths);
    for (const rule of rules) {
      expect(rule.outcome).toEqual(followAnswers(decisionTree, rule.answerKeys).walk.outcome);
      expect(rule.conditions.filter((condition) => condition.kind === 'answer')).toHaveLength(rule.answerKeys.length);
    }
  });

  it('lists the questions and answers in order, pass-through verdicts included', () => {
    const lora = rules.find((rule) => rule.answerKeys.join(',') === 'no-domain,still-poor,100-1000')!;
    expect(lora.conditions).toEqual([
      {kind: 'answer', question: 'Does the model understand your task?', answer: "No, it doesn't get the domain"},
      {kind: 'answer', question: 'Have you tried detailed prompting + RAG?', answer: 'Yes, still poor'},
      {kind: 'step', label: 'Fine-tune (LoRA recommended)'},
      {kind: 'answer', question: 'How much data do you have?', answer: '100-1000 examples'},
    ]);
    expect(lora.outcome.id).toBe('LORA');
  });

  it('asks at most as many questions as the longest path', () => {
    expect(mostQuestionsOnAPath(decisionTree)).toBe(Math.max(...rules.map((rule) => rule.answerKeys.length)));
    expect(mostQuestionsOnAPath(decisionTree)).toBe(3);
  });
});

describe('what the diagram marks', () => {
  it('numbers the path and marks only its last node as current', () => {
    const marks = diagramMarks(followAnswers(decisionTree, ['wrong-format', 'still-inconsistent']).walk);
    expect(marks.nodes).toEqual([
      {id: 'START', step: 1, current: false},
      {id: 'Q3', step: 2, current: false},
      {id: 'FT', step: 3, current: false},
      {id: 'Q4', step: 4, current: true},
    ]);
    expect(marks.edges).toEqual([
      {from: 'START', to: 'Q3'},
      {from: 'Q3', to: 'FT'},
      {from: 'FT', to: 'Q4'},
    ]);
    expect(diagramMarks(startWalk(decisionTree)).nodes).toEqual([{id: 'START', step: 1, current: true}]);
  });
});

describe('labels and links', () => {
  it('turns the seed’s line breaks into spaces and splits off a leading emoji', () => {
    expect(labelText('Does the model\nunderstand your task?')).toBe('Does the model understand your task?');
    expect(splitIcon('⚠️ Not enough data.')).toEqual({icon: '⚠️', text: 'Not enough data.'});
    expect(splitIcon('🔧 Fine-tune')).toEqual({icon: '🔧', text: 'Fine-tune'});
    expect(splitIcon('LoRA / QLoRA')).toEqual({icon: null, text: 'LoRA / QLoRA'});
  });

  it('links to the calculator on the LoRA page, pre-set for the method', () => {
    for (const method of ['qlora', 'lora', 'full'] as const) {
      const link = calculatorLink(method);
      const url = new URL(link.to, 'https://example.org');
      expect(url.pathname).toBe('/t1/lora-qlora');
      expect(url.hash).toBe('#lora-memory-calculator');
      expect(Object.fromEntries(url.searchParams)).toEqual(calculatorPresets[method]);
      expect(link.to).not.toContain('%2C');
    }
    expect(calculatorLink('qlora').to).toContain('targets=q,k,v,o,gate,up,down');
  });

  it('offers calculator links only where the outcome trains a model', () => {
    const outcome = (keys: string[]) => followAnswers(decisionTree, keys).walk.outcome!;
    expect(outcomeCalculatorLinks(outcome(['no-domain', 'still-poor', '100-1000'])).map((link) => link.method)).toEqual(['qlora', 'lora']);
    expect(outcomeCalculatorLinks(outcome(['works-well']))).toEqual([]);
  });
});
