/**
 * The fit table's budget and days held against the run's estimated GPU cost and time, for the fine-tuning method the
 * table would train with. ("Start here" is prompt engineering in every situation, the module's first step, so the
 * check takes the first fine-tuning method the table lets through: LoRA, or full fine-tuning.) Pure.
 */
import {formatCount, formatUsd} from '@site/src/components/CustomizationFit/formatNumbers';
import type {Situation} from '@site/src/components/CustomizationFit/situation';
import type {Method} from '@site/src/components/LoraMemoryCalculator/inputs';
import {formatInteger} from '@site/src/utils/numberFormat';
import type {FitPart} from './decisionSection';
import {durationText, usdText} from './planFormat';
import type {RunEstimate} from './runEstimate';

export type BudgetStatus = 'enough' | 'not-enough' | 'not-sized' | 'no-training';

export interface BudgetCheck {
  status: BudgetStatus;
  /** The calculator's method the check used, when there was one. */
  method: Method | null;
  sentence: string;
}

/** The calculator's method for the fit table's fine-tuning method: LoRA covers QLoRA when the run chose it. */
export function runMethodFor(training: NonNullable<FitPart['training']>, run: RunEstimate): Method {
  if (training.id === 'full-fine-tuning') return 'full';
  return run.method === 'qlora' ? 'qlora' : 'lora';
}

/** `ownRun`: the reader chose the run's model or GPU (otherwise it is the calculator's defaults, not theirs to check). */
export function budgetCheck(situation: Situation, training: FitPart['training'], run: RunEstimate | null, ownRun: boolean): BudgetCheck {
  if (training === null) {
    return {status: 'no-training', method: null, sentence: 'No fine-tuning method is a candidate for what you want to fix, so there is no training run to hold your budget and days against.'};
  }
  const method = run ? runMethodFor(training, run) : null;
  if (!ownRun) {
    return {status: 'not-sized', method, sentence: `Choose your model and GPU in the LoRA calculator to hold your budget and days against ${training.name}’s time and cost.`};
  }
  const row = run && method ? run.rows[method] : null;
  if (!run || !row || !row.seconds || !row.costUsd || !run.tokens) {
    return {
      status: 'not-sized',
      method,
      sentence: `To hold your budget and days against ${training.name}’s time and cost, the run needs a token count: check your file, or give examples and tokens per example.`,
    };
  }
  const availableHours = Math.max(situation.days, 1) * 24;
  const hours = row.seconds.central / 3_600;
  const daysText = situation.days === 0 ? 'less than a day' : `${formatCount(situation.days)} day${situation.days === 1 ? '' : 's'}`;
  const overBudget = row.costUsd.central > situation.budgetUsd;
  const overTime = hours > availableHours;
  const cards = row.fitsOneGpu ? '' : row.cardsNeeded === null ? ' It does not fit on any number of these cards.' : ` Its memory (${row.memoryText}) needs ${row.cardsNeeded} of these cards, not one.`;
  const what =
    `${row.label} on ${run.settings.gpus} × ${run.gpu.name}, ${formatInteger(run.tokens.value)} tokens × ${run.epochs.value} epoch${run.epochs.value === 1 ? '' : 's'}: ` +
    `about ${durationText(row.seconds)} and ${usdText(row.costUsd.central)} of GPU time.`;
  if (!overBudget && !overTime) {
    const slowEnd = row.seconds.high / 3_600 > availableHours || row.costUsd.high > situation.budgetUsd ? ' The slow end of the range comes close to a limit: leave room.' : '';
    return {status: 'enough', method, sentence: `${what} Your budget (${formatUsd(situation.budgetUsd)}) and time (${daysText}) are enough.${slowEnd}${cards}`};
  }
  const shortfalls = [
    overBudget ? `the GPU cost is over your ${formatUsd(situation.budgetUsd)} budget` : null,
    overTime ? `the run takes longer than your ${daysText}` : null,
  ].filter(Boolean);
  return {status: 'not-enough', method, sentence: `${what} Not enough: ${shortfalls.join(', and ')}.${cards}`};
}
