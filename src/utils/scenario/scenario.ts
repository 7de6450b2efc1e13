/**
 * The reader's shared scenario: each fact with where it came from and when it was set, and, per widget, the state it
 * last showed in step with the scenario. Pure: text in, text out; reading never throws, whatever storage holds.
 *
 * The rule every widget follows (see widgetSync.ts): the newer value wins, and a value whose age is unknown (a link
 * someone shared) is never replaced without the reader's say.
 */
import {clampToDataSize, dataSizeAnswer, dataSizeAnswerFor, dataSizeAnswerIndex} from '@site/src/components/DecisionFlow/dataSizeAnswers';
import {FACT_IDS, SOURCE_IDS, readFactValue, sameFactValue, type FactId, type FactValues, type SourceId, type WidgetId} from './facts';

export interface Fact<K extends FactId = FactId> {
  value: FactValues[K];
  source: SourceId;
  /** When it was set: milliseconds since 1970 (Date.now()). */
  at: number;
}

export type Facts = {[K in FactId]?: Fact<K>};

/** A widget's own part of its URL as it last was in step with the scenario (published or applied), and when. */
export interface WidgetSnapshot {
  query: string;
  at: number;
}

export interface Scenario {
  facts: Facts;
  widgets: Partial<Record<WidgetId, WidgetSnapshot>>;
}

const VERSION = 1;
const WIDGET_IDS: readonly WidgetId[] = ['checker', 'fit-table', 'flowchart', 'calculator', 'win-rate'];

export const emptyScenario = (): Scenario => ({facts: {}, widgets: {}});

export function isEmptyScenario(scenario: Scenario): boolean {
  return Object.keys(scenario.facts).length === 0;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function readFact<K extends FactId>(id: K, raw: unknown): Fact<K> | undefined {
  if (!isRecord(raw) || !isTime(raw.at) || !(SOURCE_IDS as readonly unknown[]).includes(raw.source)) return undefined;
  const value = readFactValue(id, raw.value);
  return value === undefined ? undefined : {value, source: raw.source as SourceId, at: raw.at};
}

/** Stored text → scenario. Anything malformed is dropped, fact by fact. */
export function parseScenario(text: string | null): Scenario {
  if (!text) return emptyScenario();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return emptyScenario();
  }
  if (!isRecord(data) || data.version !== VERSION) return emptyScenario();
  const scenario = emptyScenario();
  if (isRecord(data.facts)) {
    for (const id of FACT_IDS) {
      const fact = readFact(id, data.facts[id]);
      if (fact) (scenario.facts as Record<FactId, Fact>)[id] = fact;
    }
  }
  if (isRecord(data.widgets)) {
    for (const id of WIDGET_IDS) {
      const raw = data.widgets[id];
      if (isRecord(raw) && typeof raw.query === 'string' && raw.query.length < 8_000 && isTime(raw.at)) scenario.widgets[id] = {query: raw.query, at: raw.at};
    }
  }
  return scenario;
}

export function serializeScenario(scenario: Scenario): string {
  return JSON.stringify({version: VERSION, ...scenario});
}

export function factValue<K extends FactId>(scenario: Scenario, id: K): FactValues[K] | undefined {
  return (scenario.facts[id] as Fact<K> | undefined)?.value;
}

/**
 * Sets facts from one source at one time: values that are not valid are ignored, values equal to the stored one keep
 * their source and time (a widget that republishes what it was given does not claim it). Then the flowchart's
 * data-size answer and the example count are brought to agree, the newer of the two deciding.
 */
export function setFacts(scenario: Scenario, values: Partial<FactValues>, source: SourceId, at: number): Scenario {
  const facts: Facts = {...scenario.facts};
  for (const id of FACT_IDS) {
    if (!(id in values)) continue;
    const value = readFactValue(id, values[id]);
    if (value === undefined || sameFactValue(id, facts[id]?.value, value)) continue;
    (facts as Record<FactId, Fact>)[id] = {value, source, at};
  }
  return {...scenario, facts: reconcileDataSize(facts)};
}

/**
 * The flowchart's "How much data?" answer and the example count say the same thing, whichever the reader set last:
 * a newer count moves the answer to the range that holds it; a newer answer moves the count to the nearest value in
 * its range (the fit table's default of 1,000 when there was no count).
 */
export function reconcileDataSize(facts: Facts, defaultExamples = 1_000): Facts {
  const answers = facts.flowAnswers;
  if (!answers) return facts;
  const keys = answers.value.split(',');
  const index = dataSizeAnswerIndex(keys);
  if (index < 0) return facts;
  const answer = dataSizeAnswer(keys[index])!;
  const examples = facts.examples;
  if (examples && examples.at > answers.at) {
    const agreeing = dataSizeAnswerFor(examples.value);
    if (agreeing.key === answer.key || clampToDataSize(answer, examples.value) === examples.value) return facts;
    const changed = [...keys];
    changed[index] = agreeing.key;
    return {...facts, flowAnswers: {value: changed.join(','), source: examples.source, at: examples.at}};
  }
  const count = examples?.value ?? defaultExamples;
  const clamped = clampToDataSize(answer, count);
  if (examples && clamped === examples.value) return facts;
  return {...facts, examples: {value: clamped, source: answers.source, at: answers.at}};
}

export function setWidgetSnapshot(scenario: Scenario, widget: WidgetId, query: string, at: number): Scenario {
  return {...scenario, widgets: {...scenario.widgets, [widget]: {query, at}}};
}

/** The facts in the order they were set, oldest first (so applying them in turn leaves the newest in place). */
export function factsOldestFirst(facts: Facts, ids: readonly FactId[]): Array<{id: FactId; fact: Fact}> {
  return ids
    .flatMap((id) => (facts[id] ? [{id, fact: facts[id] as Fact}] : []))
    .sort((a, b) => a.fact.at - b.fact.at);
}
