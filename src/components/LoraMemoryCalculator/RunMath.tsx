/**
 * "Show the math" for the run: how each method's memory is shared by the chosen cards (the sharding of each part),
 * the FLOPs each token costs and how they become time and cost (trainingTimeMath.ts), the utilization range and where
 * it comes from, and the time estimate's constants with their sources.
 */
import React, {memo} from 'react';
import {throughputConstants} from '@site/src/data/throughputConstants';
import type {CalculatorResult} from './calculate';
import {METHOD_LABELS, METHODS} from './inputs';
import {formatFixed, formatGB} from './format';
import DetailsBuiltWhenOpened from './DetailsBuiltWhenOpened';
import {trainingRunInputOf, type RunResult} from './runPlan';
import {perGpuWorkings} from './perGpuMemory';
import {TRAINING_TIME_ASSUMPTIONS, trainingTimeWorkings} from './trainingTimeMath';
import {setupText, STRATEGY_NAMES} from './runTexts';
import ConstantsTable from './ConstantsTable';
import own from './MathPanel.module.css';

/** How each strategy places the parts, in a sentence each. */
export const SHARDING_BY_STRATEGY: readonly string[] = [
  `${STRATEGY_NAMES.ddp}: every card holds the weights, gradients and optimizer states whole, and its own activations; more cards only add throughput.`,
  `${STRATEGY_NAMES.zero2}: the optimizer states (with mixed precision’s fp32 master copy) and the gradients are split evenly over the cards; each card keeps the whole 16-bit (or 4-bit) model.`,
  `${STRATEGY_NAMES.zero3}: the weights are split too (QLoRA’s 4-bit ones with a matching storage type), and each card gathers them a block at a time: two decoder blocks and the root unit (embeddings, output head, final norm) are unsharded at once, and in full fine-tuning their 16-bit gradients until they are reduce-scattered.`,
  'CPU offload: “optimizer states” moves them (and the master copy) to CPU memory; “weights, gradients and optimizer states” (ZeRO-3 only) leaves on the card only the gathered blocks, the activations, the logits and the buffers.',
  'Activations, kept inputs, the dequantization buffer and the logits belong to each card’s own micro-batch and are never sharded; every card pays the CUDA context.',
];

export default function RunMath({result, run}: {result: CalculatorResult; run: RunResult}): React.JSX.Element {
  const inputs = METHODS.map((method) => trainingRunInputOf(result, method));
  const workings = METHODS.map((method, i) => trainingTimeWorkings(inputs[i], run.methods[method].time));
  // The attention line is the same for every method: shown once.
  const [attention] = workings[0];
  return (
    <div className={own.runMath}>
      <h3>The run: {setupText(result)}</h3>
      <div className={own.numbers}>
        <p>
          {attention.label}: {attention.workings}.
        </p>
        {METHODS.map((method, i) => {
          const estimate = result.methods[method];
          const perGpu = estimate.perGpu;
          const whole = perGpu.parts.filter((p) => p.bytes > 0 && p.placement === 'whole' && p.id !== 'allocatorReserve' && p.id !== 'runtimeOverhead');
          const wholeBytes = whole.reduce((sum, p) => sum + p.bytes, 0);
          return (
            <div key={method}>
              <h4>{METHOD_LABELS[method]}</h4>
              <ul>
                {perGpu.parts.map((part) =>
                  (part.bytes > 0 || part.id === 'gatheredBlocks') && !whole.includes(part) ? (
                    <li key={part.id}>
                      {part.label} per card: {perGpuWorkings(part, estimate, perGpu.layout.gpus)}
                      {part.bytes > 0 ? ` = ${formatGB(part.bytes)}` : ''}
                    </li>
                  ) : null,
                )}
                {whole.length > 0 && (
                  <li>
                    Held whole on every card: {whole.map((p) => `${p.label.toLowerCase()} ${formatGB(p.bytes)}`).join(', ')} = {formatGB(wholeBytes)}
                  </li>
                )}
                <li>
                  <strong>
                    Per card: {formatGB(perGpu.totalBytes)}
                    {perGpu.cpuBytes > 0 ? `; in CPU memory per card: ${formatGB(perGpu.cpuBytes)}` : ''}
                  </strong>
                </li>
                {workings[i].slice(1).map((line) => (
                  <li key={line.label}>
                    {line.label}: {line.workings}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
      <RunConstantsAndAssumptions />
    </div>
  );
}

/** The same for every setting: memoised, so a slider step does not re-render it. */
const RunConstantsAndAssumptions = memo(function RunConstantsAndAssumptions(): React.JSX.Element {
  return (
    <>
      <h3>Sharding, by strategy</h3>
      <ul>
        {SHARDING_BY_STRATEGY.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <h3>Time: where the utilization comes from</h3>
      <p>
        The utilization range is not typed: the step efficiency η is the median of what LLM Foundry’s published runs achieve on each
        GPU generation ({formatFixed(throughputConstants.stepEfficiency.value, 2)} on Ampere and Ada, {formatFixed(throughputConstants.stepEfficiencyHopper.value, 2)} on Hopper),
        and the range is where 8 in 10 of the calibration runs fell, {formatFixed(throughputConstants.rangeLow.value, 2)}–{formatFixed(throughputConstants.rangeHigh.value, 2)} × the
        estimated speed; the unit tests recompute both from the published runs.
      </p>
      <DetailsBuiltWhenOpened className={own.math} summary="Time constants and their sources">
        {() => <ConstantsTable name="Time constants and their sources" constants={throughputConstants} />}
      </DetailsBuiltWhenOpened>
      <h3>Time and cost: assumptions</h3>
      <ul>
        {TRAINING_TIME_ASSUMPTIONS.map((text) => (
          <li key={text}>{text}</li>
        ))}
        <li>No gradient accumulation: one micro-step per optimizer step, so the optimizer step’s share of the time is the largest it can be.</li>
        <li>GPU prices are one provider’s list price or a market figure at the date shown with each GPU; the price field takes yours.</li>
      </ul>
    </>
  );
});
