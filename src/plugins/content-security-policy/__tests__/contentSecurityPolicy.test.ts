import {createHash} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {
  MAX_HEADER_LINE,
  buildPolicy,
  decodeCharacterReferences,
  findInlineContent,
  hashSources,
  headersFile,
  nginxHeaderDirective,
  isExecutableScriptType,
  parseAttributes,
  policyDirectives,
  policyInputsFor,
  sha256Source,
  styleElementsInBundle,
} from '../contentSecurityPolicy';

// Shaped like Docusaurus's minified output: unquoted attributes, JSON-LD, the colour-mode bootstrap, bundles.
const COLOR_MODE = '!function(){document.documentElement.setAttribute("data-theme","light")}()';
const BANNER = 'document.addEventListener("DOMContentLoaded",function(){void 0===window.docusaurus&&insertBanner()})';
const JSON_LD = '{"@context":"https://schema.org","@type":"BreadcrumbList"}';
const DIAGRAM_CSS = 'text{font-family:var(--ifm-font-family-base)}.edge>path{stroke:var(--_line)}';
const PAGE = `<!doctype html><html lang=en dir=ltr><head><meta charset=UTF-8>
<script data-rh=true type=application/ld+json>${JSON_LD}</script>
<script data-rh=true>${BANNER}</script>
<link rel=stylesheet href=/katex/katex.min.css type=text/css>
<script src=/assets/js/runtime~main.73bad7c9.js defer></script>
<script src=/assets/js/main.49563556.js defer></script>
</head><body><svg style="display: none;"><defs><symbol id=x viewBox="0 0 24 24"><path d="M0 0h1"/></symbol></defs></svg>
<script>${COLOR_MODE}</script>
<div style=--diagram-natural-width:631px><svg role=img viewBox="0 0 10 10"><style>text{font-family:var(--ifm-font-family-base)}.edge&gt;path{stroke:var(--_line)}</style><g/></svg></div>
<span class=katex><span style="height:0.8em;vertical-align:-0.2em;"></span></span>
</body></html>`;

describe('finding what a built page carries inline', () => {
  const content = findInlineContent(PAGE);

  it('finds the executable inline scripts, exactly as written, and skips scripts with src', () => {
    expect(content.executableScripts).toEqual([BANNER, COLOR_MODE]);
  });

  it('keeps JSON-LD apart: browsers never run data blocks, so CSP does not check them', () => {
    expect(content.dataBlocks).toEqual([JSON_LD]);
  });

  it('reads a <style> inside SVG as the DOM holds it: character references decoded', () => {
    expect(content.styleElements).toEqual([DIAGRAM_CSS]);
  });

  it('collects style attributes, quoted or not', () => {
    expect(content.styleAttributes).toEqual(['display: none;', '--diagram-natural-width:631px', 'height:0.8em;vertical-align:-0.2em;']);
  });

  it('finds no inline handlers in a clean page', () => {
    expect(content.inlineHandlers).toEqual([]);
  });

  it('keeps an HTML <style> as raw text (no entity decoding outside SVG)', () => {
    expect(findInlineContent('<head><style>a::after{content:"&gt;"}</style></head>').styleElements).toEqual(['a::after{content:"&gt;"}']);
  });

  it('unwraps CDATA inside an SVG <style>', () => {
    expect(findInlineContent('<svg><style><![CDATA[a>b{fill:red}]]>&amp;</style></svg>').styleElements).toEqual(['a>b{fill:red}&']);
  });

  it('hashes text after the parser turns CRLF and CR into LF', () => {
    expect(findInlineContent('<script>a()\r\nb()\rc()</script>').executableScripts).toEqual(['a()\nb()\nc()']);
  });

  it('reports inline event handlers and javascript: URLs, which the policy blocks', () => {
    const page = '<button onclick="go()">Go</button><a href="javascript:void 0">x</a><img src=a.png onerror=alert(1)>';
    expect(findInlineContent(page).inlineHandlers).toEqual(['onclick="go()"', 'href="javascript:void 0"', 'onerror="alert(1)"']);
  });

  it('does not mistake markup inside a script for attributes', () => {
    const page = '<script>el.innerHTML=\'<p style="color:red" onclick="x()">\'</script>';
    const found = findInlineContent(page);
    expect(found.styleAttributes).toEqual([]);
    expect(found.inlineHandlers).toEqual([]);
  });

  it('refuses an inline script containing "<!--", whose end the parser may place elsewhere', () => {
    expect(() => findInlineContent('<script>a("<!--<script>")</script>b()</script>')).toThrow(/unreliable/);
  });

  it('reads a script whose start tag has a quoted ">" in an attribute', () => {
    expect(findInlineContent('<script data-note="a>b">run()</script>').executableScripts).toEqual(['run()']);
  });

  it('returns any script body the parser would, unchanged', () => {
    const body = fc.string().filter((text) => !/<\/script|<!--|\r/i.test(text));
    fc.assert(fc.property(body, (text) => {
      expect(findInlineContent(`<p>x</p><script>${text}</script><p>y</p>`).executableScripts).toEqual([text]);
    }));
  });
});

