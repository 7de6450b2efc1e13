/**
 * "Show the math": the formulas (typeset at build time, passed in as
 * children), this configuration's numbers plugged in as plain text, every
 * constant with its source, and the assumptions behind the estimate.
 */
import React, {memo, useState} from 'react';
import {customArchitectureRule, modelPresets} from '@site/src/data/models';
import {memoryConstants} from '@site/src/data/memoryConstants';
import {gpuSource} from '@site/src/data/gpus';
import {seedModelSizeTolerance} from '@site/src/data/seedMemoryClaims';
import type {CalculatorResult} from './calculate';
import {METHOD_LABELS, METHODS} from './inputs';
import {formatFileSize, formatFixed, formatGB, formatInteger, formatPercent} from './format';
import {precisionBytes} from './memoryEstimate';
import styles from './styles.module.css';

export const ASSUMPTIONS: readonly string[] = [
  'GB means 10^9 bytes everywhere on this page, as GPU vendors state memory.',
  'Parameter counts come from each model’s config.json: embeddings (vocab × hidden), an untied output head, per layer q, k, v, o and the gated MLP’s gate, up and down projections plus two RMSNorm vectors, a final norm, and Qwen2.5’s q, k, v biases.',
  'A LoRA adapter of rank r on a d_in → d_out layer has r·(d_in + d_out) parameters (A is d_in × r, B is r × d_out, no bias), as in Hugging Face PEFT. The output head is never adapted.',
  'Phi-4 stores q, k, v as one fused qkv_proj and gate, up as one gate_up_proj. Ticking any of q, k, v adapts the whole qkv_proj once; ticking gate or up adapts gate_up_proj once. That is fewer parameters than separate q, k, v adapters of the same rank.',
  `Custom size: head dimension ${customArchitectureRule.headDim}, layers = hidden ÷ ${customArchitectureRule.hiddenPerLayer}, MLP width ${customArchitectureRule.intermediatePerHidden} × hidden rounded to a multiple of ${customArchitectureRule.intermediateMultiple}, at most ${customArchitectureRule.maxKvHeads} key/value heads, a ${formatInteger(customArchitectureRule.vocab)}-token vocabulary, untied embeddings; the width (a multiple of 128) whose total is closest to the requested size is used, and its exact count is shown.`,
  'Full fine-tuning in bf16 or fp16 is mixed precision: 16-bit weights and gradients plus an fp32 master copy and the optimizer’s fp32 states. In fp32 there is no separate master copy.',
  'LoRA and QLoRA train the adapter in fp32 (PEFT’s default) over a frozen base; the adapter file is saved in the chosen precision.',
  'QLoRA stores the seven projections of every block in NF4 with their block constants; embeddings, output head, norms and biases stay in the chosen precision (16-bit for bf16 and fp16).',
  'SGD means SGD with momentum (one fp32 buffer per trained parameter); plain SGD would need none. 8-bit AdamW keeps one fp32 scale per 2,048 values of each moment.',
  'Activations follow Korthikanti et al. for a standard transformer block in 16-bit, assuming flash (fused) attention, so the 5·a·s²·b attention-score term is not stored. SwiGLU blocks differ somewhat; fp32 doubles the figure. The same activations are counted for all three methods: LoRA’s small x·A products and QLoRA’s dequantization buffers are left out.',
  'With gradient checkpointing each layer keeps only its 16-bit input (2·s·b·h bytes) and one layer at a time is recomputed in full.',
  'Logits for b·s tokens are counted once in fp32 for the loss; the 16-bit copy and the logits’ gradient are not counted.',
  'Runtime overhead is 1 GB per GPU (CUDA context, kernels, allocator slack).',
  '“Fits on one card” means the total is at most the card’s memory, with no headroom; real runs want 5–10 % spare.',
  'Cards needed: if the total does not fit on one card, weights, gradients and optimizer states are split evenly over the cards (fully sharded, as FSDP or ZeRO-3 do) and every card holds its own activations, logits and overhead. Communication buffers are not counted.',
  `The module’s figures are shown beside the estimate when the model is within ${Math.round(seedModelSizeTolerance * 100)} % of 7B or 70B. They count weights only.`,
  `GPU memory: ${gpuSource}.`,
];

interface MathPanelProps {
  result: CalculatorResult;
  /** Formulas typeset at build time (docs/_lora-memory-math.mdx). */
  formulas?: React.ReactNode;
}

/**
 * The working (about 60 typeset formulas, every number and every source) is built the first time the panel is
 * opened: sent folded in the page, it made /t1/lora-qlora's HTML 156 KB (20 KB gzip, against 5 KB for a plain
 * page) and delayed its first paint on a slow phone connection. Once opened it stays built.
 */
export default function MathPanel(props: MathPanelProps): React.JSX.Element {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className={styles.math}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}>
      <summary>Show the math</summary>
      {opened && <MathWorking {...props} />}
    </details>
  );
}

function MathWorking({result, formulas}: MathPanelProps): React.JSX.Element {
  const {architecture: a, base, lora, inputs} = result;
  const preset = modelPresets.find((m) => m.id === inputs.model);
  const headDim = a.hidden / a.heads;
  const savedBytes = precisionBytes(inputs.precision);
  return (
    <>
      {formulas && (
        <div className={styles.formulas} tabIndex={0} role="region" aria-label="Formulas (scroll sideways on a narrow screen)">
          {formulas}
        </div>
      )}

      <h3>With your numbers</h3>
      <div className={styles.numbers}>
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
              <strong>Total: {formatGB(result.methods[method].totalBytes)}</strong>
            </li>
          </ul>
        </div>
      ))}

      </div>

      <ConstantsAndAssumptions />
    </>
  );
}

/** The same for every setting: memoised, so a slider step does not re-render it. */
const ConstantsAndAssumptions = memo(function ConstantsAndAssumptions(): React.JSX.Element {
  return (
    <>
      <h3>Constants and their sources</h3>
      <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="Constants and their sources (scrolls sideways)">
        <table>
          <thead>
            <tr>
              <th scope="col">Constant</th>
              <th scope="col">Value</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(memoryConstants).map(([name, c]) => (
              <tr key={name}>
                <th scope="row">{c.label}</th>
                <td>
                  {Number.isInteger(c.value) ? formatInteger(c.value) : String(c.value)}{' '}
                  {c.unit}
                </td>
                <td>{c.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>Assumptions</h3>
      <ul>
        {ASSUMPTIONS.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </>
  );
});
