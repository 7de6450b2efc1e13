import {useCallback, useEffect, useState} from 'react';
import {newSession, type RatingSession} from './ratings';
import {forgetSession, loadSession, randomSeed, saveSession, storageWorks} from './savedProgress';

/**
 * The rater's session for one file (mount once per file, keyed by its fingerprint, in the browser only): restored
 * from the browser's storage when this file was rated here before, else a new one with a fresh random seed; saved after
 * every change.
 */
export function useRatingSession(fingerprint: string, prompts: number) {
  const [start] = useState(() => {
    const saved = loadSession(fingerprint, prompts);
    return {session: saved ?? newSession(randomSeed()), restored: saved !== null, canSave: storageWorks()};
  });
  const [session, setSession] = useState(start.session);
  const [restored, setRestored] = useState(start.restored);

  useEffect(() => {
    saveSession(fingerprint, session);
  }, [fingerprint, session]);

  const update = useCallback((change: (session: RatingSession) => RatingSession) => setSession(change), []);

  /** Deletes every rating of this file and starts again with a new order. */
  const startOver = useCallback(() => {
    forgetSession(fingerprint);
    setRestored(false);
    setSession((current) => ({...newSession(randomSeed()), rater: current.rater}));
  }, [fingerprint]);

  return {session, restored, canSave: start.canSave, update, startOver};
}
