/**
 * Questions whose key the LoRA memory calculator computes. Each builder reads a scenario the way the calculator reads
 * a link (its own query-string parser and defaults), asks the engine, and writes the options' right/wrong flags and
 * explanations from its answer: a changed constant in src/data/ changes the key and the explanation together, and
 * a question can never disagree with the calculator. The widget link loads the same scenario.
 */
import {calculate, type CalculatorResult} from '@site/src/components/LoraMemoryCalculator/calculate';
import {parseQuery, serializeQuery} from '@site/src/components/LoraMemoryCalculator/queryState';
import {formatGB, formatInteger} from '@site/src/components/LoraMemoryCalculator/format';
import {METHOD_LABELS, type Method} from '@site/src/components/LoraMemoryCalculator/inputs';
import {links} from './links';
import {authoredFields, type Authored} from './authored';
import type {ChoiceOption, ChoiceQuestion, NumericQuestion, WidgetLink} from './types';

/** "Open this in the calculator": the scenario through the calculator's own query-string contract. */
export function calculatorLink(query: string): WidgetLink {
  return {
    label: 'Open this in the LoRA memory calculator',
    to: `${links.calculator.path}?${serializeQuery(parseQuery(query).inputs)}#${links.calculator.anchor}`,
  };
}

function runCalculator(query: string): CalculatorResult {
  return calculate(parseQuery(query).inputs);
}

/** "rank 8 on q, v; sequence 2,048, micro-batch 1; gradient checkpointing on; bf16; AdamW" */
function settingsText(result: CalculatorResult): string {
  const i = result.inputs;
  const optimizer = {adamw: 'AdamW', adamw8bit: '8-bit AdamW', pagedadamw: 'paged AdamW', pagedadamw8bit: 'paged 8-bit AdamW', sgd: 'SGD with momentum'}[i.optimizer];
  return (
    `rank ${i.rank} on ${i.targets.join(', ')}; sequence ${formatInteger(i.seqLength)}, micro-batch ${i.microBatch}; ` +
    `gradient checkpointing ${i.gradientCheckpointing ? 'on' : 'off'}; ${i.precision}; ${optimizer}`
  );
}

/** "Base weights 39.52 GB + … = 49.39 GB" */
function partsText(result: CalculatorResult, method: Method): string {
  const estimate = result.methods[method];
  const parts = estimate.parts.filter((part) => part.bytes > 0).map((part) => `${part.label.toLowerCase()} ${formatGB(part.bytes)}`);
  return `${parts.join(' + ')} = ${formatGB(estimate.totalBytes)}`;
}

function estimateExplanation(result: CalculatorResult, method: Method): string {
  return (
    `The calculator’s estimate for ${METHOD_LABELS[method]} of ${result.modelName} (${settingsText(result)}): ` +
    `${partsText(result, method)}.`
  );
}

function fitsOneCardWhy(result: CalculatorResult, method: Method, gpuId: string): {fits: boolean; why: string} {
  const fit = result.gpuFits.find((candidate) => candidate.gpu.id === gpuId);
  if (!fit) throw new Error(`No GPU "${gpuId}" in src/data/gpus.ts.`);
  const need = result.methods[method].totalBytes;
  const card = fit.gpu.memoryGB * 1e9;
  const fits = fit.fitsOnOneCard[method];
  const why = fits
    ? `Fits: the ${fit.gpu.name} has ${fit.gpu.memoryGB} GB, ${formatGB(card - need)} more than the ${formatGB(need)} estimate.`
    : `Does not fit: the ${fit.gpu.name} has ${fit.gpu.memoryGB} GB, ${formatGB(need - card)} short of the ${formatGB(need)} estimate.`;
  return {fits, why};
}

/** "Which of these GPUs holds {method} on one card?" Options are GPU ids. */
export function gpuFitQuestion(authored: Authored & {query: string; method: Method; gpuIds: readonly string[]}): ChoiceQuestion {
  const result = runCalculator(authored.query);
  const options: ChoiceOption[] = authored.gpuIds.map((gpuId) => {
    const {fits, why} = fitsOneCardWhy(result, authored.method, gpuId);
    const name = result.gpuFits.find((fit) => fit.gpu.id === gpuId)?.gpu.name ?? gpuId;
    return {id: gpuId, text: name, correct: fits, why};
  });
  return {
    kind: 'multiple',
    ...authoredFields(authored),
    options,
    explanation: estimateExplanation(result, authored.method),
    source: {engine: 'lora-memory', query: authored.query, ask: 'fits-one-card', method: authored.method},
    widget: calculatorLink(authored.query),
  };
}

