/**
 * Side effects: reading the reader's progress from localStorage (never sent anywhere). The sidebar's scores read
 * through this file on every page, so it holds only that; writing and listening are in progressWriting.ts, which loads
 * with the questions. When the browser refuses storage, progress lives in memory for the visit.
 */
export const PROGRESS_KEY = 't1-check-your-understanding';
export const PROGRESS_CHANGED = 't1-progress-changed';

/** This visit's copy, in use once the browser has refused to store (blocked, or full). */
export const memoryCopy: {text: string | null; inUse: boolean} = {text: null, inUse: false};

export function readProgressText(): string | null {
  if (memoryCopy.inUse) return memoryCopy.text;
  try {
    return window.localStorage.getItem(PROGRESS_KEY);
  } catch {
    return null;
  }
}
