/**
 * Turns code into Prism-style token spans (`<span class="token string">`) as
 * HAST nodes, in Node at build time, so no highlighter ships to the browser.
 */
import Prism from 'prismjs';
// Prism's language files register themselves on the global Prism that `prismjs` sets in Node.
import 'prismjs/components/prism-json';
import 'prismjs/components/prism-bash';

export interface HastText {
  type: 'text';
  value: string;
}

export interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: HastNode[];
}

export type HastNode = HastText | HastElement;

/** Fence languages we colour, and the Prism grammar for each; every other language stays plain text. */
const GRAMMAR_FOR_LANGUAGE: Record<string, string> = {
  json: 'json',
  jsonl: 'json',
  bash: 'bash',
  sh: 'bash',
  shell: 'bash',
};

export const HIGHLIGHTED_LANGUAGES: readonly string[] = Object.keys(GRAMMAR_FOR_LANGUAGE);

/** The language named by a `language-xxx` class, lower-cased, or undefined. */
export function languageFromClassName(className: unknown): string | undefined {
  const classes = Array.isArray(className) ? className : typeof className === 'string' ? className.split(/\s+/) : [];
  for (const name of classes) {
    const match = /^language-(.+)$/.exec(String(name));
    if (match) return match[1].toLowerCase();
  }
  return undefined;
}

function toHast(stream: string | Prism.Token | Array<string | Prism.Token>): HastNode[] {
  if (typeof stream === 'string') return stream === '' ? [] : [{type: 'text', value: stream}];
  if (Array.isArray(stream)) return stream.flatMap(toHast);
  const aliases = stream.alias === undefined ? [] : Array.isArray(stream.alias) ? stream.alias : [stream.alias];
  return [
    {
      type: 'element',
      tagName: 'span',
      properties: {className: ['token', stream.type, ...aliases]},
      children: toHast(stream.content),
    },
  ];
}

/**
 * Token spans for `code` in `language`, or null when we do not colour that
 * language. The spans' text, read in order, is exactly `code`.
 */
export function highlightCode(code: string, language: string | undefined): HastNode[] | null {
  const grammarName = language === undefined ? undefined : GRAMMAR_FOR_LANGUAGE[language.toLowerCase()];
  if (grammarName === undefined) return null;
  const grammar = Prism.languages[grammarName];
  if (!grammar) throw new Error(`Prism grammar "${grammarName}" is not loaded`);
  return toHast(Prism.tokenize(code, grammar));
}

/** The text a list of HAST nodes shows, in order. */
export function hastText(nodes: readonly HastNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : hastText(node.children))).join('');
}
