import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import noCollatorAtLoad, {REACT_UTILS} from '..';

const require = createRequire(import.meta.url);
const rewrite = require('../loader.cjs') as (this: {resourcePath: string}, source: string) => string;
// The package's exports hide lib/utils; reach it from the entry point.
const installed = path.join(path.dirname(require.resolve('@docusaurus/theme-common')), 'utils', 'reactUtils.js');

describe('the no-collator-at-load plugin', () => {
  it('applies its loader to the installed theme-common reactUtils and to no other file', () => {
    const configure = noCollatorAtLoad().configureWebpack as unknown as () => {module: {rules: {test: RegExp; use: {loader: string}[]}[]}};
    const [rule] = configure().module.rules;
    expect(rule.test).toBe(REACT_UTILS);
    expect(REACT_UTILS.test(installed)).toBe(true);
    expect(REACT_UTILS.test('C:\\site\\node_modules\\@docusaurus\\theme-common\\lib\\utils\\reactUtils.js')).toBe(true);
    expect(REACT_UTILS.test(installed.replace('reactUtils', 'useLocationChange'))).toBe(false);
    expect(rule.use[0].loader).toMatch(/loader\.cjs$/);
  });

  it('rewrites the installed hook to sort without localeCompare, and the sort still orders the keys', () => {
    const out = rewrite.call({resourcePath: installed}, readFileSync(installed, 'utf8'));
    expect(out).not.toContain('localeCompare');
    const sort = /deps\.sort\((.*)\);/.exec(out)?.[1];
    expect(sort).toBeDefined();
    // The comparator exactly as it will ship.
    const compare = new Function(`return ${sort}`)() as (a: string[], b: string[]) => number;
    expect([['sidebar'], ['path'], ['props'], ['component']].sort(compare)).toEqual([['component'], ['path'], ['props'], ['sidebar']]);
  });

  it('fails the build, naming the file, when the line it rewrites is gone', () => {
    expect(() => rewrite.call({resourcePath: '/x/reactUtils.js'}, 'export const nothing = 1;')).toThrow(/not found in \/x\/reactUtils\.js/);
  });
});
