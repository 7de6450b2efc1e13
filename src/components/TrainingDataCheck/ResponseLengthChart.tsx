import React, {useId} from 'react';
import {bandLabel} from './responseBands';
import {formatCount} from './verdicts';
import styles from './styles.module.css';

const WIDTH = 640;
const HEIGHT = 220;
const PLOT_TOP = 24;
const PLOT_BOTTOM = 180;


/** A bar chart of assistant-response lengths in tokens, one bar per band (each band twice as long as the last). */
export default function ResponseLengthChart({bands, responses}: {bands: readonly number[]; responses: number}): React.JSX.Element {
  const titleId = useId();
  const descId = useId();
  const tallest = Math.max(1, ...bands);
  const slot = WIDTH / bands.length;
  const description = bands.map((count, i) => `${bandLabel(i)} tokens: ${formatCount(count)}`).join('; ');
  return (
    <figure className={styles.chart}>
      <div className={styles.chartScroll} tabIndex={0} role="group" aria-label="Response-length chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} aria-describedby={descId} className={styles.chartSvg}>
        <title id={titleId}>Assistant-response lengths, in GPT-4o tokens</title>
        <desc id={descId}>{`${formatCount(responses)} responses. ${description}.`}</desc>
        <line x1={0} x2={WIDTH} y1={PLOT_BOTTOM} y2={PLOT_BOTTOM} className={styles.chartAxis} />
        {bands.map((count, i) => {
          const height = count === 0 ? 0 : Math.max(2, ((PLOT_BOTTOM - PLOT_TOP) * count) / tallest);
          const x = i * slot + slot * 0.12;
          return (
            <g key={i}>
              <rect x={x} y={PLOT_BOTTOM - height} width={slot * 0.76} height={height} className={styles.chartBar} />
              <text x={i * slot + slot / 2} y={PLOT_BOTTOM - height - 6} textAnchor="middle" className={styles.chartCount}>
                {count > 0 ? formatCount(count) : ''}
              </text>
              <text x={i * slot + slot / 2} y={PLOT_BOTTOM + 18} textAnchor="middle" className={styles.chartLabel}>
                {bandLabel(i)}
              </text>
            </g>
          );
        })}
        <text x={WIDTH / 2} y={HEIGHT - 4} textAnchor="middle" className={styles.chartLabel}>
          tokens per response
        </text>
      </svg>
      </div>
      <figcaption className={styles.caption}>
        Lengths of the {formatCount(responses)} assistant responses (for preference pairs, the chosen answer), in GPT-4o tokens. Each band counts responses from its first number of tokens up to, not including, its second, and is twice as long as the one before.
      </figcaption>
    </figure>
  );
}
