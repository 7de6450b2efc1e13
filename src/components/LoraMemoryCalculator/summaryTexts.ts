/** The words of the calculator's summary and of the sentence spoken after a change. Pure. */
import type {CalculatorResult} from './calculate';
import {resultTexts} from './calculate';
import {METHOD_LABELS, METHODS, type Method} from './inputs';
import {formatFixed, formatInteger} from './format';
import {runIsPlanned, type RunResult} from './runPlan';

/**
 * The figure the summary shows for a method and the cards it needs: the one-card total, or, once the run is planned,
 * one card's memory with the chosen GPUs (1 when that fits, else the fewest under the chosen strategy).
 */
export function summaryFigures(result: CalculatorResult, run: RunResult, method: Method): {figure: string; fits: boolean; fitText: string} {
  const fewest = result.methods[method].cardsOfSelectedGpu;
  if (!runIsPlanned(result.inputs)) return {figure: resultTexts(result).totals[method], fits: fewest === 1, fitText: shortFitText(fewest)};
  const planned = run.methods[method];
  // Sharding over several cards adds the blocks it gathers: a run can fit one card unsharded and not each of several.
  const fitText = planned.fits ? 'fits' : fewest === 1 ? 'fits on 1 card' : shortFitText(fewest);
  return {figure: planned.perGpuText, fits: planned.fits, fitText};
}

/** Whether the total fits one card of the selected GPU, in two or three words. */
export function shortFitText(cards: number | null): string {
  if (cards === 1) return 'fits';
  if (cards === null) return 'never fits';
  return `needs ${formatInteger(cards)} cards`;
}

/** α/r, the adapter's scale, as the alpha field's hint writes it. */
export function alphaScalingText(result: CalculatorResult): string {
  return `α/r = ${formatFixed(result.alphaScaling, Number.isInteger(result.alphaScaling) ? 0 : 3)}`;
}

/** One sentence with every figure the summary shows, spoken once when the reader pauses. */
export function memoryAnnouncement(result: CalculatorResult, run: RunResult): string {
  const texts = resultTexts(result);
  const adapter = `Trainable parameters ${texts.trainableParameters} (${texts.trainablePercent}), ${alphaScalingText(result)}. `;
  if (runIsPlanned(result.inputs)) {
    const each = METHODS.map((m) => {
      const {figure, fitText} = summaryFigures(result, run, m);
      const {timeKind, timeText, costText} = run.methods[m];
      // Time and cost are both "not estimated for fp32": say it once.
      const time = timeKind === 'not-estimated' ? `time and cost ${timeText}` : `${timeText}, ${costText}`;
      return `${METHOD_LABELS[m]} ${figure}, ${fitText}, ${time}`;
    });
    return `${adapter}Per card on ${formatInteger(result.inputs.gpus)} × ${result.gpu.name} (${result.gpu.memoryGB} GB): ${each.join('; ')}.`;
  }
  const totals = METHODS.map((m) => `${METHOD_LABELS[m]} ${texts.totals[m]}, ${shortFitText(result.methods[m].cardsOfSelectedGpu)}`);
  return `${adapter}On one ${result.gpu.name} (${result.gpu.memoryGB} GB): ${totals.join('; ')}.`;
}
