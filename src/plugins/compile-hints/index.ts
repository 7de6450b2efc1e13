/**
 * V8 compiles a function the first time it is called, on the main thread. The scripts a page runs at start (React,
 * the theme, the widgets) are nearly all called at start, so most of their evaluation time was compiling: React
 * DOM's module took 22–52 ms to evaluate here, 10–19 ms with this hint. `//# allFunctionsCalledOnLoad` (Chrome 136
 * and later; a plain comment elsewhere) asks V8 to compile the whole file eagerly, on the thread that parses the
 * script while it downloads. Added after minification, which would strip it, and only to scripts of 10 KB or more:
 * a small chunk compiles in no time, and its share of the hint's 30 bytes is not free on a phone connection.
 */
import type {Plugin} from '@docusaurus/types';
import type {Compiler} from 'webpack';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
export const MIN_SCRIPT_BYTES = 10_000;

// Webpack's and Rspack's processAssets stage for minification is 400: one later runs on the minified code.
const AFTER_MINIFICATION = 401;

interface Sized {
  size(): number;
}

/** The names of the assets that get the hint: minified scripts of MIN_SCRIPT_BYTES or more. */
export function hintedAssets(assets: Record<string, Sized>): string[] {
  return Object.entries(assets)
    .filter(([name, source]) => name.endsWith('.js') && source.size() >= MIN_SCRIPT_BYTES)
    .map(([name]) => name);
}

class CompileHintsPlugin {
  apply(compiler: Compiler): void {
    const {ConcatSource} = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('compile-hints', (compilation) => {
      compilation.hooks.processAssets.tap({name: 'compile-hints', stage: AFTER_MINIFICATION}, (assets) => {
        for (const name of hintedAssets(assets)) compilation.updateAsset(name, new ConcatSource(`${COMPILE_HINT}\n`, assets[name]));
      });
    });
  }
}

export default function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    configureWebpack(config, isServer) {
      if (isServer || config.mode !== 'production') return {};
      return {plugins: [new CompileHintsPlugin()]};
    },
  };
}
