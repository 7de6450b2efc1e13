/**
 * The reader's plan, computed: plan inputs (one part per widget) in, the page's sections out — the decision, the
 * run, the data, the evaluation, the next steps and what is missing. Every figure comes from the widgets' own
 * engines; a part the reader has not given is named as missing, never made up. Pure: no React, no DOM.
 */
import {METHOD_LABELS, type Method} from '@site/src/components/LoraMemoryCalculator/inputs';
import {parseDataSummary} from '@site/src/utils/scenario/dataSummary';
import {courseTool, toolLink} from '@site/src/data/tools';
import {formatInteger} from '@site/src/utils/numberFormat';
import {budgetCheck, type BudgetCheck} from './budgetCheck';
import {dataSection, type DataSection} from './dataSection';
import {flowAndFitDisagreements, readFitPart, readFlowPart, type FitPart, type FlowPart} from './decisionSection';
import {evaluationSection, type EvaluationSection} from './evaluationSection';
import {canonicalInputs, type PartId, type PlanInputs} from './planInputs';
import {estimateRun, readRun, type RunEstimate, type TokensBasis} from './runEstimate';

export interface PlanLink {
  /** A site path, in the slash form the site's links use: /t1/lora-qlora/#lora-memory-calculator. */
  to: string;
  text: string;
}

export interface MissingStep {
  part: PartId;
  /** What the plan lacks, in a sentence. */
  text: string;
  link: PlanLink;
  /** Optional steps: the plan is complete without them (it uses the module's figure). */
  optional: boolean;
}

export interface NextStep {
  id: string;
  text: string;
  detail: string;
  done: boolean;
  link: PlanLink;
}

export interface Plan {
  given: Record<PartId, boolean>;
  /** What the link held that could not be used as given, each naming its key. */
  messages: string[];
  decision: {flow: FlowPart | null; fit: FitPart | null; disagreements: string[]; budget: BudgetCheck | null};
  run: RunEstimate & {methodReason: string; ownSettings: boolean};
  data: DataSection;
  evaluation: EvaluationSection;
  /** Places where two parts say different things about one fact. */
  disagreements: string[];
  nextSteps: NextStep[];
  missing: MissingStep[];
}

