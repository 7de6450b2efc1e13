/**
 * The calculator's state in the query string: parse (with a message for every
 * value that had to be corrected) and serialise. Pure: strings in, strings out.
 *
 *   ?model=llama-3.1-70b&rank=16&alpha=32&targets=q,k,v,o,gate,up,down
 *    &precision=bf16&optimizer=adamw&seq=2048&batch=1&gc=1&dq=1
 *    &loss=full&dropout=0&trained=fp32&oldbnb=0&gpu=a100-80
 *    &objective=sft&reference=model&gpus=8&strategy=zero3&offload=none&tokens=20000000&epochs=3
 *    [&price=2.99 (absent: the GPU's default)]
 *    [&params=13 (custom only)] [&method=qlora (emphasis from another page)]
 *
 * `tokens` here is training tokens per epoch; the fit table on /t1/customization-spectrum uses `tokens` for tokens
 * per example. The two widgets are on different pages and each keeps only its own keys.
 */
import {CUSTOM_MODEL_ID, modelPresets} from '@site/src/data/models';
import {gpus, type GpuWithCompute} from '@site/src/data/gpus';
import {TARGET_MODULES, type TargetModule} from './loraMath';
import {
  DEFAULT_INPUTS,
  DPO_REFERENCES,
  GPU_IDS,
  OBJECTIVES,
  OFFLOADS,
  PRICE_LIMITS,
  STRATEGIES,
  LOSS_MODES,
  METHODS,
  MODEL_IDS,
  NUMERIC_LIMITS,
  OPTIMIZERS,
  PRECISIONS,
  TRAINED_PRECISIONS,
  type CalculatorInputs,
  type NumericInput,
} from './inputs';
import {formatFixed, quoteInput} from './format';

/** Query keys, in the order they are written. */
export const QUERY_KEYS = [
  'model',
  'params',
  'rank',
  'alpha',
  'targets',
  'precision',
  'optimizer',
  'seq',
  'batch',
  'gc',
  'dq',
  'loss',
  'dropout',
  'trained',
  'oldbnb',
  'gpu',
  'objective',
  'reference',
  'gpus',
  'strategy',
  'offload',
  'tokens',
  'epochs',
  'price',
  'method',
] as const;
export type QueryKey = (typeof QUERY_KEYS)[number];

const NUMERIC_KEYS: Record<NumericInput, QueryKey> = {
  paramsBillions: 'params',
  rank: 'rank',
  alpha: 'alpha',
  seqLength: 'seq',
  microBatch: 'batch',
  gpus: 'gpus',
  tokensPerEpoch: 'tokens',
  epochs: 'epochs',
};

export interface ParsedQuery {
  inputs: CalculatorInputs;
  /**
   * One sentence per corrected or ignored value, naming its parameter. Only
   * well-formed numbers are quoted back; other input is described, not echoed.
   */
  messages: string[];
  /** True when the query string held any of the calculator's keys. */
  hadCalculatorKeys: boolean;
}

// Plain decimal numbers only: no hex, no "Infinity", no digits from other scripts.
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

function describeDefault(key: QueryKey): string {
  switch (key) {
    case 'model':
      return modelPresets.find((m) => m.id === DEFAULT_INPUTS.model)?.name ?? DEFAULT_INPUTS.model;
    case 'gpu':
      return gpus.find((g) => g.id === DEFAULT_INPUTS.gpu)?.name ?? DEFAULT_INPUTS.gpu;
    case 'targets':
      return DEFAULT_INPUTS.targets.join(',');
    default:
      return '';
  }
}

/** "$0.60 per GPU-hour, RunPod, 2026-03": the default price of a GPU, with where and when it was read. */
export function defaultPriceText(gpu: GpuWithCompute): string {
  return `$${formatFixed(gpu.price.usdPerGpuHour, 2)} per GPU-hour (${gpu.price.kind}, ${gpu.price.asOf})`;
}

function limitText(value: number): string {
  return Number.isInteger(value) ? String(value) : formatFixed(value, 1);
}

