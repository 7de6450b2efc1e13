/**
 * The calculator held against published runs: each calibration run's estimate, computed by the same engine the
 * page uses from the run's own settings, beside its measurement; and the error the page states. Pure.
 */
import {median} from 'simple-statistics';
import {calibrationRuns, measuredBytes, type CalibrationRun, type Framework} from '@site/src/data/memoryCalibration';
import {calculate, type CalculatorResult} from './calculate';
import {comparableBytes} from './memoryEstimate';
import {serializeQuery} from './queryState';
import type {CalculatorInputs} from './inputs';
import {formatFixed} from './format';

/** The bounds the calibration test enforces (issue 15): every run within ±20 %, the median within 10 %. */
export const CALIBRATION_LIMITS = {maxAbsError: 0.2, maxMedianAbsError: 0.1} as const;

export interface CalibrationRow {
  run: CalibrationRun;
  /** The run's settings as the calculator reads them (defaults filled in). */
  inputs: CalculatorInputs;
  result: CalculatorResult;
  measuredBytes: number;
  /** The estimate of the measured statistic: allocated or reserved, without the CUDA context. */
  estimatedBytes: number;
  /** estimated / measured − 1. */
  error: number;
}

export function calibrationRow(run: CalibrationRun): CalibrationRow {
  const result = calculate({...run.inputs, recommendedMethod: run.method});
  const measured = measuredBytes(run);
  const estimated = comparableBytes(result.methods[run.method], run.measured.statistic);
  return {run, inputs: result.inputs, result, measuredBytes: measured, estimatedBytes: estimated, error: estimated / measured - 1};
}

export interface ErrorSummary {
  count: number;
  /** Median of |error|, as a fraction. */
  medianAbsError: number;
  maxAbsError: number;
}

export interface CalibrationSummary extends ErrorSummary {
  frameworks: {framework: Framework; summary: ErrorSummary}[];
}

/** Count, median and largest absolute error of a list of errors (estimate ÷ measurement − 1). */
export function summarizeErrors(errors: readonly number[]): ErrorSummary {
  const abs = errors.map((e) => Math.abs(e));
  return {count: abs.length, medianAbsError: abs.length > 0 ? median(abs) : 0, maxAbsError: abs.length > 0 ? Math.max(...abs) : 0};
}

function summarize(rows: readonly CalibrationRow[]): ErrorSummary {
  return summarizeErrors(rows.map((r) => r.error));
}

export function summarizeCalibration(rows: readonly CalibrationRow[]): CalibrationSummary {
  const frameworks = [...new Set(rows.map((r) => r.run.framework))];
  return {
    ...summarize(rows),
    frameworks: frameworks.map((framework) => ({framework, summary: summarize(rows.filter((r) => r.run.framework === framework))})),
  };
}

let cached: {rows: CalibrationRow[]; summary: CalibrationSummary} | null = null;

/** Every calibration run through the engine, computed once (about 25 recomputes) when first asked for. */
export function calibration(): {rows: CalibrationRow[]; summary: CalibrationSummary} {
  if (cached === null) {
    const rows = calibrationRuns.map(calibrationRow);
    cached = {rows, summary: summarizeCalibration(rows)};
  }
  return cached;
}

/** A whole percent, rounded up: the page never states an error smaller than the one measured. */
export function percentUp(fraction: number): number {
  return Math.ceil(fraction * 100 - 1e-9);
}

/** "about ±8 % on the 21 runs below (at most ±19 %)". */
export function accuracyText(summary: ErrorSummary, where = 'below'): string {
  return `about ±${percentUp(summary.medianAbsError)} % on the ${summary.count} published runs ${where} (at most ±${percentUp(summary.maxAbsError)} %)`;
}

/** The calculator link that loads a run's settings, with its method emphasised. */
export function calibrationQuery(row: CalibrationRow): string {
  return serializeQuery({...row.inputs, recommendedMethod: row.run.method});
}

/** "+12.8 %" / "−7.0 %". */
export function formatError(error: number): string {
  const percent = error * 100;
  const sign = percent > 0.05 ? '+' : percent < -0.05 ? '−' : '±';
  return `${sign}${formatFixed(Math.abs(percent), 1)} %`;
}
