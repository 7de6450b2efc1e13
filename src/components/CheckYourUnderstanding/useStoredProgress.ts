/**
 * The reader's progress for the question blocks: parsed, kept current, and saved on every answer. The blocks render
 * in the browser only (they load on demand), so storage can be asked at once.
 */
import {useCallback, useMemo, useState} from 'react';
import {emptyProgress, parseProgress, serializeProgress, type Progress} from './progress';
import {readProgressText} from './progressStorage';
import {storageWorks, useProgressText, writeProgressText} from './progressWriting';

export interface StoredProgress {
  progress: Progress;
  /** False when the browser refuses storage: answers then last only as long as the page. */
  canKeep: boolean;
  update: (change: (progress: Progress) => Progress) => void;
}

export function useStoredProgress(): StoredProgress {
  const text = useProgressText();
  const progress = useMemo(() => (text === null ? emptyProgress() : parseProgress(text)), [text]);
  const [canKeep, setCanKeep] = useState(storageWorks);
  // Read afresh: another card or tab may have saved since this render.
  const update = useCallback((change: (progress: Progress) => Progress) => {
    if (!writeProgressText(serializeProgress(change(parseProgress(readProgressText()))))) setCanKeep(false);
  }, []);
  return {progress, canKeep, update};
}