/** Reads a query string (with or without the leading "?") into valid inputs and messages. */
export function parseQuery(search: string): ParsedQuery {
  const params = new URLSearchParams(search);
  const messages: string[] = [];
  const inputs: CalculatorInputs = {...DEFAULT_INPUTS, targets: [...DEFAULT_INPUTS.targets]};
  let hadCalculatorKeys = false;

  /** The first value of a key; repeats are reported. */
  const read = (key: QueryKey): string | undefined => {
    const all = params.getAll(key);
    if (all.length === 0) return undefined;
    hadCalculatorKeys = true;
    if (all.length > 1) messages.push(`${key}: given ${all.length} times; the first value is used.`);
    return all[0].trim();
  };

  const readChoice = <T extends string>(key: QueryKey, allowed: readonly T[], fallback: T, fallbackName = fallback): T => {
    const raw = read(key);
    if (raw === undefined) return fallback;
    const value = raw.toLowerCase();
    if ((allowed as readonly string[]).includes(value)) return value as T;
    messages.push(`${key}: not one of ${allowed.join(', ')}; using ${fallbackName}.`);
    return fallback;
  };

  const readNumber = (name: NumericInput) => {
    const key = NUMERIC_KEYS[name];
    const raw = read(key);
    if (raw === undefined) return;
    const {min, max, integer} = NUMERIC_LIMITS[name];
    if (!DECIMAL.test(raw)) {
      messages.push(`${key}: not a number; using the default, ${DEFAULT_INPUTS[name]}.`);
      return;
    }
    const value = Number(raw);
    if (value < min) {
      messages.push(`${key}: ${quoteInput(raw)} is below the smallest allowed value; using ${limitText(min)}.`);
      inputs[name] = min;
    } else if (value > max) {
      messages.push(`${key}: ${quoteInput(raw)} is above the largest allowed value; using ${limitText(max)}.`);
      inputs[name] = max;
    } else if (integer && !Number.isInteger(value)) {
      inputs[name] = Math.round(value);
      messages.push(`${key}: ${quoteInput(raw)} is not a whole number; using ${inputs[name]}.`);
    } else {
      inputs[name] = value;
    }
  };

  inputs.model = readChoice('model', MODEL_IDS, DEFAULT_INPUTS.model, describeDefault('model'));
  if (inputs.model === CUSTOM_MODEL_ID) readNumber('paramsBillions');
  else if (read('params') !== undefined) messages.push(`params: applies only with model=${CUSTOM_MODEL_ID}; ignored.`);

  readNumber('rank');
  readNumber('alpha');

  const rawTargets = read('targets');
  if (rawTargets !== undefined) {
    const names = rawTargets.split(',').map((t) => t.trim().toLowerCase()).filter((t) => t !== '');
    const unknown = names.filter((t) => !(TARGET_MODULES as readonly string[]).includes(t));
    const known = TARGET_MODULES.filter((t) => names.includes(t));
    if (unknown.length > 0) {
      const count = unknown.length === 1 ? 'one name' : `${unknown.length} names`;
      messages.push(`targets: ${count} not among ${TARGET_MODULES.join(', ')}; ignored.`);
    }
    if (known.length === 0) {
      messages.push(`targets: no module left to adapt; using ${describeDefault('targets')}.`);
    } else {
      inputs.targets = known as TargetModule[];
    }
  }

  inputs.precision = readChoice('precision', PRECISIONS, DEFAULT_INPUTS.precision);
  inputs.optimizer = readChoice('optimizer', OPTIMIZERS, DEFAULT_INPUTS.optimizer);
  readNumber('seqLength');
  readNumber('microBatch');
  inputs.gradientCheckpointing = readChoice('gc', ['0', '1'], DEFAULT_INPUTS.gradientCheckpointing ? '1' : '0') === '1';
  inputs.doubleQuant = readChoice('dq', ['0', '1'], DEFAULT_INPUTS.doubleQuant ? '1' : '0') === '1';
  inputs.loss = readChoice('loss', LOSS_MODES, DEFAULT_INPUTS.loss);
  inputs.loraDropout = readChoice('dropout', ['0', '1'], DEFAULT_INPUTS.loraDropout ? '1' : '0') === '1';
  inputs.trainedPrecision = readChoice('trained', TRAINED_PRECISIONS, DEFAULT_INPUTS.trainedPrecision);
  inputs.oldBitsandbytes = readChoice('oldbnb', ['0', '1'], DEFAULT_INPUTS.oldBitsandbytes ? '1' : '0') === '1';
  inputs.gpu = readChoice('gpu', GPU_IDS, DEFAULT_INPUTS.gpu, describeDefault('gpu'));

  inputs.objective = readChoice('objective', OBJECTIVES, DEFAULT_INPUTS.objective);
  inputs.dpoReference = readChoice('reference', DPO_REFERENCES, DEFAULT_INPUTS.dpoReference);
  readNumber('gpus');
  inputs.strategy = readChoice('strategy', STRATEGIES, DEFAULT_INPUTS.strategy);
  inputs.offload = readChoice('offload', OFFLOADS, DEFAULT_INPUTS.offload);
  readNumber('tokensPerEpoch');
  readNumber('epochs');

  const rawPrice = read('price');
  if (rawPrice !== undefined) {
    const gpu = gpus.find((g) => g.id === inputs.gpu) ?? gpus[0];
    const fallback = `the ${gpu.name}’s default, ${defaultPriceText(gpu)}`;
    if (!DECIMAL.test(rawPrice)) {
      messages.push(`price: not a number; using ${fallback}.`);
    } else {
      const value = Number(rawPrice);
      if (value < PRICE_LIMITS.min) {
        messages.push(`price: ${quoteInput(rawPrice)} is below the smallest allowed value; using ${limitText(PRICE_LIMITS.min)}.`);
        inputs.usdPerGpuHour = PRICE_LIMITS.min;
      } else if (value > PRICE_LIMITS.max) {
        messages.push(`price: ${quoteInput(rawPrice)} is above the largest allowed value; using ${limitText(PRICE_LIMITS.max)}.`);
        inputs.usdPerGpuHour = PRICE_LIMITS.max;
      } else {
        inputs.usdPerGpuHour = value;
      }
    }
  }

  const rawMethod = read('method');
  if (rawMethod !== undefined) {
    const method = rawMethod.toLowerCase();
    if ((METHODS as readonly string[]).includes(method)) inputs.recommendedMethod = method as CalculatorInputs['recommendedMethod'];
    else messages.push(`method: not one of ${METHODS.join(', ')}; ignored.`);
  }

  return {inputs, messages, hadCalculatorKeys};
}

