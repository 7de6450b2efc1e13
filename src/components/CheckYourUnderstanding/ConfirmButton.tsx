/** A button whose action asks first, in the page (not a browser dialog): "Clear…?" then "Yes, clear" or "Keep". */
import React, {useRef, useState} from 'react';
import styles from './styles.module.css';

export interface ConfirmButtonProps {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
}

export default function ConfirmButton({label, question, confirmLabel, onConfirm}: ConfirmButtonProps): React.JSX.Element {
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const firstChoice = useRef<HTMLButtonElement>(null);
  const close = () => {
    setAsking(false);
    requestAnimationFrame(() => opener.current?.focus());
  };
  if (!asking) {
    return (
      <button
        ref={opener}
        type="button"
        className="button button--outline button--secondary button--sm"
        onClick={() => {
          setAsking(true);
          requestAnimationFrame(() => firstChoice.current?.focus());
        }}>
        {label}
      </button>
    );
  }
  return (
    <div role="group" aria-label={question} className={styles.confirm}>
      <p>{question}</p>
      <button
        ref={firstChoice}
        type="button"
        className="button button--danger button--sm"
        onClick={() => {
          onConfirm();
          close();
        }}>
        {confirmLabel}
      </button>
      <button type="button" className="button button--secondary button--sm" onClick={close}>
        Keep my answers
      </button>
    </div>
  );
}
