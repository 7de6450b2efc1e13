/** The shared scenario for a component: parsed, kept current, and whether the browser keeps it beyond this visit. */
import {useMemo, useSyncExternalStore} from 'react';
import {emptyScenario, parseScenario, type Scenario} from './scenario';
import {scenarioIsKept, subscribeToScenario, useScenarioText} from './scenarioStorage';

const noSubscription = () => () => {};

export interface SharedScenario {
  /** Null on the server and while hydrating: nothing is known about the reader's browser then. */
  scenario: Scenario | null;
  /** False when the browser refuses storage: the scenario lasts only for this visit. */
  kept: boolean;
}

export function useScenario(): SharedScenario {
  const text = useScenarioText();
  // True on the server, so the first client render (which must equal it) says nothing about storage either.
  const kept = useSyncExternalStore(subscribeToScenario, scenarioIsKept, () => true);
  const browser = useSyncExternalStore(noSubscription, () => true, () => false);
  const scenario = useMemo(() => (browser ? (text === null ? emptyScenario() : parseScenario(text)) : null), [browser, text]);
  return {scenario, kept};
}
