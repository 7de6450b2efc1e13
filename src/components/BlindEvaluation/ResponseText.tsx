import React from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

interface Props {
  text: string;
  /** Names the scrollable region for assistive technology. */
  label: string;
  className?: string;
}

/**
 * A prompt or a response exactly as the file has it: text with its line breaks, never parsed as HTML or Markdown
 * (markup in a response is part of what the rater judges, and a file could carry hostile HTML). Long texts scroll.
 */
export default function ResponseText({text, label, className}: Props): React.JSX.Element {
  return (
    <div className={clsx(styles.text, className)} role="region" aria-label={label} tabIndex={0}>
      {text}
    </div>
  );
}
