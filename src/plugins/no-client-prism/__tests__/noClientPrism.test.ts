import {existsSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import noClientPrism, {emptyModuleAliases} from '..';

describe('aliases that empty a module', () => {
  it('match the module by its absolute path, with and without .js, and nothing else', () => {
    expect(emptyModuleAliases('/site/node_modules/theme/lib/prism-include-languages.js')).toEqual({
      '/site/node_modules/theme/lib/prism-include-languages$': false,
      '/site/node_modules/theme/lib/prism-include-languages.js$': false,
    });
  });
});

describe('the no-client-prism plugin', () => {
  const plugin = noClientPrism();
  const configure = plugin.configureWebpack as unknown as () => {resolve: {alias: Record<string, false>}};

  it('empties the installed theme-classic Prism client module in every bundle', () => {
    const aliases = Object.keys(configure().resolve.alias);
    expect(aliases).toHaveLength(2);
    for (const alias of aliases) expect(alias).toMatch(/@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?\$$/);
    // The aliased file exists: a theme upgrade that moves it must fail here, not silently ship Prism again.
    expect(existsSync(aliases.find((a) => a.endsWith('.js$'))!.slice(0, -1))).toBe(true);
  });
});