/** The calculator's keys and values, in a fixed order. */
export function queryEntries(inputs: CalculatorInputs): [QueryKey, string][] {
  const entries: [QueryKey, string][] = [['model', inputs.model]];
  if (inputs.model === CUSTOM_MODEL_ID) entries.push(['params', String(inputs.paramsBillions)]);
  entries.push(
    ['rank', String(inputs.rank)],
    ['alpha', String(inputs.alpha)],
    ['targets', inputs.targets.join(',')],
    ['precision', inputs.precision],
    ['optimizer', inputs.optimizer],
    ['seq', String(inputs.seqLength)],
    ['batch', String(inputs.microBatch)],
    ['gc', inputs.gradientCheckpointing ? '1' : '0'],
    ['dq', inputs.doubleQuant ? '1' : '0'],
    ['loss', inputs.loss],
    ['dropout', inputs.loraDropout ? '1' : '0'],
    ['trained', inputs.trainedPrecision],
    ['oldbnb', inputs.oldBitsandbytes ? '1' : '0'],
    ['gpu', inputs.gpu],
    ['objective', inputs.objective],
    ['reference', inputs.dpoReference],
    ['gpus', String(inputs.gpus)],
    ['strategy', inputs.strategy],
    ['offload', inputs.offload],
    ['tokens', String(inputs.tokensPerEpoch)],
    ['epochs', String(inputs.epochs)],
  );
  if (inputs.usdPerGpuHour !== null) entries.push(['price', String(inputs.usdPerGpuHour)]);
  if (inputs.recommendedMethod) entries.push(['method', inputs.recommendedMethod]);
  return entries;
}

/** Commas stay readable in `targets=q,v`. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',');
}

/** "model=llama-2-7b&rank=8&…" for the inputs alone. */
export function serializeQuery(inputs: CalculatorInputs): string {
  return queryEntries(inputs)
    .map(([key, value]) => `${key}=${encode(value)}`)
    .join('&');
}

/**
 * A full search string ("?…") that keeps other widgets' keys from `currentSearch`
 * and replaces the calculator's own.
 */
export function mergeIntoSearch(currentSearch: string, inputs: CalculatorInputs): string {
  const foreign = new URLSearchParams(currentSearch);
  for (const key of QUERY_KEYS) foreign.delete(key);
  const rest = foreign.toString();
  const ours = serializeQuery(inputs);
  return `?${rest ? `${rest}&` : ''}${ours}`;
}
