/**
 * A native <details> whose content is built the first time it is opened, then kept: long working or sources that
 * most readers never open stay out of the page's HTML and its first render.
 */
import React, {useState} from 'react';

interface DetailsBuiltWhenOpenedProps {
  summary: React.ReactNode;
  className?: string;
  /** Called once, on the first opening. */
  children: () => React.ReactNode;
}

export default function DetailsBuiltWhenOpened({summary, className, children}: DetailsBuiltWhenOpenedProps): React.JSX.Element {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className={className}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}>
      <summary>{summary}</summary>
      {opened && children()}
    </details>
  );
}
