/**
 * Progress kept in the browser (localStorage) per file fingerprint, so a rater can close the tab and continue later.
 * Nothing leaves the device. Side effects only here; the format is checked on the way in.
 */
import {decodeRating, encodeRating, newSession, type RatingSession} from './ratings';

const KEY_PREFIX = 'blind-evaluation:v1:';

interface StoredSession {
  seed: number;
  current: number;
  unblinded: boolean;
  rater: string;
  ratings: string[];
}

export function serializeSession(session: RatingSession): string {
  const stored: StoredSession = {
    seed: session.seed,
    current: session.current,
    unblinded: session.unblinded,
    rater: session.rater,
    ratings: Array.from(session.ratings, encodeRating),
  };
  return JSON.stringify(stored);
}

/** A stored session, or null when there is none or it is not one this page wrote. */
export function parseSession(text: string | null, prompts: number): RatingSession | null {
  if (text === null) return null;
  let stored: Partial<StoredSession>;
  try {
    stored = JSON.parse(text) as Partial<StoredSession>;
  } catch {
    return null;
  }
  if (typeof stored !== 'object' || stored === null || !Number.isInteger(stored.seed) || !Array.isArray(stored.ratings)) return null;
  const session = newSession(stored.seed as number);
  return {
    ...session,
    current: Number.isInteger(stored.current) ? Math.min(Math.max(0, stored.current as number), Math.max(0, prompts - 1)) : 0,
    unblinded: stored.unblinded === true,
    rater: typeof stored.rater === 'string' ? stored.rater.slice(0, 80) : '',
    ratings: stored.ratings.slice(0, prompts).map(decodeRating),
  };
}

export function loadSession(fingerprint: string, prompts: number): RatingSession | null {
  try {
    return parseSession(window.localStorage.getItem(KEY_PREFIX + fingerprint), prompts);
  } catch {
    return null;
  }
}

/** Saves the session; false when the browser refuses (storage turned off or full): rating still works, it just cannot be resumed. */
export function saveSession(fingerprint: string, session: RatingSession): boolean {
  try {
    window.localStorage.setItem(KEY_PREFIX + fingerprint, serializeSession(session));
    return true;
  } catch {
    return false;
  }
}

/** Whether this browser lets the page keep anything (a test write). */
export function storageWorks(): boolean {
  try {
    window.localStorage.setItem(`${KEY_PREFIX}test`, '1');
    window.localStorage.removeItem(`${KEY_PREFIX}test`);
    return true;
  } catch {
    return false;
  }
}

export function forgetSession(fingerprint: string): void {
  try {
    window.localStorage.removeItem(KEY_PREFIX + fingerprint);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

/** A fresh random seed for a new rater (crypto where available: the order must not be guessable from the time). */
export function randomSeed(): number {
  const buffer = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buffer);
  return buffer[0];
}
