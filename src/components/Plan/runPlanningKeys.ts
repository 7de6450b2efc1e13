/**
 * The run-planning keys of issue 18 — `tokens`, `epochs`, `gpus`, `strategy`, `offload`, `price`, `objective` —
 * read from the plan's run part with the names and ranges that issue gives them. The LoRA calculator's own parser
 * (queryState.ts) does not read them yet; when issue 18 lands it will, and this file goes: the plan then takes
 * these values from `parseQuery(run).inputs` like every other setting. Pure: strings in, values and messages out.
 */
import type {CpuOffload, ShardingStrategy, TrainingObjective} from '@site/src/components/LoraMemoryCalculator/trainingTime';
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

const LIMITS = {
  tokens: {min: 1, max: 1e15, whole: true},
  epochs: {min: 1, max: 100, whole: true},
  gpus: {min: 1, max: 1_024, whole: true},
  price: {min: 0, max: 1_000, whole: false},
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
