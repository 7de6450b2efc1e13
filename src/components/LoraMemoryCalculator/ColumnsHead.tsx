/** A table head of plain column headings, as the calibration tables use. */
import React from 'react';

export default function ColumnsHead({columns}: {columns: readonly string[]}): React.JSX.Element {
  return (
    <thead>
      <tr>
        {columns.map((heading) => (
          <th key={heading} scope="col">
            {heading}
          </th>
        ))}
      </tr>
    </thead>
  );
}
