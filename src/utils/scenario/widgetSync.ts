/**
 * When a widget takes a value from the shared scenario, and when it gives one: pure decisions, so the rule can be
 * tested without a browser.
 *
 *  - The reader's own edit in a widget is the newest value there is: it is published at once.
 *  - Opening a widget whose link holds none of its keys: every fact the scenario has is applied.
 *  - Opening a widget on the state it last shared with the scenario (Back, a reload): facts set since are applied.
 *  - Opening a widget on any other link: its values stay; where the scenario differs, the widget offers the plan's
 *    values and says where each came from. A value whose age is unknown never silently loses to a stored one.
 */
import type {WidgetAdapter} from './adapters/types';
import {SOURCE_LABELS, type FactId, type FactValues} from './facts';
import {factsOldestFirst, setFacts, setWidgetSnapshot, type Fact, type Scenario} from './scenario';

function same<K extends FactId>(adapter: WidgetAdapter, id: K, a: FactValues[K] | undefined, b: FactValues[K] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (id === 'dataSummary') return JSON.stringify(a) === JSON.stringify(b);
  return adapter.same ? adapter.same(id, a, b) : a === b;
}

/** The facts whose stored value differs from what the widget shows now, oldest first. */
function differingFacts(adapter: WidgetAdapter, search: string, scenario: Scenario, newerThan = -Infinity) {
  const shown = adapter.readFacts(search);
  return factsOldestFirst(scenario.facts, adapter.facts).filter(({id, fact}) => fact.at > newerThan && !same(adapter, id, shown[id], fact.value));
}

/** Writes facts into the query in the order they were set, so a newer one overrides an older one on a shared key. */
export function writeFacts(adapter: WidgetAdapter, search: string, facts: ReadonlyArray<{id: FactId; fact: Fact}>): string {
  return facts.reduce((query, {id, fact}) => adapter.writeFact(query, id, fact.value), search);
}

export interface SyncResult {
  /** The query to show, or null to leave the URL as it is. */
  search: string | null;
  /** The facts that changed what the widget shows. */
  applied: FactId[];
}

const NOTHING: SyncResult = {search: null, applied: []};

function applying(adapter: WidgetAdapter, search: string, facts: ReadonlyArray<{id: FactId; fact: Fact}>): SyncResult {
  if (facts.length === 0) return NOTHING;
  const next = writeFacts(adapter, search, facts);
  const before = adapter.readFacts(search);
  const after = adapter.readFacts(next);
  const applied = facts.map(({id}) => id).filter((id) => !same(adapter, id, before[id], after[id]));
  return applied.length === 0 ? NOTHING : {search: next, applied};
}

/** What a widget shows when it opens on `search`. */
export function whenOpened(adapter: WidgetAdapter, search: string, scenario: Scenario): SyncResult {
  if (!adapter.hasOwnKeys(search)) return applying(adapter, search, differingFacts(adapter, search, scenario));
  const snapshot = scenario.widgets[adapter.widget];
  if (snapshot && snapshot.query === adapter.ownPart(search)) return applying(adapter, search, differingFacts(adapter, search, scenario, snapshot.at));
  return NOTHING;
}

/** "Use my plan's values": every fact where the widget differs from the plan, written over this link's. */
export function takePlanValues(adapter: WidgetAdapter, search: string, scenario: Scenario): SyncResult {
  return applying(adapter, search, differingFacts(adapter, search, scenario));
}

/**
 * The scenario changed while the widget is open (another tab, another widget): facts set after the widget was last in
 * step are applied, unless the reader has changed the widget since (then their edit is newer, and is being published).
 */
export function whenScenarioChanged(adapter: WidgetAdapter, search: string, scenario: Scenario, lastInStep: {query: string; at: number}): SyncResult {
  if (adapter.ownPart(search) !== lastInStep.query) return NOTHING;
  return applying(adapter, search, differingFacts(adapter, search, scenario, lastInStep.at));
}

/** The reader changed the widget: every fact it shows that differs from the scenario is theirs now. */
export function publishEdit(adapter: WidgetAdapter, search: string, scenario: Scenario, now: number): Scenario {
  const shown = adapter.readFacts(search);
  const changed: Partial<FactValues> = {};
  for (const id of adapter.facts) {
    const stored = scenario.facts[id]?.value;
    if (shown[id] !== undefined && !same(adapter, id, shown[id], stored)) Object.assign(changed, {[id]: shown[id]});
  }
  return setWidgetSnapshot(setFacts(scenario, changed, adapter.widget, now), adapter.widget, adapter.ownPart(search), now);
}

/** "Add to my plan": everything the widget shows goes into the scenario, defaults included. */
export function addToPlan(adapter: WidgetAdapter, search: string, scenario: Scenario, now: number): Scenario {
  return publishEdit(adapter, search, scenario, now);
}

/** The widget has taken the scenario's values (or offered them and the reader declined): it is in step as of now. */
export function markInStep(adapter: WidgetAdapter, search: string, scenario: Scenario, now: number): Scenario {
  return setWidgetSnapshot(scenario, adapter.widget, adapter.ownPart(search), now);
}

export interface SharedValueNote {
  id: FactId;
  /** The value as the widget names it. */
  text: string;
  /** "from your file" */
  source: string;
  at: number;
}

export interface Difference {
  id: FactId;
  here: string;
  inPlan: string;
  source: string;
  at: number;
}

export interface PlanComparison {
  /** Values the widget shows that came from elsewhere, with where from. */
  fromPlan: SharedValueNote[];
  /** Values the widget shows that differ from the plan's. */
  differences: Difference[];
  /** Every fact the widget shows is in the plan with this value. */
  inPlan: boolean;
}

/** How the widget's state stands against the plan: what it took from it, where it differs, whether it is all in. */
export function compareWithPlan(adapter: WidgetAdapter, search: string, scenario: Scenario): PlanComparison {
  const shown = adapter.readFacts(search);
  const fromPlan: SharedValueNote[] = [];
  const differences: Difference[] = [];
  let inPlan = true;
  for (const id of adapter.facts) {
    const fact = scenario.facts[id];
    const value = shown[id];
    if (!fact) {
      inPlan = false;
      continue;
    }
    if (value === undefined || !same(adapter, id, value, fact.value)) {
      inPlan = false;
      differences.push({
        id,
        here: value === undefined ? 'not set' : adapter.describe(id, value),
        inPlan: adapter.describe(id, fact.value),
        source: SOURCE_LABELS[fact.source],
        at: fact.at,
      });
    } else if (fact.source !== adapter.widget) {
      fromPlan.push({id, text: adapter.describe(id, fact.value), source: SOURCE_LABELS[fact.source], at: fact.at});
    }
  }
  return {fromPlan, differences, inPlan};
}
