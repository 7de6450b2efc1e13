/**
 * The words of "The run": what the setup is, the caveats in a sentence each, the managed price beside the GPU cost,
 * and how close the time estimate is. Pure.
 */
import {throughputConstants as T} from '@site/src/data/throughputConstants';
import {TOKENS_PER_PRICE_UNIT} from '@site/src/data/azureFineTuning';
import type {CalculatorResult} from './calculate';
import type {Offload, Strategy} from './inputs';
import {formatFixed, formatGB, formatInteger, formatTokens} from './format';
import {percentUp} from './calibration';
import {effectiveOffload} from './perGpuMemory';
import type {CalibrationSummary} from './throughputCheck';
import {formatUsd, type RunCaveat, type RunResult} from './runPlan';
import type {ManagedFineTuningCost} from './managedFineTuningCost';

export const STRATEGY_NAMES: Record<Strategy, string> = {ddp: 'DDP', zero2: 'ZeRO-2', zero3: 'ZeRO-3 / FSDP full shard'};

const OFFLOAD_NAMES: Record<Offload, string> = {
  none: 'no CPU offload',
  optimizer: 'optimizer states in CPU memory',
  all: 'weights, gradients and optimizer states in CPU memory',
};

/** "8 × NVIDIA H100 (80 GB), ZeRO-3 / FSDP full shard, no CPU offload". */
export function setupText(result: CalculatorResult): string {
  const {inputs, gpu} = result;
  const {offload} = effectiveOffload(inputs.strategy, inputs.offload);
  const cards = `${formatInteger(inputs.gpus)} × ${gpu.name} (${gpu.memoryGB} GB)`;
  return inputs.gpus === 1 && offload === 'none' ? `one ${gpu.name} (${gpu.memoryGB} GB)` : `${cards}, ${STRATEGY_NAMES[inputs.strategy]}, ${OFFLOAD_NAMES[offload]}`;
}

/** "20 million tokens × 3 epochs = 60 million training tokens". */
export function tokensText(result: CalculatorResult): string {
  const {inputs} = result;
  const total = inputs.tokensPerEpoch * inputs.epochs;
  const pairs = inputs.objective === 'dpo' ? ', chosen and rejected responses both counted' : '';
  return `${formatTokens(inputs.tokensPerEpoch)} tokens × ${formatInteger(inputs.epochs)} ${inputs.epochs === 1 ? 'epoch' : 'epochs'} = ${formatTokens(total)} training tokens${pairs}`;
}

/** One sentence per caveat; `run` gives the figures some of them quote. */
export function caveatText(caveat: RunCaveat, result: CalculatorResult, run: RunResult): string {
  switch (caveat) {
    case 'offload-needs-sharding':
      return 'CPU offload comes with sharding (DeepSpeed ZeRO, FSDP): under DDP nothing is offloaded, so the figures assume none.';
    case 'weights-offload-needs-zero3':
      return 'Offloading the weights needs ZeRO-3; with ZeRO-2 only the optimizer states go to CPU memory, as the figures assume.';
    case 'qlora-fsdp-storage':
      return 'QLoRA’s 4-bit weights shard under FSDP only when bitsandbytes stores them in the type the rest of the model uses (bnb_4bit_quant_storage = bfloat16); otherwise every card keeps the whole 4-bit model.';
    case 'tensor-parallel':
      return 'Tensor and pipeline parallelism (Megatron-LM, DeepSpeed pipelines), which split each layer or the stack of layers across cards, are out of scope: the figures are for data parallelism, each card running its own micro-batch.';
    case 'cpu-offload-time':
      return 'CPU offload adds transfers over PCIe and an optimizer step on the CPU that the time estimate does not count: the run takes longer than shown, so the times and costs are floors.';
    case 'pcie-sharding':
      return `These cards talk over PCIe: sharded training moves every layer’s weights between them each step, which can take longer than the compute (Answer.AI measured it on RTX A5000 and 6000 Ada rigs).`;
    case 'small-steps':
      return 'With fewer tokens per micro-step than any calibration run, eager PyTorch waits on launching its many small kernels: measured runs of that size took up to twice the estimate.';
    case 'ppo':
      return `RLHF with PPO, which T1.5 compares with DPO, holds four models: the policy and a value model, both trained, and a frozen reference and reward model. For full fine-tuning of ${result.modelName} that is on the order of ${formatGB(run.ppoBytes)}, and generating the responses takes most of each step (about 80 % of the time, OpenRLHF reports): this calculator does not compute it.`;
  }
}

/** What T1.9's managed fine-tuning would bill, or why it gives no figure for this model. */
export function managedText(managed: ManagedFineTuningCost | null, modelName: string): string {
  if (managed === null) return `T1.9’s managed fine-tuning does not list ${modelName}.`;
  if (managed.kind === 'not-priced') return `T1.9 lists ${managed.modelName} for managed fine-tuning but gives no training price for it.`;
  if (managed.kind === 'compute-hours') return `T1.9 bills ${managed.modelName} fine-tuning by ${managed.text.toLowerCase()}, with no per-token price.`;
  return `At T1.9’s ${formatUsd(managed.usdPerMillionTokens)} per million training tokens, ${managed.modelName} would bill ${formatUsd(managed.usd)}.`;
}

/** For scale: the same tokens as a managed job at T1.9's cheapest per-token price. */
export function managedForScaleText(managed: ManagedFineTuningCost): string {
  if (managed.kind !== 'per-token') return '';
  return `For scale, the same ${formatTokens(managed.billedTokens)} training tokens on T1.9’s managed ${managed.modelName} (${formatUsd(managed.usdPerMillionTokens)} per ${formatTokens(TOKENS_PER_PRICE_UNIT)} tokens) would bill ${formatUsd(managed.usd)}.`;
}

/** "about ±5 % on the 29 published runs below (8 in 10 within 0.83–1.13 × the estimate)". */
export function timeAccuracyText(summary: CalibrationSummary, where = 'below'): string {
  return `about ±${percentUp(summary.medianAbsoluteError)} % on the ${summary.included} published runs ${where} (8 in 10 ran at ${formatFixed(T.rangeLow.value, 2)}–${formatFixed(T.rangeHigh.value, 2)} × the estimated speed)`;
}
