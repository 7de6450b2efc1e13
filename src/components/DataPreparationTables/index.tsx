import React from 'react';
import SeedTable from '@site/src/components/SeedTable';
import {
  dataQualityChecks,
  dataQualityTableHeader,
  dataVolumeByModelSize,
  dataVolumeTableHeader,
  excellentText,
  goodText,
  minimumText,
} from '@site/src/data/dataPreparation';
import styles from './styles.module.css';

/** T1.6's "Data Quality Checklist", as the module writes it; the training-data checker judges a file row by row. */
export function DataQualityChecklistTable(): React.JSX.Element {
  return (
    <SeedTable
      header={dataQualityTableHeader}
      rows={dataQualityChecks.map((check) => [check.check, check.whyItMatters, check.howToVerify])}
      rowHeaderClassName={styles.rowHeader}
    />
  );
}

/** T1.6's "How much data?", as the module writes it; the checker places a file's usable examples on the same rows. */
export function DataVolumeTable(): React.JSX.Element {
  return (
    <SeedTable
      header={dataVolumeTableHeader}
      rows={dataVolumeByModelSize.map((row) => [row.modelSize, minimumText(row), goodText(row), excellentText(row)])}
      rowHeaderClassName={styles.rowHeader}
    />
  );
}