describe('<style> elements that scripts insert whole', () => {
  // A compiled MDX page passes the diagram's SVG, unminified, to dangerouslySetInnerHTML.
  const css = 'text { font-family: var(--ifm-font-family-base); }\nsvg { --_line: color-mix(in srgb, var(--fg) 50%, var(--bg)); }';
  const svg = `<svg role="img"><title>T</title><style>\n${css}\n</style><g/></svg>`;

  it('reads them from string literals, escapes decoded', () => {
    const chunk = `(self.webpackChunk=self.webpackChunk||[]).push([[1],{5:(e,t,n)=>{n.d(t,{svg:()=>r});const r=${JSON.stringify(svg)}}}]);`;
    expect(styleElementsInBundle(chunk)).toEqual([`\n${css}\n`]);
  });

  it('reads them from single-quoted strings and plain template literals', () => {
    const single = `x='<svg><style>a{fill:\\'red\\'}</style></svg>';`;
    expect(styleElementsInBundle(single)).toEqual(["a{fill:'red'}"]);
    expect(styleElementsInBundle('y=`<svg><style>b{}</style></svg>`;')).toEqual(['b{}']);
  });

  it('decodes character references as the parser does inside SVG', () => {
    expect(styleElementsInBundle('z="<svg><style>.a&gt;.b{}</style></svg>";')).toEqual(['.a>.b{}']);
  });

  it('ignores markup built from pieces, comments and regular expressions', () => {
    const pieces = 'var s="<style>"+css+"</style>"; // "<svg><style>c{}</style></svg>"\nvar r=/<style>d{}<\\/style>/;';
    expect(styleElementsInBundle(pieces)).toEqual([]);
  });

  it('skips bundles with no <style> at all without parsing them', () => {
    expect(styleElementsInBundle('this is not JavaScript {')).toEqual([]);
  });

  it('adds their hashes to style-src-elem', () => {
    const inputs = policyInputsFor([findInlineContent(PAGE)], styleElementsInBundle(`const s=${JSON.stringify(svg)};`));
    expect(inputs.styleElementHashes).toEqual(hashSources([DIAGRAM_CSS, `\n${css}\n`]));
  });
});

describe('script types', () => {
  it.each([undefined, '', 'module', 'text/javascript', ' Text/JavaScript ', 'application/ecmascript'])('runs type %j', (type) => {
    expect(isExecutableScriptType(type)).toBe(true);
  });
  it.each(['application/ld+json', 'application/json', 'text/template', 'importmap', 'speculationrules'])('does not run type %j', (type) => {
    expect(isExecutableScriptType(type)).toBe(false);
  });
});

describe('attributes and character references', () => {
  it('parses quoted, unquoted and valueless attributes; the first duplicate wins', () => {
    const attributes = parseAttributes(' a=1 b="two words" c=\'x\' defer a=ignored D="&amp;&#62;&#x3C;"');
    expect([...attributes]).toEqual([['a', '1'], ['b', 'two words'], ['c', 'x'], ['defer', ''], ['d', '&><']]);
  });

  it('refuses a named reference it does not know rather than hash the wrong text', () => {
    expect(() => decodeCharacterReferences('&hellip;')).toThrow(/cannot decode/);
    expect(decodeCharacterReferences('a &lt;b&gt; &quot;c&quot; &apos;d&apos;&nbsp;&#128512;')).toBe('a <b> "c" \'d\'\u00a0😀');
  });
});

describe('hash sources', () => {
  it('is the base64 SHA-256 of the UTF-8 text, quoted as CSP wants', () => {
    expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    const expected = createHash('sha256').update(Buffer.from('été ✓', 'utf8')).digest('base64');
    expect(sha256Source('été ✓')).toBe(`'sha256-${expected}'`);
  });

  it('lists each distinct text once, sorted, so the header is stable between builds', () => {
    expect(hashSources(['b', 'a', 'b'])).toEqual([sha256Source('a'), sha256Source('b')].sort());
  });
});

describe('the policy', () => {
  const inputs = policyInputsFor([findInlineContent(PAGE), findInlineContent(PAGE)]);
  const policy = buildPolicy(inputs);
  const directives = new Map(policyDirectives(inputs));

  it('hashes every executable inline script of every page, and nothing else', () => {
    expect(inputs.scriptHashes).toEqual(hashSources([BANNER, COLOR_MODE]));
    expect(directives.get('script-src')).toEqual(["'self'", ...inputs.scriptHashes]);
    expect(policy).not.toContain(sha256Source(JSON_LD));
  });

  it('allows the diagram <style> by hash, and no other inline style element', () => {
    expect(directives.get('style-src-elem')).toEqual(["'self'", sha256Source(DIAGRAM_CSS)]);
    expect(directives.get('style-src')).toEqual(["'self'", sha256Source(DIAGRAM_CSS)]);
    expect(directives.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  it('names no other host, never allows eval, and locks down plugins, base, forms and framing', () => {
    expect(policy).not.toMatch(/https?:|\*|unsafe-eval|blob:/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toBe(
      [
        "default-src 'self'",
        `script-src 'self' ${inputs.scriptHashes.join(' ')}`,
        `style-src 'self' ${sha256Source(DIAGRAM_CSS)}`,
        `style-src-elem 'self' ${sha256Source(DIAGRAM_CSS)}`,
        "style-src-attr 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join('; '),
    );
  });

  it('is written as a _headers rule for every path', () => {
    expect(headersFile(policy)).toBe(`/*\n  Content-Security-Policy: ${policy}\n`);
  });

  it('is written as an nginx add_header directive, sent with error pages too', () => {
    expect(nginxHeaderDirective(policy)).toBe(`add_header Content-Security-Policy "${policy}" always;\n`);
    expect(() => nginxHeaderDirective(`${policy}; report-uri "x"`)).toThrow(/nginx/);
  });

  it('refuses a header line longer than Cloudflare Pages accepts', () => {
    const many = buildPolicy({scriptHashes: hashSources(Array.from({length: 40}, (_, i) => `s${i}`)), styleElementHashes: []});
    expect(`  Content-Security-Policy: ${many}`.length).toBeGreaterThan(MAX_HEADER_LINE);
    expect(() => headersFile(many)).toThrow(/over the 2000/);
  });
});
