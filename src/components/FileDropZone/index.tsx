import React, {useId, useState} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

interface Props {
  /** The file input's label, which also invites the drop. */
  label: string;
  accept: string;
  /** A file was chosen or dropped. */
  onFile: (file: File) => void;
  /** Something that is not a file was dropped (text, a link). */
  onNoFile: () => void;
  /** Shown under the input (what the file should hold). */
  children?: React.ReactNode;
}

/** A file input that also takes a dropped file: the training-data checker's and the blind rater's way in. Nothing is uploaded. */
export default function FileDropZone({label, accept, onFile, onNoFile, children}: Props): React.JSX.Element {
  const id = useId();
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className={clsx(styles.dropZone, dragging && styles.dropZoneActive)}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
        else onNoFile();
      }}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept={accept}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          // The same file chosen again is read again.
          event.target.value = '';
        }}
      />
      {children}
    </div>
  );
}
