/**
 * V8 compiles a function the first time it is called, on the main thread. The scripts a page runs at start (React,
 * the theme, the page's chunks) are nearly all called at start, so most of their evaluation time was compiling:
 * React DOM's module took 22–52 ms to evaluate here, 10–19 ms with this hint. `//# allFunctionsCalledOnLoad`
 * (Chrome 136 and later; a plain comment elsewhere) asks V8 to compile the whole file eagerly, on the thread that
 * parses the script while it downloads. Added after minification, which would strip it.
 */
import type {Plugin} from '@docusaurus/types';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

// Webpack's and Rspack's processAssets stage for minification is 400: one later runs on the minified code.
const AFTER_MINIFICATION = 401;

export default function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    configureWebpack(config, isServer, utils) {
      if (isServer || config.mode !== 'production') return {};
      const {BannerPlugin} = utils.currentBundler.instance;
      return {plugins: [new BannerPlugin({banner: COMPILE_HINT, raw: true, test: /\.js$/, stage: AFTER_MINIFICATION})]};
    },
  };
}
