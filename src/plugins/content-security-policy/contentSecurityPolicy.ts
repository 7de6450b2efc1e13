/**
 * Pure pieces of the Content-Security-Policy plugin: find what a built page runs
 * or styles inline, hash it the way browsers do, and write the policy that allows
 * exactly that. No file system here; `index.ts` feeds it the built HTML and scripts.
 */
import {createHash} from 'node:crypto';
import {tokenizer, tokTypes} from 'acorn';

/** What one HTML page carries inline, as the browser's HTML parser sees it. */
export interface InlineContent {
  /** Text of every inline <script> the browser would execute (CSP checks these). */
  executableScripts: string[];
  /** Text of inline data blocks (JSON-LD…): never executed, so CSP does not check them. */
  dataBlocks: string[];
  /** Text of every <style> element, including those inside inline SVG. */
  styleElements: string[];
  /** Values of `style="…"` attributes. */
  styleAttributes: string[];
  /** `onclick="…"`-style handlers and `javascript:` URLs: the policy forbids them. */
  inlineHandlers: string[];
}

// One attribute inside a start tag: name, optionally = and a quoted or unquoted value.
const ATTRIBUTE = String.raw`\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>\x60]+)))?`;
const ATTRIBUTE_PATTERN = new RegExp(ATTRIBUTE, 'g');
const START_TAG_REST = String.raw`((?:${ATTRIBUTE})*)\s*/?>`;
const SCRIPT_ELEMENT = new RegExp(String.raw`<script(?=[\s/>])${START_TAG_REST}([\s\S]*?)</script\s*>`, 'gi');
const STYLE_ELEMENT = new RegExp(String.raw`<style(?=[\s/>])${START_TAG_REST}([\s\S]*?)</style\s*>`, 'gi');
const ANY_START_TAG = new RegExp(String.raw`<([a-zA-Z][^\s/>]*)${START_TAG_REST}`, 'g');
const SVG_BOUNDARY = /<(\/?)svg(?=[\s/>])[^>]*>/gi;

// MIME types the HTML spec treats as JavaScript (a `<script type>` outside these is a data block).
const JAVASCRIPT_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
]);

const NAMED_REFERENCES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'};

/** Attributes of one start tag, names lower-cased, values with character references decoded. */
export function parseAttributes(attributeText: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of attributeText.matchAll(ATTRIBUTE_PATTERN)) {
    const name = match[1].toLowerCase();
    // The first occurrence wins, as in the HTML parser.
    if (!attributes.has(name)) attributes.set(name, decodeCharacterReferences(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/**
 * Decodes the character references our minified output uses. An unknown named
 * reference throws: a wrong hash would only show up as a blocked style in the browser.
 */
export function decodeCharacterReferences(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);/g, (_whole, reference: string) => {
    if (reference.startsWith('#x') || reference.startsWith('#X')) return String.fromCodePoint(parseInt(reference.slice(2), 16));
    if (reference.startsWith('#')) return String.fromCodePoint(parseInt(reference.slice(1), 10));
    const character = NAMED_REFERENCES[reference];
    if (character === undefined) throw new Error(`content-security-policy: cannot decode "&${reference};" inside an SVG <style>`);
    return character;
  });
}

/** True when a `<script type>` value makes the browser run the script (CSP checks only those). */
export function isExecutableScriptType(type: string | undefined): boolean {
  if (type === undefined) return true;
  return JAVASCRIPT_TYPES.has(type.trim().toLowerCase());
}

// The parser turns CRLF and lone CR into LF before anything else; hashes are over that text.
function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

// Start offsets of [open, close) ranges of inline <svg> elements, which may nest.
function svgRanges(html: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const open: number[] = [];
  for (const match of html.matchAll(SVG_BOUNDARY)) {
    if (match[1] === '/') {
      const start = open.pop();
      if (start !== undefined && open.length === 0) ranges.push([start, match.index]);
    } else if (!match[0].endsWith('/>')) {
      open.push(match.index);
    }
  }
  return ranges;
}

/**
 * Text of a <style> element as the DOM holds it. In HTML it is raw text; inside
 * SVG (foreign content) character references are decoded and CDATA sections unwrapped.
 */
function styleText(raw: string, insideSvg: boolean): string {
  if (!insideSvg) return raw;
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeCharacterReferences(part)))
    .join('');
}

