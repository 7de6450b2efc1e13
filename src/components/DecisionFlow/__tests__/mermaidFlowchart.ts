/**
 * Test helper: reads the seed's T1.2 flowchart out of the seed text and
 * parses a Mermaid flowchart into its nodes, edges and styles. Works on the
 * seed's flattened form (statements separated by spaces) as well as on
 * one-statement-per-line sources.
 */
import {readSeed} from '@site/tests/support/seedModule';

/** The body of the first ```mermaid block in the seed's T1.2 section, without its %%{init}%% line. */
export function seedDecisionFlowchart(seedText: string = readSeed()): string {
  const section = seedText.indexOf('## T1.2 ');
  if (section < 0) throw new Error('The seed has no T1.2 section.');
  const open = seedText.indexOf('```mermaid', section);
  const close = seedText.indexOf('```', open + '```mermaid'.length);
  if (open < 0 || close < 0) throw new Error('The seed has no Mermaid block in T1.2.');
  return seedText
    .slice(open + '```mermaid'.length, close)
    .replace(/%%\{[\s\S]*?\}%%/g, '')
    .trim();
}

export interface ParsedFlowchart {
  direction: string;
  /** [id, label] in order of first definition. */
  nodes: Array<[string, string]>;
  /** [from, to, edge label or null] in source order. */
  edges: Array<[string, string, string | null]>;
  /** [node id, css] in source order. */
  styles: Array<[string, string]>;
}

/** Parses the subset of Mermaid flowchart syntax the seed uses; anything else is an error, not skipped. */
export function parseFlowchart(source: string): ParsedFlowchart {
  const token =
    /\s*(?:(?<header>flowchart|graph)\s+(?<direction>TB|TD|BT|LR|RL)\b|(?<style>style)\s+(?<styleId>\w+)\s+(?<css>\S+)|(?<arrow>-->)(?:\|"(?<edgeLabel>[^"]*)"\|)?|(?<id>\w+)(?:\["(?<label>[^"]*)"\])?)/y;
  const parsed: ParsedFlowchart = {direction: '', nodes: [], edges: [], styles: []};
  const labels = new Map<string, string>();
  let previousNode: string | null = null;
  let pendingArrow: {label: string | null} | null = null;

  const trimmed = source.trim();
  token.lastIndex = 0;
  while (token.lastIndex < trimmed.length) {
    const start = token.lastIndex;
    const match = token.exec(trimmed);
    if (!match || match[0].length === 0) throw new Error(`Cannot read the flowchart at: ${trimmed.slice(start, start + 40)}`);
    const groups = match.groups!;
    if (groups.header) {
      if (parsed.direction) throw new Error('Two flowchart headers.');
      parsed.direction = groups.direction;
      previousNode = null;
    } else if (groups.style) {
      if (pendingArrow) throw new Error('An arrow without a target.');
      parsed.styles.push([groups.styleId, groups.css]);
      previousNode = null;
    } else if (groups.arrow) {
      if (!previousNode || pendingArrow) throw new Error('An arrow without a source.');
      pendingArrow = {label: groups.edgeLabel ?? null};
    } else {
      const id = groups.id;
      if (groups.label !== undefined) {
        const known = labels.get(id);
        if (known !== undefined && known !== groups.label) throw new Error(`Node ${id} has two different labels.`);
        if (known === undefined) {
          labels.set(id, groups.label);
          parsed.nodes.push([id, groups.label]);
        }
      } else if (!labels.has(id)) {
        throw new Error(`Node ${id} is used before it has a label.`);
      }
      if (pendingArrow) {
        parsed.edges.push([previousNode!, id, pendingArrow.label]);
        pendingArrow = null;
      }
      previousNode = id;
    }
  }
  if (pendingArrow) throw new Error('The flowchart ends with an arrow.');
  if (!parsed.direction) throw new Error('No flowchart header.');
  return parsed;
}
