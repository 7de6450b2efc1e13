import React from 'react';

export interface SeedTableProps {
  /** Column headings, as the module writes them. */
  header: readonly string[];
  /** Rows of cell text; the first cell is the row's bold heading. */
  rows: ReadonlyArray<readonly string[]>;
  /** Class for the row-heading cells. */
  rowHeaderClassName?: string;
}

/** One of the module's tables, cell for cell, drawn from typed data so the page and the widgets share each figure. */
export default function SeedTable({header, rows, rowHeaderClassName}: SeedTableProps): React.JSX.Element {
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
            <th scope="row" className={rowHeaderClassName}>
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
