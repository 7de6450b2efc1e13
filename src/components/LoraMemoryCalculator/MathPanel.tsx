/**
 * "Show the math": the formulas (typeset at build time, passed in as
 * children), this configuration's numbers plugged in as plain text, every
 * constant with its source, and the assumptions behind the estimate.
 */
import React, {memo} from 'react';
import {customArchitectureRule, modelPresets} from '@site/src/data/models';
import {memoryConstants} from '@site/src/data/memoryConstants';
import {gpuSource} from '@site/src/data/gpus';
import {seedModelSizeTolerance} from '@site/src/data/seedMemoryClaims';
import type {CalculatorResult} from './calculate';
import {METHOD_LABELS, METHODS} from './inputs';
import {formatFileSize, formatFixed, formatGB, formatInteger, formatPercent} from './format';
import {precisionBytes} from './memoryEstimate';
import DetailsBuiltWhenOpened from './DetailsBuiltWhenOpened';
import ConstantsTable from './ConstantsTable';
import RunMath from './RunMath';
import type {RunResult} from './runPlan';
import own from './MathPanel.module.css';

export const ASSUMPTIONS: readonly string[] = [
  'GB means 10^9 bytes everywhere on this page, as GPU vendors state memory.',
  'Parameter counts come from each model’s config.json: embeddings (vocab × hidden), an untied output head, per layer q, k, v, o and the gated MLP’s gate, up and down projections plus two RMSNorm vectors, a final norm, and Qwen2.5’s q, k, v biases.',
  'A LoRA adapter of rank r on a d_in → d_out layer has r·(d_in + d_out) parameters (A is d_in × r, B is r × d_out, no bias), as in Hugging Face PEFT. The output head is never adapted.',
  'Phi-4 stores q, k, v as one fused qkv_proj and gate, up as one gate_up_proj. Ticking any of q, k, v adapts the whole qkv_proj once; ticking gate or up adapts gate_up_proj once. That is fewer parameters than separate q, k, v adapters of the same rank.',
  `Custom size: head dimension ${customArchitectureRule.headDim}, layers = hidden ÷ ${customArchitectureRule.hiddenPerLayer}, MLP width ${customArchitectureRule.intermediatePerHidden} × hidden rounded to a multiple of ${customArchitectureRule.intermediateMultiple}, at most ${customArchitectureRule.maxKvHeads} key/value heads, a ${formatInteger(customArchitectureRule.vocab)}-token vocabulary, untied embeddings; the width (a multiple of 128) whose total is closest to the requested size is used, and its exact count is shown.`,
  'Full fine-tuning in bf16 or fp16 is mixed precision by default: 16-bit weights and gradients plus an fp32 master copy and the optimizer’s fp32 states. With “16-bit” trained weights (torchtune, LitGPT’s bf16-true) there is no master copy and the moments are 16-bit too. In fp32 there is no separate master copy.',
  'LoRA and QLoRA train the adapter in fp32 by default (PEFT’s autocast_adapter_dtype) over a frozen base, or in 16-bit when chosen; the adapter file is saved in the chosen precision.',
  'QLoRA stores the seven projections of every block in NF4 with their block constants; embeddings, output head, norms and biases stay in the chosen precision (16-bit for bf16 and fp16). PEFT’s prepare_model_for_kbit_training would upcast those to fp32 (2 bytes more per such parameter); that is not counted. bitsandbytes dequantizes one 4-bit weight at a time into a 16-bit buffer: the largest one is counted.',
  'SGD means SGD with momentum (one buffer per trained parameter); plain SGD would need none. 8-bit AdamW keeps one fp32 scale per 2,048 values of each moment. Paged optimizers keep the same states in CUDA unified memory, counted here as on the GPU; under pressure they move to CPU memory, so a paged run can survive a peak this estimate says does not fit, by up to the optimizer states’ size.',
  'Activations are counted tensor by tensor, the way Korthikanti et al. count them, for the eager code of transformers, LitGPT and torchtune: per layer and token, two fp32 copies of the norms’ inputs (8h bytes), attention’s q, k, v and output with k and v widened to every query head (4h values), and SwiGLU’s gate output, up output and silu(gate) (3I values). Flash attention never stores the s × s scores. Full fine-tuning also keeps the inputs of the trained projections and norms ((5h + I) values). fp32 doubles the 16-bit values.',
  'A frozen layer keeps nothing for its own weight, but an adapter’s A matrix reads the layer’s input: q, k and v share the attention norm’s output, gate and up the MLP norm’s output, o reads the attention output and down the SwiGLU product. With LoRA dropout each adapted layer keeps its own 16-bit dropped-out copy and a one-byte mask instead. bitsandbytes before 0.44 also kept every 4-bit layer’s input (fixed in bitsandbytes PR #1270).',
  'With gradient checkpointing each layer keeps only its 16-bit input (2·s·b·h bytes) and one layer at a time is recomputed in full, with its adapters’ inputs.',
  'The loss on full logits upcasts them to fp32; at its peak, in the backward pass, the fp32 log-probabilities, their gradient and the logits’ gradient are alive together: 12 bytes per token per vocabulary entry. A chunked loss (torchtune, LitGPT) keeps 4 bytes; fused kernels (Liger, Unsloth, Cut Cross-Entropy) keep almost nothing.',
  'PyTorch’s caching allocator reserves more than it allocates. Weights, gradients and optimizer states are allocated in the same sizes every step and leave almost nothing unused; of what varies within a step (activations, kept inputs, buffers, logits) it leaves on average 15 % of the reserved memory unused (GMLake’s measurement): 0.176 × that memory is added.',
  'The CUDA context and kernels take 1,343 MiB per GPU before any tensor is allocated (transformers’ documentation, nvidia-smi). Neither torch.cuda.max_memory_allocated nor max_memory_reserved counts it.',
  'DPO runs a chosen and a rejected response per prompt in one batch: activations, kept inputs and logits are counted for twice the micro-batch. Full fine-tuning holds the reference model as a frozen copy in the training precision unless its log-probabilities were computed before training; LoRA and QLoRA use the base with the adapters switched off. The reference’s own forward pass runs without gradients before the policy’s, so its short-lived memory is not added to the peak.',
  '“Fits on one card” means the total is at most the card’s memory, with no headroom; real runs want 5–10 % spare.',
  'Cards needed: the fewest cards of the selected GPU that hold the run under the chosen sharding and offload (see “The run” below for how each strategy places each part). Communication buffers (NCCL’s, DDP’s gradient buckets) are not counted.',
  `The module’s figures are shown beside the estimate when the model is within ${Math.round(seedModelSizeTolerance * 100)} % of 7B or 70B. They count weights only.`,
  `GPU memory: ${gpuSource}.`,
];

