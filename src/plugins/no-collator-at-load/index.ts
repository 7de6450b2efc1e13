/**
 * Every docs page renders theme-common's NavbarSecondaryMenuFiller (the sidebar in the phone menu), which
 * shallow-memoises its props with `useShallowMemoObject`. That hook sorts the prop names with `localeCompare`, and
 * the first `localeCompare` on a page builds the browser's collator: 13–16 ms measured in Chromium here, so 55–65 ms
 * of Lighthouse's 4× simulated CPU time in the hydration task, on every page, to order two keys. The sort only has to
 * be the same on every render, so a code-point comparison does: this rewrites that one line.
 */
import {createRequire} from 'node:module';
import type {Plugin} from '@docusaurus/types';

const require = createRequire(import.meta.url);

/** The one file rewritten, matched wherever the package manager put it. */
export const REACT_UTILS = /[\\/]@docusaurus[\\/]theme-common[\\/]lib[\\/]utils[\\/]reactUtils\.js$/;

export default function noCollatorAtLoad(): Plugin {
  return {
    name: 'no-collator-at-load',
    configureWebpack() {
      return {module: {rules: [{test: REACT_UTILS, use: [{loader: require.resolve('./loader.cjs')}]}]}};
    },
  };
}