/** Everything a built HTML page carries inline. */
export function findInlineContent(html: string): InlineContent {
  const text = normaliseNewlines(html);
  const content: InlineContent = {executableScripts: [], dataBlocks: [], styleElements: [], styleAttributes: [], inlineHandlers: []};

  const scriptRanges: Array<[number, number]> = [];
  for (const match of text.matchAll(SCRIPT_ELEMENT)) {
    scriptRanges.push([match.index, match.index + match[0].length]);
    const attributes = parseAttributes(match[1]);
    if (attributes.has('src')) continue;
    const body = match[match.length - 1];
    if (!isExecutableScriptType(attributes.get('type'))) {
      content.dataBlocks.push(body);
      continue;
    }
    // After "<!--" the parser's escape states can move where a script ends; refuse rather than mis-hash.
    if (body.includes('<!--')) throw new Error('content-security-policy: an inline script contains "<!--"; its hash would be unreliable');
    content.executableScripts.push(body);
  }
  const insideScript = (offset: number) => scriptRanges.some(([start, end]) => offset > start && offset < end);

  const svgs = svgRanges(text);
  for (const match of text.matchAll(STYLE_ELEMENT)) {
    if (insideScript(match.index)) continue;
    const insideSvg = svgs.some(([start, end]) => match.index > start && match.index < end);
    content.styleElements.push(styleText(match[match.length - 1], insideSvg));
  }

  for (const match of text.matchAll(ANY_START_TAG)) {
    if (insideScript(match.index)) continue;
    for (const [name, value] of parseAttributes(match[2])) {
      if (name === 'style') content.styleAttributes.push(value);
      else if (/^on[a-z]+$/.test(name)) content.inlineHandlers.push(`${name}="${value}"`);
      else if (['href', 'src', 'action', 'formaction'].includes(name) && /^\s*javascript:/i.test(value)) {
        content.inlineHandlers.push(`${name}="${value}"`);
      }
    }
  }
  return content;
}

/**
 * <style> elements held whole in a string constant of a built script. Client
 * code inserts such markup with innerHTML (a build-time diagram after a
 * client-side route change): its text is the unminified original, not the
 * minified copy in the HTML, so it needs its own hash.
 */
export function styleElementsInBundle(source: string): string[] {
  if (!/<style|\\u003cstyle|\\x3cstyle/i.test(source)) return [];
  const styles: string[] = [];
  for (const token of tokenizer(source, {ecmaVersion: 'latest', allowHashBang: true})) {
    // acorn's tokens carry the decoded value of a string or template part, untyped in its .d.ts.
    const {value} = token as typeof token & {value?: unknown};
    const isText = token.type === tokTypes.string || token.type === tokTypes.template;
    if (isText && typeof value === 'string' && /<style/i.test(value)) styles.push(...findInlineContent(value).styleElements);
  }
  return styles;
}

/** A CSP hash source for some inline text: `'sha256-<base64 of SHA-256 of its UTF-8>'`. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Distinct hash sources for a list of texts, sorted so the header is stable between builds. */
export function hashSources(texts: Iterable<string>): string[] {
  return [...new Set([...texts].map(sha256Source))].sort();
}

/** What the policy has to allow beyond the site's own files. */
export interface PolicyInputs {
  /** Hashes of every inline script the pages execute. */
  scriptHashes: string[];
  /** Hashes of every inline <style> element. */
  styleElementHashes: string[];
}

/**
 * The site's policy, directive by directive. Only the site's own origin, plus
 * hashes of the inline scripts and <style> elements the build emitted.
 */
export function policyDirectives({scriptHashes, styleElementHashes}: PolicyInputs): Array<[string, string[]]> {
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...scriptHashes]],
    // Fallback for browsers without -elem/-attr (Safari < 15.4, Firefox < 108): style attributes are blocked there.
    ['style-src', ["'self'", ...styleElementHashes]],
    ['style-src-elem', ["'self'", ...styleElementHashes]],
    // Server-rendered style="…" (Prism token colours, KaTeX spacing, diagram sizing) are checked by CSP.
    // Hashing them ('unsafe-hashes') passes too, but ~60 hashes push the header past hosts' limits;
    // an injected attribute cannot fetch from another host anyway (img-src/font-src are 'self').
    ['style-src-attr', ["'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
}

/** The policy as one header value. */
export function buildPolicy(inputs: PolicyInputs): string {
  return policyDirectives(inputs)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Cloudflare Pages documents 2,000 characters as the longest `_headers` line it accepts. */
export const MAX_HEADER_LINE = 2000;

/** A Netlify / Cloudflare Pages `_headers` file that sends the policy with every path. */
export function headersFile(policy: string): string {
  const line = `  Content-Security-Policy: ${policy}`;
  if (line.length > MAX_HEADER_LINE) {
    throw new Error(
      `content-security-policy: the header line is ${line.length} characters, over the ${MAX_HEADER_LINE} Cloudflare Pages accepts; ` +
        'remove inline scripts or <style> elements from the pages',
    );
  }
  return `/*\n${line}\n`;
}

/**
 * The same policy as an nginx directive, for `include` in the server block that serves the site (deploy/nginx.conf).
 * `always`: the 404 page needs it too.
 */
export function nginxHeaderDirective(policy: string): string {
  // A policy is a list of source expressions: quotes and semicolons, never a double quote or a line break.
  if (/["\n\\$]/.test(policy)) throw new Error('content-security-policy: the policy holds a character nginx would read differently');
  return `add_header Content-Security-Policy "${policy}" always;\n`;
}

/** Combines the inline content of many pages, and the <style> elements scripts insert, into the policy inputs. */
export function policyInputsFor(pages: InlineContent[], insertedStyleElements: string[] = []): PolicyInputs {
  return {
    scriptHashes: hashSources(pages.flatMap((page) => page.executableScripts)),
    styleElementHashes: hashSources([...pages.flatMap((page) => page.styleElements), ...insertedStyleElements]),
  };
}
