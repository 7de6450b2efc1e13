/**
 * The plan's inputs: one part per widget, each the widget's own query string, so each is read by the widget's own
 * parser and "open this in the widget" is the part itself. In the plan's permalink every key carries its part as a
 * prefix, which keeps keys that two widgets both use apart — the fit table's `tokens` (per example) and the
 * calculator's `tokens` (per epoch), both widgets' `epochs`:
 *
 *   /t1/plan/?flow.answers=no-domain,still-poor,1000-10k&fit.examples=2347&fit.budget=1000&fit.days=30&fit.goal=domain
 *     &run.model=llama-3.1-8b&…&run.gpu=a100-80&run.tokens=812345&run.epochs=3&data.valid=2347&…&eval.target=60
 *
 * The file itself is never in it: only the checker's summary numbers (`data.*`). Pure: no React, no DOM.
 */
import {calculatorSharedKeys, canonicalRunQuery} from '@site/src/utils/scenario/adapters/calculator';
import {QUERY_KEYS} from '@site/src/components/LoraMemoryCalculator/queryState';
import {mergeSituationIntoSearch, parseSituationQuery, QUERY_KEYS as FIT_KEYS} from '@site/src/components/CustomizationFit/situationQuery';
import type {Situation} from '@site/src/components/CustomizationFit/situation';
import {parseCalculatorQuery, QUERY_KEYS as EVAL_KEYS} from '@site/src/components/WinRateCalculator/winRate';
import {flowchartAdapter} from '@site/src/utils/scenario/adapters/flowchart';
import {dataSummaryEntries, parseDataSummary} from '@site/src/utils/scenario/dataSummary';
import {factsOldestFirst, type Scenario} from '@site/src/utils/scenario/scenario';
import type {FactId, FactValues} from '@site/src/utils/scenario/facts';
import {parseRunPlanningKeys} from './runPlanningKeys';

export type PartId = 'flow' | 'fit' | 'run' | 'data' | 'eval';
export const PART_IDS: readonly PartId[] = ['flow', 'fit', 'run', 'data', 'eval'];

/** Each part as its widget's query string (no prefix, no "?"); a part a reader has not given is absent. */
export type PlanInputs = Partial<Record<PartId, string>>;

/** The longest permalink the plan reads: a few times the longest it writes. */
const MAX_QUERY = 8_000;

/** Commas and colons stay readable in `flow.answers=a,b` and `data.findings=not-json:2`. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

export function permalinkQuery(inputs: PlanInputs): string {
  const entries: string[] = [];
  for (const part of PART_IDS) {
    const query = inputs[part];
    if (query === undefined) continue;
    for (const [key, value] of new URLSearchParams(query)) entries.push(`${part}.${encode(key)}=${encode(value)}`);
  }
  return entries.length ? `?${entries.join('&')}` : '';
}

export interface ParsedPermalink {
  inputs: PlanInputs;
  /** Keys that belong to no part, named (cut short), never their values. */
  messages: string[];
}

export function parsePermalink(search: string): ParsedPermalink {
  if (search.length > MAX_QUERY) return {inputs: {}, messages: ['This link is far longer than any plan; it was not read.']};
  const params = new URLSearchParams(search);
  const parts: Partial<Record<PartId, URLSearchParams>> = {};
  let strays = 0;
  for (const [key, value] of params) {
    const dot = key.indexOf('.');
    const part = key.slice(0, dot) as PartId;
    if (dot <= 0 || !PART_IDS.includes(part)) {
      strays += 1;
      continue;
    }
    (parts[part] ??= new URLSearchParams()).append(key.slice(dot + 1), value);
  }
  const inputs: PlanInputs = {};
  for (const part of PART_IDS) if (parts[part]) inputs[part] = parts[part]!.toString();
  const messages = strays ? [`${strays} ${strays === 1 ? 'key' : 'keys'} in this link belong${strays === 1 ? 's' : ''} to no part of the plan (flow., fit., run., data., eval.); ignored.`] : [];
  return {inputs, messages};
}

const FIT_FACTS: ReadonlyArray<readonly [FactId, keyof Situation]> = [
  ['examples', 'examples'],
  ['budgetUsd', 'budgetUsd'],
  ['days', 'days'],
  ['goal', 'problem'],
  ['tokensPerExample', 'tokensPerExample'],
  ['epochs', 'epochs'],
];

