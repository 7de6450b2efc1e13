/**
 * Diagram sources produced from typed data rather than typed into a page.
 * A ```mermaid block with generated="key" is drawn from the entry here.
 * Relative imports only: docusaurus.config.ts loads this file outside the bundler.
 */
import {DECISION_DIAGRAM_ID, decisionTree} from '../components/DecisionFlow/decisionTree';
import {toMermaid} from '../components/DecisionFlow/decisionFlow';

export const generatedDiagrams: Record<string, string> = {
  // T1.2's flowchart, from the same data as the step-by-step widget.
  [DECISION_DIAGRAM_ID]: toMermaid(decisionTree),
};
