// Serves KaTeX's CSS and fonts from the site itself (no CDN): copied from the
// installed katex package into static/katex before start and build.
import {cpSync, mkdirSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

// The stylesheet must match the KaTeX that rehype-katex typesets with, so resolve it from there.
const rehypeKatex = fileURLToPath(import.meta.resolve('rehype-katex'));
const katexDist = path.dirname(createRequire(rehypeKatex).resolve('katex/dist/katex.min.css'));
const target = path.resolve('static/katex');
mkdirSync(target, {recursive: true});
cpSync(path.join(katexDist, 'katex.min.css'), path.join(target, 'katex.min.css'));
cpSync(path.join(katexDist, 'fonts'), path.join(target, 'fonts'), {recursive: true});