/** "Which of full fine-tuning, LoRA and QLoRA fit one card of this GPU?" */
export function methodsOnOneCardQuestion(authored: Authored & {query: string}): ChoiceQuestion {
  const result = runCalculator(authored.query);
  const methods: Method[] = ['full', 'lora', 'qlora'];
  const options: ChoiceOption[] = methods.map((method) => {
    const {fits, why} = fitsOneCardWhy(result, method, result.gpu.id);
    const largest = [...result.methods[method].parts].sort((a, b) => b.bytes - a.bytes)[0];
    return {
      id: method,
      text: METHOD_LABELS[method],
      correct: fits,
      why: `${why} Its largest part: ${largest.label.toLowerCase()}, ${formatGB(largest.bytes)}.`,
    };
  });
  return {
    kind: 'multiple',
    ...authoredFields(authored),
    options,
    explanation: `Settings: ${result.modelName}, ${settingsText(result)}. ${methods.map((m) => `${METHOD_LABELS[m]} ${formatGB(result.methods[m].totalBytes)}`).join('; ')}.`,
    source: {engine: 'lora-memory', query: authored.query, ask: 'methods-on-one-card'},
    widget: calculatorLink(authored.query),
  };
}

/** Numeric: trainable LoRA parameters for the query (all targets and layers, or one module in one layer). */
export function trainableParamsQuestion(
  authored: Authored & {query: string; scale: number; unit: string; decimals: number; tolerance: NumericQuestion['tolerance']; module?: string},
): NumericQuestion {
  const result = runCalculator(authored.query);
  const {rank} = result.inputs;
  const term = (m: {dIn: number; dOut: number}) => `${rank} × (${formatInteger(m.dIn)} + ${formatInteger(m.dOut)})`;
  let count: number;
  let working: string;
  const mistakes: {value: number; why: string}[] = [];
  if (authored.module) {
    const adapted = result.lora.modules.find((m) => m.name === authored.module);
    if (!adapted) throw new Error(`${authored.id}: the query adapts no module "${authored.module}".`);
    count = adapted.paramsPerLayer;
    working = `r × (d_in + d_out) = ${term(adapted)} = ${formatInteger(count)}: A has d_in × r entries and B has r × d_out.`;
    if (adapted.dIn !== adapted.dOut) {
      mistakes.push({value: (2 * rank * adapted.dIn) / authored.scale, why: 'That treats the matrix as square; its output is narrower than its input here.'});
    }
    mistakes.push({value: (adapted.dIn + adapted.dOut) / authored.scale, why: 'That leaves out the rank: A and B each have r columns or rows.'});
  } else {
    count = result.lora.total;
    const perLayer = result.lora.modules.map((m) => `${m.name} ${term(m)}`).join(' + ');
    working =
      `${result.architecture.layers} layers × (${perLayer}) = ${formatInteger(count)} parameters, ` +
      `${((100 * count) / result.base.total).toFixed(3)} % of the model’s ${formatInteger(result.base.total)}.`;
    mistakes.push(
      {value: result.lora.perLayer / authored.scale, why: `That is one layer; ${result.modelName} has ${result.architecture.layers}, each with its own adapters.`},
      {value: count / 2 / authored.scale, why: 'That is half: each adapted matrix trains both A (d_in × r) and B (r × d_out).'},
    );
  }
  return {
    kind: 'numeric',
    ...authoredFields(authored),
    answer: count / authored.scale,
    tolerance: authored.tolerance,
    unit: authored.unit,
    decimals: authored.decimals,
    working,
    mistakes: mistakes.filter((m) => Math.abs(m.value - count / authored.scale) > 1e-9),
    source: {engine: 'lora-memory', query: authored.query, ask: 'trainable-params', scale: authored.scale, module: authored.module},
    widget: calculatorLink(authored.query),
  };
}
