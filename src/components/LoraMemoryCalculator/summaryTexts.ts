/** The words of the calculator's summary and of the sentence spoken after a change. Pure. */
import type {CalculatorResult} from './calculate';
import {resultTexts} from './calculate';
import {METHOD_LABELS, METHODS} from './inputs';
import {formatFixed, formatInteger} from './format';

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
export function memoryAnnouncement(result: CalculatorResult): string {
  const texts = resultTexts(result);
  const totals = METHODS.map((m) => `${METHOD_LABELS[m]} ${texts.totals[m]}, ${shortFitText(result.methods[m].cardsOfSelectedGpu)}`);
  return (
    `Trainable parameters ${texts.trainableParameters} (${texts.trainablePercent}), ${alphaScalingText(result)}. ` +
    `On one ${result.gpu.name} (${result.gpu.memoryGB} GB): ${totals.join('; ')}.`
  );
}
