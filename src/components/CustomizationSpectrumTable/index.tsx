import React from 'react';
import SeedTable from '@site/src/components/SeedTable';
import {customizationMethods, customizationTableHeader, seedTableRow} from '@site/src/data/customizationMethods';
import styles from './styles.module.css';

/**
 * T1.1's table of the eight ways to customize a model, cell for cell as the
 * module writes it, drawn from the same data the "Which method fits you?"
 * widget judges with.
 */
export default function CustomizationSpectrumTable(): React.JSX.Element {
  return (
    <SeedTable header={customizationTableHeader} rows={customizationMethods.map(seedTableRow)} rowHeaderClassName={styles.rowHeader} />
  );
}
