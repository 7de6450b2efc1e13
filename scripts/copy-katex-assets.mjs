// Serves KaTeX's CSS and fonts from the site itself (no CDN): copied from the
// installed katex package into static/katex before start and build. The
// stylesheet is split in two: katex.min.css (layout, in every page's head) and
// katex-fonts.css (its @font-face rules), which the page template adds after the
// first paint (src/plugins/start-in-short-tasks/ssrTemplate.ts). With the font
// faces in the head, laying out any formula, even far below the fold, requested
// its fonts before the first paint, and Lighthouse counted them in the page's
// first and largest paint (T1.3 and T1.4: about 150 ms later on its phone).
import {cpSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

// The stylesheet must match the KaTeX that rehype-katex typesets with, so resolve it from there.
const rehypeKatex = fileURLToPath(import.meta.resolve('rehype-katex'));
const katexDist = path.dirname(createRequire(rehypeKatex).resolve('katex/dist/katex.min.css'));
const target = path.resolve('static/katex');
mkdirSync(target, {recursive: true});
const css = readFileSync(path.join(katexDist, 'katex.min.css'), 'utf8');
const FONT_FACE = /@font-face\{[^}]*\}/g;
const faces = css.match(FONT_FACE) ?? [];
if (faces.length === 0) throw new Error('copy-katex-assets: no @font-face rules in katex.min.css; has KaTeX changed how it ships its fonts?');
writeFileSync(path.join(target, 'katex.min.css'), css.replace(FONT_FACE, ''));
writeFileSync(path.join(target, 'katex-fonts.css'), faces.join('\n') + '\n');
cpSync(path.join(katexDist, 'fonts'), path.join(target, 'fonts'), {recursive: true});
