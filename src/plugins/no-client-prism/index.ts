/**
 * theme-classic adds a client module to every page that imports Prism from
 * prism-react-renderer (~29 KB gzip, ~40 languages in one module) only to
 * register `prism.additionalLanguages`. Code is coloured at build time here
 * (see build-time-code-highlight) and our CodeBlock needs no Prism, so that
 * module is swapped for an empty one.
 */
import {createRequire} from 'node:module';
import type {Plugin} from '@docusaurus/types';

const require = createRequire(import.meta.url);

/**
 * Bundler aliases that turn `modulePath` into an empty module. The client
 * modules list imports it by absolute path without `.js`; `$` makes each alias
 * match that exact request only.
 */
export function emptyModuleAliases(modulePath: string): Record<string, false> {
  const withoutExtension = modulePath.replace(/\.js$/, '');
  return {[`${withoutExtension}$`]: false, [`${withoutExtension}.js$`]: false};
}

export default function noClientPrism(): Plugin {
  const prismClientModule = require.resolve('@docusaurus/theme-classic/lib/prism-include-languages.js');
  return {
    name: 'no-client-prism',
    configureWebpack() {
      return {resolve: {alias: emptyModuleAliases(prismClientModule)}};
    },
  };
}
