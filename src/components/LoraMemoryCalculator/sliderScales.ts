/**
 * Slider positions ↔ values for the settings whose useful range spans orders
 * of magnitude. Pure; the component only wires them to <input type="range">.
 */
import {NUMERIC_LIMITS} from './inputs';

/** Positions on the model-size slider: 0 … 1000, log scale from 0.5B to 405B. */
export const PARAMS_SLIDER_STEPS = 1000;

const {min: P_MIN, max: P_MAX} = NUMERIC_LIMITS.paramsBillions;

/** A size a person would type: 0.01B steps below 1B, 0.1B below 10B, whole billions above. */
export function roundModelSize(billions: number): number {
  const step = billions < 1 ? 100 : billions < 10 ? 10 : 1;
  const rounded = Math.round(billions * step) / step;
  return Math.min(P_MAX, Math.max(P_MIN, rounded));
}

export function paramsFromSlider(position: number): number {
  const t = Math.min(1, Math.max(0, position / PARAMS_SLIDER_STEPS));
  return roundModelSize(P_MIN * (P_MAX / P_MIN) ** t);
}

export function sliderFromParams(billions: number): number {
  const clamped = Math.min(P_MAX, Math.max(P_MIN, billions));
  return Math.round((PARAMS_SLIDER_STEPS * Math.log(clamped / P_MIN)) / Math.log(P_MAX / P_MIN));
}

/** Sequence lengths the slider stops at (powers of two); the number field takes any length in range. */
export const SEQ_LENGTH_STOPS: readonly number[] = [64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072];

/** The index of the stop nearest to a value, on a log scale. */
export function nearestStopIndex(stops: readonly number[], value: number): number {
  let best = 0;
  for (let i = 1; i < stops.length; i++) {
    if (Math.abs(Math.log2(stops[i] / value)) < Math.abs(Math.log2(stops[best] / value))) best = i;
  }
  return best;
}

/** The stop nearest to a length, on a log scale. */
export function seqStopIndex(seqLength: number): number {
  return nearestStopIndex(SEQ_LENGTH_STOPS, seqLength);
}

/** Card counts the GPUs slider stops at; the number field takes any count in range. */
export const GPU_COUNT_STOPS: readonly number[] = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];

/** Training tokens per epoch the slider stops at (1, 2, 5 in each decade, 100 thousand to 10 billion). */
export const TOKEN_STOPS: readonly number[] = [1, 2, 3, 4, 5, 6].flatMap((decade) => [1, 2, 5].map((m) => m * 10 ** (decade + 4)));

/** Epochs the slider covers; the number field goes further. */
export const EPOCH_SLIDER_MAX = 10;

/** Ranks marked on the rank slider. */
export const RANK_MARKS: readonly number[] = [1, 2, 4, 8, 16, 32, 64, 128, 256];

export function isPowerOfTwo(n: number): boolean {
  return Number.isInteger(n) && n > 0 && (n & (n - 1)) === 0;
}