/** The run-planning facts under the keys issue 18 gives the calculator (the plan reads them already). */
const RUN_PLANNING_FACTS: ReadonlyArray<readonly [FactId, string]> = [
  ['tokensPerEpoch', 'tokens'],
  ['epochs', 'epochs'],
  ['objective', 'objective'],
];

/** The plan the reader's browser holds: each part built from the facts, as each widget would show them. */
const PLANNING_KEYS = new Set(['tokens', 'epochs', 'objective']);

export function planInputsFromScenario(scenario: Scenario): PlanInputs {
  const {facts} = scenario;
  const inputs: PlanInputs = {};

  if (facts.flowAnswers && facts.flowAnswers.value !== '') inputs.flow = new URLSearchParams({answers: facts.flowAnswers.value}).toString();

  // Only the keys the reader gave: a missing one is the table's default, which the plan names as such.
  const fit = new URLSearchParams();
  for (const [id, field] of FIT_FACTS) {
    const fact = facts[id];
    if (fact) fit.set(FIT_KEYS[field], String(fact.value));
  }
  if ([...fit.keys()].length) {
    const situation = parseSituationQuery(fit.toString()).situation;
    const canonical = new URLSearchParams(mergeSituationIntoSearch('', situation));
    inputs.fit = [...canonical].filter(([key]) => fit.has(key)).map(([key, value]) => `${key}=${encode(value)}`).join('&');
  }

  // The calculator's settings, then the shared facts over them in the order they were set (the newer wins).
  const run = new URLSearchParams();
  const calculatorKeys = new Map(calculatorSharedKeys);
  const runFacts = factsOldestFirst(facts, ['runQuery', 'seqLength', 'tokensPerEpoch', 'epochs', 'objective']);
  for (const {id, fact} of runFacts) {
    if (id === 'runQuery') {
      // The run-planning keys travel as facts of their own: a run query carries them only where it names them (its
      // canonical form fills in the calculator's defaults, which would hide an older fact the reader did give).
      const named = new URLSearchParams(String(fact.value));
      for (const [key, value] of new URLSearchParams(canonicalRunQuery(String(fact.value)))) {
        if (PLANNING_KEYS.has(key) && !named.has(key)) continue;
        run.set(key, value);
      }
      continue;
    }
    const key = id === 'seqLength' ? calculatorKeys.get(id) ?? 'seq' : RUN_PLANNING_FACTS.find(([fid]) => fid === id)?.[1];
    if (key) run.set(key, String(fact.value));
  }
  // In the calculator's own order, then the run-planning keys: the same plan always makes the same link.
  const order = [...(QUERY_KEYS as readonly string[]), ...RUN_PLANNING_FACTS.map(([, key]) => key)];
  const ordered = [...run].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  if (ordered.length) inputs.run = ordered.map(([key, value]) => `${key}=${encode(value)}`).join('&');

  if (facts.dataSummary) inputs.data = dataSummaryEntries(facts.dataSummary.value).map(([key, value]) => `${key}=${encode(value)}`).join('&');

  const evaluation = new URLSearchParams();
  if (facts.winTarget) evaluation.set('target', String(facts.winTarget.value));
  if (facts.winPower) evaluation.set('power', String(facts.winPower.value));
  if ([...evaluation.keys()].length) inputs.eval = evaluation.toString();
  return inputs;
}