interface MathPanelProps {
  result: CalculatorResult;
  /** Time and cost for the same settings. */
  run: RunResult;
  /** Formulas typeset at build time (docs/_lora-memory-math.mdx). */
  formulas?: React.ReactNode;
}

/**
 * The working (about 60 typeset formulas, every number and every source) is built the first time the panel is
 * opened: sent folded in the page, it made /t1/lora-qlora's HTML 156 KB (20 KB gzip, against 5 KB for a plain
 * page) and delayed its first paint on a slow phone connection. Once opened it stays built.
 */
export default function MathPanel(props: MathPanelProps): React.JSX.Element {
  return (
    <DetailsBuiltWhenOpened className={own.math} summary="Show the math">
      {() => <MathWorking {...props} />}
    </DetailsBuiltWhenOpened>
  );
}

function MathWorking({result, run, formulas}: MathPanelProps): React.JSX.Element {
  const {architecture: a, base, lora, inputs} = result;
  const preset = modelPresets.find((m) => m.id === inputs.model);
  const headDim = a.hidden / a.heads;
  const savedBytes = precisionBytes(inputs.precision);
  return (
    <>
      {formulas && (
        <div className={own.formulas} tabIndex={0} role="region" aria-label="Formulas (scroll sideways on a narrow screen)">
          {formulas}
        </div>
      )}

      <h3>With your numbers</h3>
      <div className={own.numbers}>
      <p>
        {result.modelName}: hidden h = {formatInteger(a.hidden)}, L = {a.layers} layers, MLP width{' '}
        {formatInteger(a.intermediate)}, a = {a.heads} heads of {headDim}, {a.kvHeads} key/value heads, vocabulary{' '}
        {formatInteger(a.vocab)}
        {a.fusedProjections ? ', fused qkv_proj and gate_up_proj' : ''}
        {a.qkvBias ? ', biases on q, k, v' : ''}.{preset ? ` Source: ${preset.source}.` : ''}
      </p>
      <p>
        Base model: embeddings {formatInteger(base.embeddings)} + output head {formatInteger(base.outputHead)} + block linear
        weights {formatInteger(base.blockLinearWeights)} + norms {formatInteger(base.norms)}
        {base.biases > 0 ? ` + biases ${formatInteger(base.biases)}` : ''} = {formatInteger(base.total)} parameters
        {preset ? ` (published: ${formatInteger(preset.publishedTotalParams)})` : ''}.
      </p>
      <ul>
        {lora.modules.map((m) => (
          <li key={m.name}>
            {m.name}: {inputs.rank} × ({formatInteger(m.dIn)} + {formatInteger(m.dOut)}) = {formatInteger(m.paramsPerLayer)} per
            layer
          </li>
        ))}
      </ul>
      <p>
        Trainable: {formatInteger(lora.perLayer)} × {a.layers} layers = {formatInteger(lora.total)}; share of the base model{' '}
        {formatInteger(lora.total)} ÷ {formatInteger(base.total)} = {formatPercent(result.trainablePercent)}. Adapter file:{' '}
        {formatInteger(lora.total)} × {savedBytes} B ({inputs.precision}) = {formatFileSize(result.adapterFileBytes)}. Scaling
        α/r = {inputs.alpha}/{inputs.rank} = {formatFixed(result.alphaScaling, result.alphaScaling % 1 === 0 ? 0 : 3)}.
      </p>
      {METHODS.map((method) => (
        <div key={method}>
          <h4>{METHOD_LABELS[method]}</h4>
          <ul>
            {result.methods[method].parts.map((part) => (
              <li key={part.id}>
                {part.label}: {part.workings}
                {part.bytes > 0 ? ` = ${formatGB(part.bytes)}` : ''}
              </li>
            ))}
            <li>
              Peak allocated: {formatGB(result.methods[method].allocatedBytes)}; reserved (allocated + allocator reserve):{' '}
              {formatGB(result.methods[method].reservedBytes)}
            </li>
            <li>
              <strong>Total (reserved + CUDA context): {formatGB(result.methods[method].totalBytes)}</strong>
            </li>
          </ul>
        </div>
      ))}

      </div>

      <ConstantsAndAssumptions />
      <RunMath result={result} run={run} />
    </>
  );
}

/** The same for every setting: memoised, so a slider step does not re-render it. */
const ConstantsAndAssumptions = memo(function ConstantsAndAssumptions(): React.JSX.Element {
  return (
    <>
      <h3>Constants and their sources</h3>
      <ConstantsTable name="Constants and their sources" constants={memoryConstants} />

      <h3>Assumptions</h3>
      <ul>
        {ASSUMPTIONS.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </>
  );
});
