import React from 'react';
import {seedQloraComparisonTable} from '@site/src/data/seedMemoryClaims';

/**
 * The module's T1.3 table "Comparison | LoRA | QLoRA", drawn from the same
 * data the LoRA memory calculator compares its estimates with.
 */
export default function SeedQloraComparisonTable(): React.JSX.Element {
  const {header, rows} = seedQloraComparisonTable;
  return (
    <table>
      <thead>
        <tr>
          {header.map((cell) => (
            <th key={cell} scope="col">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([first, ...rest]) => (
          <tr key={first}>
            <th scope="row">
              <strong>{first}</strong>
            </th>
            {rest.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
