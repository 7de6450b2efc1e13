import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import startInShortTasks, {ENTRY} from '..';

type Configure = (config: {mode: string}, isServer: boolean) => Record<string, unknown>;
const configure = startInShortTasks().configureWebpack as unknown as Configure;

describe('the start-in-short-tasks plugin', () => {
  it("replaces the production client bundle's entry, and only that", () => {
    expect(configure({mode: 'production'}, false)).toEqual({mergeStrategy: {entry: 'replace'}, entry: ENTRY});
    expect(configure({mode: 'production'}, true)).toEqual({});
    expect(configure({mode: 'development'}, false)).toEqual({});
    expect(existsSync(ENTRY)).toBe(true);
  });

  it("ends by running Docusaurus's own client entry, which exists in the installed version", () => {
    const source = readFileSync(ENTRY, 'utf8');
    const imports = [...source.matchAll(/import\(\/\* webpackMode: "eager" \*\/ '([^']+)'\)/g)].map((m) => m[1]);
    expect(imports.at(-1)).toBe('@docusaurus/core/lib/client/clientEntry');
    // Every step evaluates a module that is already in the main bundle: eager imports, no new chunk.
    expect(source.match(/import\(\/\*/g)).toHaveLength(imports.length);
    const require = createRequire(import.meta.url);
    const used = ['react-dom/client', '@docusaurus/core/lib/client/clientEntry', '@docusaurus/core/lib/client/preload', '@docusaurus/core/lib/client/normalizeLocation'];
    for (const request of used) {
      expect(() => require.resolve(request), request).not.toThrow();
    }
  });
});