/** A site path in its slash form: /t1/lora-qlora#x → /t1/lora-qlora/#x (the site's pages are folders). */
export function slashForm(path: string): string {
  const cut = path.search(/[?#]/);
  const [route, rest] = cut < 0 ? [path, ''] : [path.slice(0, cut), path.slice(cut)];
  return `${route.endsWith('/') ? route : `${route}/`}${rest}`;
}

const toolAt = (id: string, text: string): PlanLink => ({to: slashForm(toolLink(courseTool(id))), text});

/** A widget opened with the plan's own part: the reader sees, and can change, exactly what the plan used. */
export function openInWidget(toolId: string, part: string | undefined, text: string): PlanLink {
  const tool = courseTool(toolId);
  const query = part ? `?${part}` : '';
  return {to: `${slashForm(tool.page)}${query}${tool.section ? `#${tool.section.id}` : ''}`, text};
}

function chooseMethod(runPart: string, flow: FlowPart | null, fit: FitPart | null): {method: Method; reason: string} {
  const marked = readRun(runPart).parsed.inputs.recommendedMethod;
  if (marked) return {method: marked, reason: `marked in the LoRA calculator`};
  const fromFlow = flow?.outcome?.methods[0];
  if (fromFlow) return {method: fromFlow, reason: `the flowchart’s recommendation, “${flow!.outcome!.label}”`};
  if (fit?.training?.verdict === 'Fits') {
    return fit.training.id === 'full-fine-tuning'
      ? {method: 'full', reason: 'the fit table’s first fine-tuning method that fits your situation'}
      : {method: 'lora', reason: 'the fit table’s first fine-tuning method that fits your situation'};
  }
  return {method: 'lora', reason: 'the module’s default, T1.2’s “Fine-tune (LoRA recommended)”'};
}

function tokensFallback(data: ReturnType<typeof parseDataSummary>['summary'], fit: FitPart | null, fitPart: string | undefined): {value: number; basis: TokensBasis} | null {
  if (data && data.tokens > 0) return {value: data.tokens, basis: 'file'};
  const given = new URLSearchParams(fitPart ?? '');
  if (fit && given.has('examples') && fit.situation.examples > 0) return {value: fit.situation.examples * fit.situation.tokensPerExample, basis: 'fit'};
  return null;
}

/** The decision's parts and the run: what both the plan and the fit table's budget check need. */
function decisionAndRun(inputs: PlanInputs) {
  const flow = inputs.flow !== undefined ? readFlowPart(inputs.flow) : null;
  const fit = inputs.fit !== undefined ? readFitPart(inputs.fit) : null;
  const data = parseDataSummary(inputs.data ?? '');
  const runPart = inputs.run ?? '';
  const runParams = new URLSearchParams(runPart);
  const {method, reason} = chooseMethod(runPart, flow, fit);
  const ownSettings = runParams.has('model') || runParams.has('gpu');
  const fitEpochsGiven = fit && new URLSearchParams(inputs.fit ?? '').has('epochs') ? fit.situation.epochs : null;
  const estimated = estimateRun(runPart, {method, fallbackTokens: tokensFallback(data.summary, fit, inputs.fit), fallbackEpochs: fitEpochsGiven ?? (fit ? fit.situation.epochs : null)});
  // The run's token count is the file's when they agree: say where it came from.
  const run = estimated.tokens?.basis === 'run' && data.summary?.tokens === estimated.tokens.value ? {...estimated, tokens: {...estimated.tokens, basis: 'file' as const}} : estimated;
  return {flow, fit, data, reason, ownSettings, fitEpochsGiven, run};
}

/**
 * Only the plan's check of the fit table's budget and days against the run (`buildPlan(inputs).decision.budget`),
 * without the data, evaluation and steps: the fit table runs it on each slider step.
 */
export function budgetOfPlan(inputs: PlanInputs): BudgetCheck | null {
  const {fit, run, ownSettings} = decisionAndRun(inputs);
  return fit ? budgetCheck(fit.situation, fit.training, run, ownSettings) : null;
}

export function buildPlan(raw: PlanInputs): Plan {
  // Links out of the plan carry each part as its widget reads it, never a link's raw text.
  const links = canonicalInputs(raw);
  const inputs = raw;
  const given = {flow: inputs.flow !== undefined, fit: inputs.fit !== undefined, run: inputs.run !== undefined, data: inputs.data !== undefined, eval: inputs.eval !== undefined};
  const {flow, fit, data, reason, ownSettings, fitEpochsGiven, run} = decisionAndRun(inputs);
  const evaluation = evaluationSection(inputs.eval);
  const fitExamples = fit && new URLSearchParams(inputs.fit ?? '').has('examples') ? fit.situation.examples : null;
  const dataPart = dataSection(data.summary, {name: run.modelName, size: run.modelSize, totalParams: run.totalParams}, fitExamples);

  const decisionDisagreements = flow && fit ? flowAndFitDisagreements(inputs.flow!, flow, inputs.fit!, fit) : [];
  const disagreements = [...decisionDisagreements];
  if (fitEpochsGiven !== null && run.settings.epochs !== null && fitEpochsGiven !== run.settings.epochs) {
    disagreements.push(`The fit table assumes ${fitEpochsGiven} epochs; the run uses ${run.settings.epochs}.`);
  }
  if (data.summary && fitExamples !== null && fitExamples !== data.summary.valid) {
    disagreements.push(`The fit table counts ${formatInteger(fitExamples)} examples; your file has ${formatInteger(data.summary.valid)} valid ones.`);
  }

  return {
    given,
    messages: [...(flow?.problem ? [`flow.answers: ${flow.problem}; the decision path starts again.`] : []), ...(fit?.messages ?? []), ...run.messages, ...data.messages, ...evaluation.messages],
    decision: {flow, fit, disagreements: decisionDisagreements, budget: fit ? budgetCheck(fit.situation, fit.training, run, ownSettings) : null},
    run: {...run, methodReason: reason, ownSettings},
    data: dataPart,
    evaluation,
    disagreements,
    nextSteps: nextSteps(links, flow, fit, dataPart, run, ownSettings, evaluation),
    missing: missingSteps(links, flow, fit, run, ownSettings, evaluation),
  };
}

/** Outcomes that advise against training for now: the plan's first step is theirs. */
const NOT_TRAINING_YET = new Set(['DONE', 'TRY_RAG', 'TRY_FEW', 'NOTYET']);

function nextSteps(inputs: PlanInputs, flow: FlowPart | null, fit: FitPart | null, data: DataSection, run: RunEstimate, ownSettings: boolean, evaluation: EvaluationSection): NextStep[] {
  const steps: NextStep[] = [
    {
      id: 'decide',
      text: 'Decide whether to fine-tune',
      detail: flow?.outcome ? `The flowchart says: “${flow.outcome.label}”.` : 'Answer the flowchart’s questions.',
      done: Boolean(flow?.outcome),
      link: openInWidget('decision-flowchart', inputs.flow, 'The decision flowchart'),
    },
  ];
  if (flow?.outcome && NOT_TRAINING_YET.has(flow.outcome.id)) {
    steps.push({id: 'first', text: `First: ${flow.outcome.label}`, detail: `The module teaches ${flow.outcome.learnMore.why}.`, done: false, link: {to: slashForm(flow.outcome.learnMore.to), text: flow.outcome.learnMore.title}});
  }
  const errors = data.errors.reduce((sum, finding) => sum + finding.count, 0);
  const warnings = data.warnings.reduce((sum, finding) => sum + finding.count, 0);
  steps.push(
    {
      id: 'method',
      text: 'Choose the method',
      detail: fit ? `Start with ${fit.startHere?.name ?? 'nothing that fits'}; then ${fit.training ? `${fit.training.name} (${fit.training.verdict.toLowerCase()})` : 'no fine-tuning method'}.` : 'Describe your situation in the fit table.',
      done: fit !== null,
      link: openInWidget('which-method', inputs.fit, 'The customization fit table'),
    },
    {
      id: 'data',
      text: 'Get the data ready',
      detail: data.summary
        ? errors + warnings === 0
          ? 'The checker found nothing to fix; the quality checks that need a person remain yours.'
          : `Fix ${formatInteger(errors)} error${errors === 1 ? '' : 's'} first, then look at ${formatInteger(warnings)} warning${warnings === 1 ? '' : 's'}.`
        : 'Check your training file (it stays in your browser).',
      done: data.summary !== null && errors === 0,
      link: toolAt('training-data-check', 'The training-data checker'),
    },
    {
      id: 'run',
      text: 'Size the run',
      detail: ownSettings
        ? `${METHOD_LABELS[run.method]} of ${run.modelName} on ${run.settings.gpus} × ${run.gpu.name}: ${run.rows[run.method].memoryText} per GPU${run.rows[run.method].fitsOneGpu ? '' : ', more than one card holds'}.`
        : 'Choose your model and GPU in the LoRA calculator.',
      done: ownSettings && run.rows[run.method].fitsOneGpu,
      link: openInWidget('lora-calculator', inputs.run, 'The LoRA memory calculator'),
    },
    {
      id: 'train',
      text: 'Train and watch the evaluation loss',
      detail: `T1.4: learning rate 1e-4 to 2e-4, 1–3 epochs (this plan: ${run.epochs.value}); watch the eval loss and stop when it rises.`,
      done: false,
      link: {to: '/t1/fine-tuning-pipeline/', text: 'T1.7 The Fine-Tuning Pipeline'},
    },
    {
      id: 'evaluate',
      text: 'Evaluate blind against the base model',
      detail: evaluation.promptsNeeded
        ? `About ${formatInteger(evaluation.promptsNeeded)} decisive prompts (ties not counted) to show a ${evaluation.targetPercent} % win rate with ${evaluation.powerPercent} % power.`
        : 'Plan the A/B test in the win-rate calculator.',
      done: false,
      link: {to: '/t1/evaluation/#run-the-ab-evaluation', text: 'T1.8 Run the A/B evaluation blind'},
    },
    {id: 'operate', text: 'Deploy, monitor and retrain', detail: 'T1.10: roll out blue/green or canary; monitor quality, cost and drift; drift is the trigger to retrain.', done: false, link: {to: '/t1/mlops/', text: 'T1.10 MLOps for LLMs'}},
  );
  return steps;
}

function missingSteps(inputs: PlanInputs, flow: FlowPart | null, fit: FitPart | null, run: RunEstimate, ownSettings: boolean, evaluation: EvaluationSection): MissingStep[] {
  const missing: MissingStep[] = [];
  if (!flow) missing.push({part: 'flow', text: 'No decision yet: the flowchart has not been answered.', link: toolAt('decision-flowchart', 'Answer the flowchart'), optional: false});
  else if (!flow.outcome) missing.push({part: 'flow', text: `The flowchart stops at “${flow.openQuestion}”.`, link: openInWidget('decision-flowchart', inputs.flow, 'Finish the flowchart'), optional: false});
  if (!fit) missing.push({part: 'fit', text: 'No situation yet: the fit table has not been given your examples, budget, days and goal.', link: toolAt('which-method', 'Fill in the fit table'), optional: false});
  else if (fit.defaults.length) {
    missing.push({part: 'fit', text: `The fit table uses its defaults for ${fit.defaults.join(', ')}.`, link: openInWidget('which-method', inputs.fit, 'Set yours in the fit table'), optional: false});
  }
  if (inputs.data === undefined) missing.push({part: 'data', text: 'No training file checked.', link: toolAt('training-data-check', 'Check your file'), optional: false});
  if (!ownSettings) {
    missing.push({
      part: 'run',
      text: `No model or GPU chosen: the run uses the calculator’s defaults (${run.modelName} on a ${run.gpu.name}).`,
      link: openInWidget('lora-calculator', inputs.run, 'Choose them in the LoRA calculator'),
      optional: false,
    });
  }
  if (run.tokens === null) missing.push({part: 'run', text: 'No token count, so no time or cost: the run needs your file or the fit table’s examples.', link: toolAt('training-data-check', 'Check your file'), optional: false});
  if (!evaluation.readerTarget) {
    missing.push({part: 'eval', text: `The A/B test plans for T1.8’s ${evaluation.targetPercent} % target; set your own if it differs.`, link: toolAt('evaluation-workbench', 'Set it in the win-rate calculator'), optional: true});
  }
  return missing;
}
