/**
 * The run-planning keys of issue 18 — `tokens`, `epochs`, `gpus`, `strategy`, `offload`, `price`, `objective` — as
 * the plan's run part names them. The calculator's parser reads the same keys but fills in its defaults; the plan
 * needs to know which ones the run part actually gives (`null` otherwise), so that a file's token count or the fit
 * table's epochs can stand in for a missing one. Same ranges as the calculator. Pure: strings in, values and messages out.
 */
import type {CpuOffload, ShardingStrategy, TrainingObjective} from '@site/src/components/LoraMemoryCalculator/trainingTime';
import {NUMERIC_LIMITS, PRICE_LIMITS} from '@site/src/components/LoraMemoryCalculator/inputs';
import {formatInteger} from '@site/src/utils/numberFormat';

export interface RunPlanningSettings {
  /** Training tokens per epoch, or null when the run part does not say. */
  tokensPerEpoch: number | null;
  epochs: number | null;
  gpus: number;
  strategy: ShardingStrategy;
  offload: CpuOffload;
  /** US dollars per GPU-hour; null means the GPU's default price. */
  usdPerGpuHour: number | null;
  objective: TrainingObjective;
}

export const DEFAULT_RUN_PLANNING: RunPlanningSettings = {
  tokensPerEpoch: null,
  epochs: null,
  gpus: 1,
  strategy: 'ddp',
  offload: 'none',
  usdPerGpuHour: null,
  objective: 'sft',
};

export const RUN_PLANNING_KEYS = ['tokens', 'epochs', 'gpus', 'strategy', 'offload', 'price', 'objective'] as const;

// The calculator's own ranges, so a plan and the calculator it opens read a value the same way.
const LIMITS = {
  tokens: {min: NUMERIC_LIMITS.tokensPerEpoch.min, max: NUMERIC_LIMITS.tokensPerEpoch.max, whole: true},
  epochs: {min: NUMERIC_LIMITS.epochs.min, max: NUMERIC_LIMITS.epochs.max, whole: true},
  gpus: {min: NUMERIC_LIMITS.gpus.min, max: NUMERIC_LIMITS.gpus.max, whole: true},
  price: {min: PRICE_LIMITS.min, max: PRICE_LIMITS.max, whole: false},
} as const;

const CHOICES = {
  strategy: ['ddp', 'zero2', 'zero3'],
  offload: ['none', 'optimizer', 'all'],
  objective: ['sft', 'dpo'],
} as const;

// Plain decimals: no hex, no exponent games beyond "2e7", no "Infinity".
const DECIMAL = /^(?:\d+\.?\d*|\.\d+)(?:e\+?\d{1,2})?$/i;

export function parseRunPlanningKeys(search: string): {settings: RunPlanningSettings; messages: string[]} {
  const params = new URLSearchParams(search);
  const settings: RunPlanningSettings = {...DEFAULT_RUN_PLANNING};
  const messages: string[] = [];

  const number = (key: keyof typeof LIMITS): number | null => {
    const raw = params.get(key)?.trim();
    if (raw === undefined) return null;
    const {min, max, whole} = LIMITS[key];
    if (!DECIMAL.test(raw) || !Number.isFinite(Number(raw))) {
      messages.push(`run.${key}: not a number; left out.`);
      return null;
    }
    const value = Number(raw);
    if (value < min || value > max) {
      const clamped = value < min ? min : max;
      messages.push(`run.${key}: outside ${formatInteger(min)}–${formatInteger(max)}; using ${formatInteger(clamped)}.`);
      return clamped;
    }
    return whole ? Math.round(value) : value;
  };
  const choice = <K extends keyof typeof CHOICES>(key: K): (typeof CHOICES)[K][number] | null => {
    const raw = params.get(key)?.trim().toLowerCase();
    if (raw === undefined) return null;
    if ((CHOICES[key] as readonly string[]).includes(raw)) return raw as (typeof CHOICES)[K][number];
    messages.push(`run.${key}: not one of ${CHOICES[key].join(', ')}; left out.`);
    return null;
  };

  settings.tokensPerEpoch = number('tokens');
  settings.epochs = number('epochs');
  settings.gpus = number('gpus') ?? DEFAULT_RUN_PLANNING.gpus;
  settings.usdPerGpuHour = number('price');
  settings.strategy = choice('strategy') ?? DEFAULT_RUN_PLANNING.strategy;
  settings.offload = choice('offload') ?? DEFAULT_RUN_PLANNING.offload;
  settings.objective = choice('objective') ?? DEFAULT_RUN_PLANNING.objective;
  return {settings, messages};
}
