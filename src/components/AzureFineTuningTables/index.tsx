import React from 'react';
import SeedTable from '@site/src/components/SeedTable';
import {
  azureCostTableHeader,
  azureFineTunableModels,
  azureModelsTableHeader,
  azureTrainingCosts,
  minDataText,
  supportText,
  trainingCostText,
} from '@site/src/data/azureFineTuning';
import styles from './styles.module.css';

/** T1.9's table of the model families Azure AI Foundry fine-tunes, as the module writes it. */
export function AzureModelsTable(): React.JSX.Element {
  return (
    <SeedTable
      header={azureModelsTableHeader}
      rows={azureFineTunableModels.map((model) => [model.name, supportText(model), model.method, minDataText(model)])}
      rowHeaderClassName={styles.rowHeader}
    />
  );
}

/**
 * T1.9's "Cost Estimation" table, as the module writes it. The per-token
 * prices are the numbers the customization-fit widget prices a reader's
 * training run with.
 */
export function AzureCostTable(): React.JSX.Element {
  return (
    <SeedTable
      header={azureCostTableHeader}
      rows={azureTrainingCosts.map((cost) => [cost.name, trainingCostText(cost.training), cost.hosting])}
      rowHeaderClassName={styles.rowHeader}
    />
  );
}
