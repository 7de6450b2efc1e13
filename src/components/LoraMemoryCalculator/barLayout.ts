/**
 * Geometry of the stacked memory bars, as percentages of the track. Pure.
 * The scale fits LoRA, QLoRA and the selected GPU; a full fine-tuning bar far
 * beyond them is cut at the edge (and says so) rather than squashing the rest.
 */
import type {CalculatorResult} from './calculate';
import {METHODS, type Method} from './inputs';
import type {MemoryPartId} from './memoryEstimate';

export interface BarSegment {
  id: MemoryPartId;
  label: string;
  bytes: number;
  /** Share of the track, 0–100. */
  percent: number;
}

export interface Bar {
  method: Method;
  totalBytes: number;
  segments: BarSegment[];
  /** True when the bar runs past the right edge of the scale. */
  cut: boolean;
}

export interface BarLayout {
  /** Bytes at the right edge of the track. */
  scaleBytes: number;
  /** Where the selected GPU's memory line sits, 0–100. */
  gpuLinePercent: number;
  bars: Bar[];
}

/** Room beyond the largest bar shown in full. */
const SCALE_MARGIN = 1.1;
/** A full fine-tuning bar up to this many times the rest is still drawn whole. */
const FULL_BAR_MAX_STRETCH = 2;

export function barLayout(result: CalculatorResult): BarLayout {
  const gpuBytes = result.gpu.memoryGB * 1e9;
  const rest = Math.max(result.methods.lora.totalBytes, result.methods.qlora.totalBytes, gpuBytes);
  const full = result.methods.full.totalBytes;
  const scaleBytes = (full <= FULL_BAR_MAX_STRETCH * rest ? Math.max(rest, full) : rest) * SCALE_MARGIN;

  const bars = METHODS.map((method): Bar => {
    const estimate = result.methods[method];
    let used = 0;
    const segments: BarSegment[] = [];
    for (const part of estimate.parts) {
      if (part.bytes <= 0) continue;
      const start = Math.min(100, (100 * used) / scaleBytes);
      used += part.bytes;
      const end = Math.min(100, (100 * used) / scaleBytes);
      if (end > start) segments.push({id: part.id, label: part.label, bytes: part.bytes, percent: end - start});
    }
    return {method, totalBytes: estimate.totalBytes, segments, cut: estimate.totalBytes > scaleBytes};
  });

  return {scaleBytes, gpuLinePercent: (100 * gpuBytes) / scaleBytes, bars};
}
