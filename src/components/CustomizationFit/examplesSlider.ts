/** The examples slider: logarithmic, 0 and 1 to 100 million in readable steps. */
import {FIELD_LIMITS} from './situation';

// 1–9 one by one, then ten readable steps per decade.
const DECADE_STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8] as const;

/** Every value the slider can take, ascending: 0, 1, 2, …, 9, 10, 12, 15, …, 80,000,000, 100,000,000. */
export const EXAMPLES_SLIDER_VALUES: readonly number[] = (() => {
  const values = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  for (let exponent = 1; 10 ** exponent < FIELD_LIMITS.examples.max; exponent++) {
    for (const step of DECADE_STEPS) values.push(Math.round(step * 10 ** exponent));
  }
  values.push(FIELD_LIMITS.examples.max);
  return values;
})();

export const EXAMPLES_SLIDER_MAX = EXAMPLES_SLIDER_VALUES.length - 1;

export function examplesFromSlider(position: number): number {
  const index = Math.min(EXAMPLES_SLIDER_MAX, Math.max(0, Math.round(Number.isFinite(position) ? position : 0)));
  return EXAMPLES_SLIDER_VALUES[index];
}

/** The slider position nearest to a count, measured on the log scale (0 sits at the far left). */
export function sliderFromExamples(examples: number): number {
  if (!(examples > 0)) return 0;
  let best = 1;
  for (let i = 1; i < EXAMPLES_SLIDER_VALUES.length; i++) {
    if (Math.abs(Math.log(EXAMPLES_SLIDER_VALUES[i] / examples)) < Math.abs(Math.log(EXAMPLES_SLIDER_VALUES[best] / examples))) best = i;
  }
  return best;
}
