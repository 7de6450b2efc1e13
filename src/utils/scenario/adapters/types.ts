/**
 * How a widget's URL and the shared scenario's facts map onto each other. Each widget's adapter reads and writes its
 * part of the query string through the widget's own parser and merge function, so a fact reaches a widget exactly as
 * a link would carry it, and the widget's own checks and messages apply. Pure: strings in, strings out.
 */
import type {FactId, FactValues, WidgetId} from '../facts';
import type {Facts} from '../scenario';

export interface WidgetAdapter {
  widget: WidgetId;
  /** The facts this widget shows and sets, in the order it names them. */
  facts: readonly FactId[];
  /** Whether the query string holds any of this widget's keys (a link or an earlier edit set its state). */
  hasOwnKeys(search: string): boolean;
  /** This widget's state, canonical: its own parser's reading of the query, written back by its own code. */
  ownPart(search: string): string;
  /** The facts the widget's state shows. */
  readFacts(search: string): Partial<FactValues>;
  /** The query with one fact written in (other widgets' keys kept); unchanged when the widget cannot take it. */
  writeFact<K extends FactId>(search: string, id: K, value: FactValues[K]): string;
  /** A fact's value as this widget names it: "Labelled examples: 2,347". */
  describe<K extends FactId>(id: K, value: FactValues[K]): string;
  /** Whether two values of a fact mean the same here (defaults to ===). */
  same?<K extends FactId>(id: K, a: FactValues[K], b: FactValues[K]): boolean;
  /** Sentences about the plan that help with the widget's current step (the flowchart's data-size question). */
  hints?(search: string, facts: Facts): string[];
}

/** `search` with every key of `part` set (other keys kept). */
export function withKeys(search: string, part: string | URLSearchParams, remove: readonly string[] = []): string {
  const params = new URLSearchParams(search);
  for (const key of remove) params.delete(key);
  for (const [key, value] of new URLSearchParams(part)) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether `search` holds any of `keys`. */
export function hasAnyKey(search: string, keys: readonly string[]): boolean {
  const params = new URLSearchParams(search);
  return keys.some((key) => params.has(key));
}
