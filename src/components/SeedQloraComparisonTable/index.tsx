import React from 'react';
import SeedTable from '@site/src/components/SeedTable';
import {seedQloraComparisonTable} from '@site/src/data/seedMemoryClaims';

/**
 * The module's T1.3 table "Comparison | LoRA | QLoRA", drawn from the same
 * data the LoRA memory calculator compares its estimates with.
 */
export default function SeedQloraComparisonTable(): React.JSX.Element {
  return <SeedTable header={seedQloraComparisonTable.header} rows={seedQloraComparisonTable.rows} />;
}