/** "Make this my plan": a linked plan's parts as facts, each read by its widget's own parser. */
export function factsFromPlanInputs(inputs: PlanInputs): Partial<FactValues> {
  const values: Partial<FactValues> = {};
  if (inputs.flow !== undefined) values.flowAnswers = new URLSearchParams(inputs.flow).get('answers') ?? '';
  if (inputs.fit !== undefined) {
    const given = new URLSearchParams(inputs.fit);
    const situation = parseSituationQuery(inputs.fit).situation;
    for (const [id, field] of FIT_FACTS) if (given.has(FIT_KEYS[field])) Object.assign(values, {[id]: situation[field]});
  }
  if (inputs.run !== undefined) {
    const given = new URLSearchParams(inputs.run);
    if ([...given.keys()].some((key) => key !== 'tokens' && key !== 'epochs' && key !== 'objective')) values.runQuery = canonicalRunQuery(inputs.run);
    if (given.has('seq')) values.seqLength = Number(new URLSearchParams(canonicalRunQuery(inputs.run)).get('seq'));
    const {settings} = parseRunPlanningKeys(inputs.run);
    if (settings.tokensPerEpoch !== null) values.tokensPerEpoch = settings.tokensPerEpoch;
    if (settings.epochs !== null) values.epochs = settings.epochs;
    if (given.has('objective')) values.objective = settings.objective;
  }
  if (inputs.data !== undefined) {
    const {summary} = parseDataSummary(inputs.data);
    if (summary) values.dataSummary = summary;
  }
  if (inputs.eval !== undefined) {
    const given = new URLSearchParams(inputs.eval);
    const evaluation = parseCalculatorQuery(inputs.eval).inputs;
    if (given.has('target')) values.winTarget = evaluation.targetPercent;
    if (given.has('power')) values.winPower = evaluation.powerPercent;
  }
  return values;
}

/** `entries` as a part's query, or undefined when there are none. */
function partOf(entries: ReadonlyArray<readonly [string, string]>): string | undefined {
  return entries.length ? entries.map(([key, value]) => `${key}=${encode(value)}`).join('&') : undefined;
}

/**
 * Each part as its widget reads it: corrected values, keys it does not know dropped. The plan's own links (the
 * permalink, "open in the widget") carry these, never the raw text of a link.
 */
export function canonicalInputs(inputs: PlanInputs): PlanInputs {
  const canonical: PlanInputs = {};
  if (inputs.flow !== undefined) canonical.flow = partOf([...new URLSearchParams(flowchartAdapter.ownPart(inputs.flow))]);
  if (inputs.fit !== undefined) {
    const given = new URLSearchParams(inputs.fit);
    const {situation} = parseSituationQuery(inputs.fit);
    const fields = Object.keys(FIT_KEYS) as (keyof Situation)[];
    canonical.fit = partOf(fields.filter((field) => given.has(FIT_KEYS[field])).map((field) => [FIT_KEYS[field], String(situation[field])] as const));
  }
  if (inputs.run !== undefined) {
    const given = new URLSearchParams(inputs.run);
    const run = [...new URLSearchParams(canonicalRunQuery(inputs.run))].filter(([key]) => given.has(key));
    const {settings} = parseRunPlanningKeys(inputs.run);
    const planning: Array<readonly [string, string | null]> = [
      ['tokens', settings.tokensPerEpoch === null ? null : String(settings.tokensPerEpoch)],
      ['epochs', settings.epochs === null ? null : String(settings.epochs)],
      ['gpus', given.has('gpus') ? String(settings.gpus) : null],
      ['strategy', given.has('strategy') ? settings.strategy : null],
      ['offload', given.has('offload') ? settings.offload : null],
      ['price', settings.usdPerGpuHour === null ? null : String(settings.usdPerGpuHour)],
      ['objective', given.has('objective') ? settings.objective : null],
    ];
    // Once the calculator reads these keys itself (issue 18), its canonical query already holds them.
    const extra = planning.filter((entry): entry is readonly [string, string] => entry[1] !== null && !run.some(([key]) => key === entry[0]));
    canonical.run = partOf([...run, ...extra]);
  }
  if (inputs.data !== undefined) {
    const {summary} = parseDataSummary(inputs.data);
    if (summary) canonical.data = partOf(dataSummaryEntries(summary));
  }
  if (inputs.eval !== undefined) {
    const given = new URLSearchParams(inputs.eval);
    const evaluation = parseCalculatorQuery(inputs.eval).inputs;
    const fields = Object.keys(EVAL_KEYS) as (keyof typeof evaluation)[];
    canonical.eval = partOf(fields.filter((field) => given.has(EVAL_KEYS[field])).map((field) => [EVAL_KEYS[field], String(evaluation[field])] as const));
  }
  for (const part of PART_IDS) if (canonical[part] === undefined) delete canonical[part];
  return canonical;
}
