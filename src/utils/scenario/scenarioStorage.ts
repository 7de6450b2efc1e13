/**
 * Side effects: the shared scenario in the browser's localStorage (never sent anywhere), and hearing when it changes.
 * When the browser refuses storage (blocked, or full), the scenario lives in memory for this visit: it survives moving
 * between the site's pages, which the site does without reloading, but not a reload.
 */
import {useSyncExternalStore} from 'react';
import {parseScenario, serializeScenario, type Scenario} from './scenario';

export const SCENARIO_KEY = 't1-plan-scenario';
const SCENARIO_CHANGED = 't1-plan-scenario-changed';

/** This visit's copy, in use once the browser has refused to store. */
const memoryCopy: {text: string | null; inUse: boolean} = {text: null, inUse: false};

export function readScenarioText(): string | null {
  if (memoryCopy.inUse) return memoryCopy.text;
  try {
    return window.localStorage.getItem(SCENARIO_KEY);
  } catch {
    memoryCopy.inUse = true;
    return memoryCopy.text;
  }
}

export function readScenario(): Scenario {
  return parseScenario(readScenarioText());
}

/** Saves the scenario (null clears it); false when the browser refused, and it is then kept in memory for this visit. */
export function writeScenario(scenario: Scenario | null): boolean {
  const text = scenario === null ? null : serializeScenario(scenario);
  let saved = false;
  if (!memoryCopy.inUse) {
    try {
      if (text === null) window.localStorage.removeItem(SCENARIO_KEY);
      else window.localStorage.setItem(SCENARIO_KEY, text);
      saved = true;
    } catch {
      saved = false;
    }
  }
  // Once refused, this visit reads its own copy, so a page never shows an older stored value than the last one set.
  memoryCopy.text = text;
  memoryCopy.inUse ||= !saved;
  window.dispatchEvent(new Event(SCENARIO_CHANGED));
  return saved;
}

/** Reads, changes and saves in one step, so two widgets never write over each other's change. */
export function updateScenario(change: (scenario: Scenario) => Scenario): Scenario {
  const next = change(readScenario());
  writeScenario(next);
  return next;
}

let probed: boolean | null = null;

/** Whether this browser keeps the scenario beyond this visit (asked once; a refused write later says no). */
export function scenarioIsKept(): boolean {
  if (memoryCopy.inUse) return false;
  if (probed === null) {
    try {
      const probe = `${SCENARIO_KEY}-probe`;
      window.localStorage.setItem(probe, '1');
      window.localStorage.removeItem(probe);
      probed = true;
    } catch {
      probed = false;
      memoryCopy.inUse = true;
    }
  }
  return probed;
}

export function subscribeToScenario(onChange: () => void): () => void {
  // `storage`: another tab changed it; SCENARIO_CHANGED: this tab did.
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === SCENARIO_KEY) onChange();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(SCENARIO_CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(SCENARIO_CHANGED, onChange);
  };
}

/**
 * The stored scenario's text, kept current. Null on the server and in the hydrating render, so the first client
 * render equals the server's; React then renders again with what is stored.
 */
export function useScenarioText(): string | null {
  return useSyncExternalStore(subscribeToScenario, readScenarioText, () => null);
}
