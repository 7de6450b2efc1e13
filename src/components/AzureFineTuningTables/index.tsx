import React from 'react';
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

function HeaderRow({cells}: {cells: readonly string[]}): React.JSX.Element {
  return (
    <thead>
      <tr>
        {cells.map((cell) => (
          <th key={cell} scope="col">
            {cell}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** T1.9's table of the model families Azure AI Foundry fine-tunes, as the module writes it. */
export function AzureModelsTable(): React.JSX.Element {
  return (
    <table>
      <HeaderRow cells={azureModelsTableHeader} />
      <tbody>
        {azureFineTunableModels.map((model) => (
          <tr key={model.id}>
            <th scope="row" className={styles.rowHeader}>
              <strong>{model.name}</strong>
            </th>
            <td>{supportText(model)}</td>
            <td>{model.method}</td>
            <td>{minDataText(model)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * T1.9's "Cost Estimation" table, as the module writes it. The per-token
 * prices are the numbers the customization-fit widget prices a reader's
 * training run with.
 */
export function AzureCostTable(): React.JSX.Element {
  return (
    <table>
      <HeaderRow cells={azureCostTableHeader} />
      <tbody>
        {azureTrainingCosts.map((cost) => (
          <tr key={cost.modelId}>
            <th scope="row" className={styles.rowHeader}>
              <strong>{cost.name}</strong>
            </th>
            <td>{trainingCostText(cost.training)}</td>
            <td>{cost.hosting}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
