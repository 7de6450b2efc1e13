import React from 'react';
import {customizationMethods, customizationTableHeader, seedTableRow} from '@site/src/data/customizationMethods';
import styles from './styles.module.css';

/**
 * T1.1's table of the eight ways to customize a model, cell for cell as the
 * module writes it, drawn from the same data the "Which method fits you?"
 * widget judges with.
 */
export default function CustomizationSpectrumTable(): React.JSX.Element {
  return (
    <table>
      <thead>
        <tr>
          {customizationTableHeader.map((cell) => (
            <th key={cell} scope="col">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {customizationMethods.map((method) => {
          const [name, ...rest] = seedTableRow(method);
          return (
            <tr key={method.id}>
              <th scope="row" className={styles.rowHeader}>
                <strong>{name}</strong>
              </th>
              {rest.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
