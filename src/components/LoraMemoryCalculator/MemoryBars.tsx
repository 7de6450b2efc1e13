/** One stacked bar per method, split into its memory parts, with the selected GPU's memory marked. */
import React, {useId} from 'react';
import clsx from 'clsx';
import type {Gpu} from '@site/src/data/gpus';
import {MEMORY_PARTS} from './memoryEstimate';
import {METHOD_LABELS, type Method} from './inputs';
import type {BarLayout} from './barLayout';
import {formatGB} from './format';
import styles from './styles.module.css';
import barStyles from './MemoryBars.module.css';

/** Short names that fit inside a segment. */
const SHORT_PART_LABELS: Record<(typeof MEMORY_PARTS)[number]['id'], string> = {
  baseWeights: 'weights',
  adapterWeights: 'adapter',
  gradients: 'grads',
  optimizerStates: 'optimizer',
  referenceWeights: 'reference',
  activations: 'activations',
  adapterInputs: 'inputs',
  dequantBuffer: 'dequant',
  logits: 'logits',
  allocatorReserve: 'reserve',
  runtimeOverhead: 'CUDA',
};

/** Segments narrower than this share of the track carry no text (the legend names them). */
const MIN_LABELLED_PERCENT = 18;

interface MemoryBarsProps {
  layout: BarLayout;
  gpu: Gpu;
  recommended: Method | null;
}

export default function MemoryBars({layout, gpu, recommended}: MemoryBarsProps): React.JSX.Element {
  const captionId = useId();
  return (
    <figure className={barStyles.bars} aria-labelledby={captionId}>
      <figcaption id={captionId} className={barStyles.barsCaption}>
        GPU memory per method, stacked by part, in GB (10<sup>9</sup> bytes). The dashed line marks one {gpu.name} (
        {gpu.memoryGB} GB).
      </figcaption>
      {layout.bars.map((bar) => (
        <div key={bar.method} className={clsx(barStyles.barRow, recommended === bar.method && barStyles.recommendedBar)}>
          <p className={barStyles.barLabel}>
            <span className={barStyles.barMethod}>{METHOD_LABELS[bar.method]}</span>
            {recommended === bar.method && <span className={clsx(styles.badge, barStyles.barBadge)}>recommended</span>}
            <span className={barStyles.barTotal}>{formatGB(bar.totalBytes)}</span>
            {bar.cut && <span className={barStyles.cutNote}>(bar cut at the edge of the scale)</span>}
          </p>
          <div className={barStyles.track} aria-hidden="true">
            {bar.segments.map((segment) => (
              <span
                key={segment.id}
                className={clsx(barStyles.segment, barStyles[`part_${segment.id}`])}
                style={{width: `${segment.percent}%`}}
                title={`${segment.label}: ${formatGB(segment.bytes)}`}>
                {segment.percent >= MIN_LABELLED_PERCENT ? SHORT_PART_LABELS[segment.id] : ''}
              </span>
            ))}
            {bar.cut && <span className={barStyles.cutMark} />}
            <span className={barStyles.gpuLine} style={{left: `${Math.min(100, layout.gpuLinePercent)}%`}} />
          </div>
          <p className="visually-hidden">
            {bar.segments.map((s) => `${s.label} ${formatGB(s.bytes)}`).join(', ')}
          </p>
        </div>
      ))}
      <div className={barStyles.axis} aria-hidden="true">
        <span>0 GB</span>
        <span>{formatGB(layout.scaleBytes)}</span>
      </div>
      <ul className={barStyles.legend}>
        {MEMORY_PARTS.filter((part) => part.id !== 'referenceWeights' || layout.bars.some((b) => b.segments.some((s) => s.id === part.id))).map((part) => (
          <li key={part.id}>
            <span className={clsx(barStyles.swatch, barStyles[`part_${part.id}`])} aria-hidden="true" />
            {part.label}
          </li>
        ))}
        <li>
          <span className={barStyles.swatchLine} aria-hidden="true" />
          {gpu.name}: {gpu.memoryGB} GB
        </li>
      </ul>
    </figure>
  );
}
