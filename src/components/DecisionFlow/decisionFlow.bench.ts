// One answer click: walk the tree from the URL and work out the diagram marks. Budget: ≤ 50 µs median (npm run bench).
import {bench, describe} from 'vitest';
import {decisionTree} from './decisionTree';
import {diagramMarks, searchWithAnswers, walkFromSearch} from './decisionFlow';

describe('decision flowchart: one step', () => {
  bench('longest path (four answers) from the query string', () => {
    const {walk} = walkFromSearch(decisionTree, '?answers=no-domain,still-poor,100-1000');
    diagramMarks(walk);
    searchWithAnswers('?x=1', walk.answerKeys);
  });
  bench('a broken link resets with a message', () => {
    walkFromSearch(decisionTree, '?answers=no-domain,maybe');
  });
});
