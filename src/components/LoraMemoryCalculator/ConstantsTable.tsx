/** A table of named constants with their values and sources, as "Show the math" lists the memory and time constants. */
import React from 'react';
import clsx from 'clsx';
import {formatFixed, formatInteger} from './format';
import styles from './styles.module.css';
import own from './MathPanel.module.css';

interface Constant {
  label: string;
  value: number;
  unit: string;
  source: string;
}

/** `name` names the table for assistive technology ("Constants and their sources"). */
export default function ConstantsTable({name, constants}: {name: string; constants: Readonly<Record<string, Constant>>}): React.JSX.Element {
  return (
    <div className={clsx(styles.tableScroll, own.constants)} tabIndex={0} role="region" aria-label={`${name} (scrolls sideways)`}>
      <table>
        <thead>
          <tr>
            <th scope="col">Constant</th>
            <th scope="col">Value</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(constants).map(([key, c]) => (
            <tr key={key}>
              <th scope="row">{c.label}</th>
              <td>
                {Number.isInteger(c.value) ? formatInteger(c.value) : formatFixed(c.value, 3)} {c.unit}
              </td>
              <td>{c.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
