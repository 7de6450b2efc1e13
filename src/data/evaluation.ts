/**
 * T1.8 "Evaluation — Did It Work?" as data: the evaluation framework table and the A/B evaluation pattern's numbers.
 * The page's table, the win-rate calculator and the blind rater read the same figures; the seed's cell text is derived
 * from the numbers, never typed beside them.
 */

/** "Human preference … > 60 % prefer fine-tuned": the share of A/B comparisons the fine-tuned model should win. */
export const preferenceTarget = 0.6;
/** "Format compliance … > 98 %": the share of responses that follow the output format. */
export const formatComplianceTarget = 0.98;
/** "Accuracy … > 85 % for most tasks". */
export const accuracyTarget = 0.85;
/** "Regression check … < 5 % degradation" on general benchmarks. */
export const regressionLimit = 0.05;

/** "Prepare 100 test prompts (not in training data)". */
export const abTestPrompts = 100;
/** "Expert evaluators score each response 1-5 on: …" */
export const scoreScale = {min: 1, max: 5} as const;

export type CriterionId = 'accuracy' | 'relevance' | 'format' | 'helpfulness';

export interface Criterion {
  id: CriterionId;
  /** As the module lists it. */
  label: string;
  /** What a rater asks of a response, in a line. */
  question: string;
}

/** The four criteria of step 4, in the module's order. */
export const abCriteria: readonly Criterion[] = [
  {id: 'accuracy', label: 'Accuracy', question: 'Is it correct (against the expected answer, where there is one)?'},
  {id: 'relevance', label: 'Relevance', question: 'Does it answer what was asked, and only that?'},
  {id: 'format', label: 'Format compliance', question: 'Does it follow the required output format?'},
  {id: 'helpfulness', label: 'Helpfulness', question: 'Would it solve the user’s problem?'},
];

const percent = (share: number) => `${Math.round(share * 100)}%`;

export const evaluationFrameworkHeader = ['Metric', 'What It Measures', 'How to Compute', 'Target'] as const;

/** T1.8 "Evaluation Framework", in the module's order and words. */
export const evaluationFramework: ReadonlyArray<readonly [string, string, string, string]> = [
  ['Loss (eval)', 'Training convergence', 'Built into training', 'Decreasing, not diverging'],
  ['Accuracy', 'Correct answers on test set', 'Compare to ground truth', `>${percent(accuracyTarget)} for most tasks`],
  ['Format compliance', 'Follows output format', 'Schema validation', `>${percent(formatComplianceTarget)}`],
  ['Regression check', "Didn't break general capability", 'Test on general benchmarks', `<${percent(regressionLimit)} degradation`],
  ['Human preference', 'Humans prefer fine-tuned vs base', 'A/B blind evaluation', `>${percent(preferenceTarget)} prefer fine-tuned`],
  ['Task-specific', 'Domain-relevant metrics', 'Task-dependent', 'Improvement vs base'],
];

/** Landis & Koch (1977), "The measurement of observer agreement for categorical data", Biometrics 33:159–174: how kappa is usually read. */
export const kappaBands: ReadonlyArray<{from: number; reading: string}> = [
  {from: 0.81, reading: 'almost perfect'},
  {from: 0.61, reading: 'substantial'},
  {from: 0.41, reading: 'moderate'},
  {from: 0.21, reading: 'fair'},
  {from: 0, reading: 'slight'},
  {from: -Infinity, reading: 'poor (below chance)'},
];

/** Krippendorff (2004), Content Analysis, 2nd ed., p. 241: rely on α ≥ .800; .667–.800 only for tentative conclusions. */
export const alphaBands: ReadonlyArray<{from: number; reading: string}> = [
  {from: 0.8, reading: 'reliable'},
  {from: 0.667, reading: 'tentative: good enough for tentative conclusions only'},
  {from: -Infinity, reading: 'unreliable: the raters do not agree enough to rely on these scores'},
];
