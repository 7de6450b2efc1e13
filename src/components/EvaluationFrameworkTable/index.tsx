import React from 'react';
import SeedTable from '@site/src/components/SeedTable';
import {evaluationFramework, evaluationFrameworkHeader} from '@site/src/data/evaluation';

/** T1.8's "Evaluation Framework", as the module writes it; the win-rate calculator and the blind rater judge against its targets. */
export default function EvaluationFrameworkTable(): React.JSX.Element {
  return <SeedTable header={evaluationFrameworkHeader} rows={evaluationFramework} />;
}
