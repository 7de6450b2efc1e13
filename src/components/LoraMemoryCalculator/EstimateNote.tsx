/**
 * What the totals are and how far they are from real runs, in one sentence: the error is the calibration's,
 * computed from the engine (calibration.ts), never typed.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import {memoryConstants as C} from '@site/src/data/memoryConstants';
import {accuracyText, calibration} from './calibration';
import {formatGB} from './format';
import styles from './styles.module.css';

/** Where "How close are these estimates?" is. */
export const CALIBRATION_PATH = '/t1/lora-qlora';
export const CALIBRATION_ANCHOR = 'how-close-are-these-estimates';

export default function EstimateNote({compact}: {compact: boolean}): React.JSX.Element {
  const {summary} = calibration();
  return (
    <p className={styles.unitNote}>
      Each total is the peak memory PyTorch reserves during training plus the CUDA context ({formatGB(C.runtimeOverheadBytes.value)}),{' '}
      {compact ? (
        <>
          {accuracyText(summary, 'listed')} in{' '}
          <Link to={`${CALIBRATION_PATH}#${CALIBRATION_ANCHOR}`}>How close are these estimates?</Link>
        </>
      ) : (
        <a href={`#${CALIBRATION_ANCHOR}`}>{accuracyText(summary)}</a>
      )}
      . Memory is in GB, where 1 GB = 10<sup>9</sup> bytes (the unit GPU vendors use).
    </p>
  );
}
