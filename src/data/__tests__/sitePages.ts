/** The site's pages as the build will route them, read from the sources: docs by their `slug:`, src/pages by file name. */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

export interface PageSource {
  file: string;
  source: string;
}

/** Route (no trailing slash but `/`) → the file that makes it. */
export function sitePages(): Map<string, PageSource> {
  const pages = new Map<string, PageSource>();
  const docsDir = path.join(ROOT, 'docs');
  for (const name of readdirSync(docsDir).filter((file) => /^[^_].*\.mdx?$/.test(file))) {
    const file = path.join(docsDir, name);
    const source = readFileSync(file, 'utf8');
    const slug = /^slug:\s*(\S+)\s*$/m.exec(source)?.[1] ?? `/${name.replace(/\.mdx?$/, '')}`;
    pages.set(slug === '/' ? '/t1/' : `/t1${slug}`, {file, source});
  }
  const pagesDir = path.join(ROOT, 'src/pages');
  for (const name of readdirSync(pagesDir, {recursive: true, encoding: 'utf8'}).filter((file) => /\.(tsx|mdx?)$/.test(file))) {
    const route = `/${name.replace(/\.(tsx|mdx?)$/, '').replace(/(^|\/)index$/, '')}`.replace(/(.)\/$/, '$1');
    pages.set(route, {file: path.join(pagesDir, name), source: readFileSync(path.join(pagesDir, name), 'utf8')});
  }
  return pages;
}
