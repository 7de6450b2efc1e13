import {describe, expect, it} from 'vitest';
import compileHints, {COMPILE_HINT, MIN_SCRIPT_BYTES, hintedAssets} from '..';

const asset = (bytes: number) => ({size: () => bytes});
type Configure = (config: {mode: string}, isServer: boolean) => {plugins?: unknown[]};
const configure = compileHints().configureWebpack as unknown as Configure;

describe('the compile-hints plugin', () => {
  it("is V8's whole-file hint", () => {
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad');
  });

  it('hints minified scripts of 10 KB or more, and nothing else', () => {
    expect(MIN_SCRIPT_BYTES).toBe(10_000);
    const assets = {
      'assets/js/main.1a2b.js': asset(387_000),
      'assets/js/1030.3c4d.js': asset(MIN_SCRIPT_BYTES),
      'assets/js/5e95.5e6f.js': asset(MIN_SCRIPT_BYTES - 1),
      'assets/css/styles.7a8b.css': asset(90_000),
    };
    expect(hintedAssets(assets)).toEqual(['assets/js/main.1a2b.js', 'assets/js/1030.3c4d.js']);
  });

  it('prepends the hint after minification, in the production client bundle only', () => {
    const {plugins} = configure({mode: 'production'}, false);
    expect(plugins).toHaveLength(1);
    // Run the plugin against a fake bundler: a processAssets stage past the minifier's (400), the hint on top.
    const updated: Record<string, string[]> = {};
    let stage = 0;
    class ConcatSource {
      readonly parts: unknown[];
      constructor(...parts: unknown[]) {
        this.parts = parts;
      }
      size(): number {
        return 0;
      }
    }
    const compilation = {
      hooks: {
        processAssets: {
          tap(options: {stage: number}, run: (assets: Record<string, {size(): number}>) => void) {
            stage = options.stage;
            run({'assets/js/main.1a2b.js': asset(387_000), 'assets/js/5e95.5e6f.js': asset(900)});
          },
        },
      },
      updateAsset(name: string, source: ConcatSource) {
        updated[name] = source.parts.filter((part): part is string => typeof part === 'string');
      },
    };
    (plugins![0] as {apply(compiler: unknown): void}).apply({
      webpack: {sources: {ConcatSource}},
      hooks: {thisCompilation: {tap: (_name: string, run: (c: typeof compilation) => void) => run(compilation)}},
    });
    expect(stage).toBeGreaterThan(400);
    expect(updated).toEqual({'assets/js/main.1a2b.js': [`${COMPILE_HINT}\n`]});
  });

  it('leaves the server bundle and the development server alone', () => {
    expect(configure({mode: 'production'}, true)).toEqual({});
    expect(configure({mode: 'development'}, false)).toEqual({});
  });
});
