/**
 * The plan's sentences, written once for the page and the Markdown file alike. Plain text: the page renders it as
 * text, the Markdown builder escapes it. Pure.
 */
import {METHOD_LABELS, METHODS} from '@site/src/components/LoraMemoryCalculator/inputs';
import {formatFixed, formatInteger} from '@site/src/utils/numberFormat';
import type {Plan} from './planEngine';
import {usdText} from './planFormat';

const STRATEGY_NAMES = {ddp: 'DDP, every card holds everything', zero2: 'ZeRO-2', zero3: 'ZeRO-3 / FSDP full shard'} as const;
const TOKENS_BASIS = {run: 'from the run', file: 'from your file', fit: 'the fit table’s examples × tokens per example'} as const;
const EPOCHS_BASIS = {run: 'the run’s', fit: 'the fit table’s', assumed: 'the top of T1.4’s “1-3 epochs”'} as const;

/** The run's settings, as label–value pairs. */
export function runFacts(plan: Plan): Array<[string, string]> {
  const {run} = plan;
  const lora = run.method !== 'full' ? `rank ${run.rank}, alpha ${run.alpha}, on ${run.targets} (${run.trainableParams} trainable parameters)` : 'every weight trained';
  const offload = run.settings.offload === 'none' ? '' : `, CPU offload of ${run.settings.offload === 'all' ? 'weights and optimizer' : 'the optimizer'}`;
  return [
    ['Model', `${run.modelName} (${run.modelSize} parameters)`],
    ['Method', `${METHOD_LABELS[run.method]}: ${run.methodReason}`],
    ['Adapter', lora],
    ['Objective', run.settings.objective === 'dpo' ? 'DPO (preference pairs)' : 'SFT (supervised fine-tuning)'],
    // One card shards nothing: its sharding setting is left unsaid.
    ['GPUs', `${run.settings.gpus} × ${run.gpu.name} (${run.gpu.memoryGB} GB)${run.settings.gpus > 1 ? `, ${STRATEGY_NAMES[run.settings.strategy]}` : ''}${offload}`],
    ['Sequence', `${formatInteger(run.sequenceLength)} tokens, micro-batch ${run.microBatch}`],
    ['Tokens', run.tokens ? `${formatInteger(run.tokens.value)} per epoch (${TOKENS_BASIS[run.tokens.basis]}) × ${run.epochs.value} epochs (${EPOCHS_BASIS[run.epochs.basis]})` : 'not known yet'],
    ['Price', `${usdText(run.price.usdPerGpuHour)} per GPU-hour (${run.price.isDefault ? `default for this GPU: ${run.price.source}` : 'yours'})`],
  ];
}

/** One row per method: memory per GPU, fits, time, cost. */
export function runTable(plan: Plan): {header: string[]; rows: Array<{cells: string[]; chosen: boolean}>} {
  const {run} = plan;
  return {
    header: ['Method', 'Memory per GPU', 'On one card', 'Time', 'GPU cost'],
    rows: METHODS.map((method) => {
      const row = run.rows[method];
      const fits = row.fitsOneGpu ? 'fits' : row.cardsNeeded === null ? 'does not fit' : `needs ${row.cardsNeeded} cards`;
      return {cells: [`${row.label}${method === run.method ? ' (this plan)' : ''}`, row.memoryText, fits, row.timeText, row.costText], chosen: method === run.method};
    }),
  };
}

/** The managed alternative at T1.9's prices, in sentences. */
export function managedLines(plan: Plan): string[] {
  const {run} = plan;
  if (!run.tokens) return ['Managed fine-tuning needs the token count to price.'];
  const billed = formatInteger(run.tokens.value * run.epochs.value);
  const lines: string[] = [];
  const own = run.managed.own;
  if (own?.kind === 'per-token') lines.push(`${own.modelName} on Azure AI Foundry: ${usdText(own.usd)} for ${billed} billed tokens at $${formatFixed(own.usdPerMillionTokens, 2)} per million.`);
  else if (own?.kind === 'compute-hours') lines.push(`${own.modelName} on Azure AI Foundry is billed by ${own.text.toLowerCase()}: T1.9 gives no per-token price.`);
  else if (own?.kind === 'not-priced') lines.push(`T1.9 lists ${own.modelName} as managed fine-tuning but gives no training price for it.`);
  else lines.push(`T1.9 does not list ${run.modelName} for managed fine-tuning.`);
  if (run.managed.priced.length) {
    lines.push(`For the same ${billed} billed tokens, T1.9’s per-token prices: ${run.managed.priced.map((p) => `${p.modelName} ${usdText(p.usd)}`).join(', ')}.`);
  }
  return lines;
}

/** The data section's figures, as label–value pairs. */
export function dataFacts(plan: Plan): Array<[string, string]> {
  const summary = plan.data.summary;
  if (!summary) return [];
  const format = summary.format === 'preference' ? 'preference pairs' : summary.format === 'chat' ? 'chat' : 'not recognised';
  return [
    ['Examples', `${formatInteger(summary.examples)} (${format}): ${formatInteger(summary.valid)} valid, ${formatInteger(summary.invalid)} invalid`],
    ['Usable', `${formatInteger(summary.unique)} (valid, duplicates removed: ${formatInteger(summary.exactDuplicates)} exact, ${formatInteger(summary.nearDuplicates)} near)`],
    ['Tokens', `${formatInteger(summary.tokens)} in the valid examples; per example median ${formatInteger(summary.tokensMedian)}, 95th percentile ${formatInteger(summary.tokensP95)}, max ${formatInteger(summary.tokensMax)}`],
  ];
}

/** The evaluation section in sentences. */
export function evaluationLines(plan: Plan): string[] {
  const e = plan.evaluation;
  const target = `${e.targetPercent} %`;
  return [
    e.promptsNeeded
      ? `To show a true win rate of ${target} at 5 % significance with ${e.powerPercent} % power: about ${formatInteger(e.promptsNeeded)} decisive prompts (ties not counted).`
      : `No test size reaches ${e.powerPercent} % power for a ${target} win rate within a million prompts.`,
    `T1.8’s ${formatInteger(e.modulePrompts)} prompts would show it ${formatFixed(e.powerOfModulePrompts * 100, 0)} % of the time, if none is a tie.`,
  ];
}
