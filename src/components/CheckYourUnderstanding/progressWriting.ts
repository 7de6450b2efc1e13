/** Side effects: saving the reader's progress, asking whether the browser will keep it, and hearing when it changes. */
import {useSyncExternalStore} from 'react';
import {memoryCopy, PROGRESS_CHANGED, PROGRESS_KEY, readProgressText} from './progressStorage';

/** Saves the text (null clears it); false when the browser refused, and it is then kept in memory for this visit. */
export function writeProgressText(text: string | null): boolean {
  let saved: boolean;
  try {
    if (text === null) window.localStorage.removeItem(PROGRESS_KEY);
    else window.localStorage.setItem(PROGRESS_KEY, text);
    saved = true;
  } catch {
    saved = false;
  }
  // Once refused, this visit reads its own copy, so the page never shows an older stored answer than the last one.
  memoryCopy.text = text;
  memoryCopy.inUse ||= !saved;
  window.dispatchEvent(new Event(PROGRESS_CHANGED));
  return saved;
}

/** Whether the browser lets this site keep anything (blocked storage throws; a full one refuses). */
export function storageWorks(): boolean {
  try {
    const probe = `${PROGRESS_KEY}-probe`;
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

function subscribe(onChange: () => void): () => void {
  // `storage`: another tab changed it; PROGRESS_CHANGED: this tab did.
  addEventListener('storage', onChange);
  addEventListener(PROGRESS_CHANGED, onChange);
  return () => {
    removeEventListener('storage', onChange);
    removeEventListener(PROGRESS_CHANGED, onChange);
  };
}

/**
 * The stored text, kept current. Null on the server and in the hydrating render, so the
 * first client render equals the server's; React then renders again with what is stored.
 */
export function useProgressText(): string | null {
  return useSyncExternalStore(subscribe, readProgressText, () => null);
}
