import React, {useId, useState} from 'react';
import {TOKENS_PER_PRICE_UNIT, azureTrainingCosts, type AzureTrainingCost} from '@site/src/data/azureFineTuning';
import {readPrice} from './settings';
import {formatCount, formatUsd, trainingCost} from './verdicts';
import styles from './styles.module.css';

function PriceRow({cost, fileTokens, epochs}: {cost: AzureTrainingCost; fileTokens: number; epochs: number}): React.JSX.Element {
  const id = useId();
  const listed = cost.training.kind === 'per-token' ? cost.training.usdPerMillionTokens : 0;
  const [draft, setDraft] = useState(listed.toFixed(2));
  const price = readPrice(draft);
  const used = price ?? listed;
  const result = trainingCost(fileTokens, epochs, used);
  return (
    <tr>
      <th scope="row">{cost.name}</th>
      <td data-label="Price per 1M training tokens">
        <label htmlFor={id} className="visually-hidden">
          {`${cost.name} price per million training tokens, US dollars`}
        </label>
        <span className={styles.boxRow}>
          <span aria-hidden="true">$</span>
          <input id={id} className={styles.priceBox} inputMode="decimal" value={draft} onChange={(event) => setDraft(event.target.value)} aria-describedby={`${id}-note`} />
        </span>
        <span id={`${id}-note`} className={styles.hint} aria-live="polite">
          {price === null ? `Not a price; using the module's $${listed.toFixed(2)}.` : price !== listed ? `Module: $${listed.toFixed(2)}` : ''}
        </span>
      </td>
      <td data-label="Billed tokens">{formatCount(result.billedTokens)}</td>
      <td data-label="Training cost">
        <output htmlFor={id} aria-label={`${cost.name} training cost`}>
          {formatUsd(result.usd)}
        </output>
        <span className={styles.formula}>
          {formatCount(result.billedTokens)} ÷ {formatCount(TOKENS_PER_PRICE_UNIT)} × ${used.toFixed(2)}
        </span>
      </td>
    </tr>
  );
}

/** T1.9's per-token training prices applied to the file's tokens; prices editable, as prices change. */
export default function TrainingCostTable({fileTokens, epochs}: {fileTokens: number; epochs: number}): React.JSX.Element {
  const perToken = azureTrainingCosts.filter((cost) => cost.training.kind === 'per-token');
  const other = azureTrainingCosts.filter((cost) => cost.training.kind !== 'per-token');
  return (
    <>
      <p className={styles.formulaLine}>
        Billed tokens = {formatCount(fileTokens)} tokens in the valid examples × {epochs} epoch{epochs === 1 ? '' : 's'} = {formatCount(fileTokens * epochs)}. Cost = billed tokens ÷ 1,000,000 × price per 1M training tokens.
      </p>
      <div className={styles.tableScroll} tabIndex={0} role="group" aria-label="Training cost">
        <table className={styles.costTable}>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Price per 1M training tokens</th>
              <th scope="col">Billed tokens</th>
              <th scope="col">Training cost</th>
            </tr>
          </thead>
          <tbody>
            {perToken.map((cost) => (
              <PriceRow key={cost.modelId} cost={cost} fileTokens={fileTokens} epochs={epochs} />
            ))}
          </tbody>
        </table>
      </div>
      {other.map((cost) => (
        <p key={cost.modelId} className={styles.hint}>
          {cost.name}: {cost.training.kind === 'compute-hours' ? cost.training.text : ''}. The module gives no per-token price, so there is nothing to multiply.
        </p>
      ))}
    </>
  );
}
