/**
 * Replaces the theme's CodeBlock (which ships Prism to every page) with a lean
 * one: blocks arrive already coloured from build-time-code-highlight, so this
 * only adds the title, a Copy button and a keyboard-reachable scroll area.
 * Inline `code` never comes here: MDXComponents/Code sends it to CodeInline.
 * A <CodeBlock> written in JSX with a string child renders uncoloured.
 */
import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import type {Props} from '@theme/CodeBlock';
import styles from './styles.module.css';

type CopyState = 'idle' | 'copied' | 'failed';

const COPY_BUTTON_TEXT: Record<CopyState, {visible: string; label: string}> = {
  idle: {visible: 'Copy', label: 'Copy code to clipboard'},
  copied: {visible: 'Copied', label: 'Copied'},
  failed: {visible: 'Copy failed', label: 'Copy failed: select the code and copy it by hand'},
};

/** How long "Copied" stays before the button reads "Copy" again. */
const COPY_FEEDBACK_MS = 2000;

/** Writes `text` to the clipboard; falls back to a hidden textarea where the Clipboard API is missing or refused. */
async function writeToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

export default function CodeBlock({children, className, title}: Props): ReactNode {
  const codeRef = useRef<HTMLElement>(null);
  const preRef = useRef<HTMLPreElement>(null);
  const [copyState, setCopyState] = useState<CopyState>('idle');
  // Focusable until measured, so the server HTML lets keyboard users scroll a wide block even without JS.
  const [overflows, setOverflows] = useState(true);

  useEffect(() => {
    const pre = preRef.current;
    if (!pre || typeof ResizeObserver === 'undefined') return;
    // The observer also reports once right away, which gives the first measurement.
    const observer = new ResizeObserver(() => setOverflows(pre.scrollWidth > pre.clientWidth));
    observer.observe(pre);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (copyState === 'idle') return;
    const timer = window.setTimeout(() => setCopyState('idle'), COPY_FEEDBACK_MS);
    return () => window.clearTimeout(timer);
  }, [copyState]);

  const copy = async () => {
    // The code's own text: the build-time token spans carry no extra characters.
    const text = (codeRef.current?.textContent ?? '').replace(/\r?\n$/, '');
    setCopyState((await writeToClipboard(text)) ? 'copied' : 'failed');
  };

  const buttonText = COPY_BUTTON_TEXT[copyState];
  return (
    <div className={clsx(ThemeClassNames.common.codeBlock, styles.codeBlock)}>
      <div className={clsx(styles.header, title !== undefined && styles.headerWithTitle)}>
        {title !== undefined && <div className={styles.title}>{title}</div>}
        <button
          type="button"
          className={clsx(styles.copyButton, copyState !== 'idle' && styles.copyButtonDone)}
          aria-label={buttonText.label}
          onClick={copy}>
          {buttonText.visible}
        </button>
      </div>
      <pre ref={preRef} className={clsx(styles.pre, 'thin-scrollbar')} tabIndex={overflows ? 0 : undefined}>
        <code ref={codeRef} className={className}>
          {children}
        </code>
      </pre>
      <span role="status" className="visually-hidden">
        {copyState === 'copied' ? 'Code copied to clipboard' : ''}
      </span>
    </div>
  );
}
