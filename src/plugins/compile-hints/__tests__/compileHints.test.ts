import {describe, expect, it} from 'vitest';
import compileHints, {COMPILE_HINT} from '..';

class FakeBannerPlugin {
  constructor(readonly options: Record<string, unknown>) {}
}
const utils = {currentBundler: {name: 'rspack', instance: {BannerPlugin: FakeBannerPlugin}}};
type Configure = (config: {mode: string}, isServer: boolean, u: typeof utils) => {plugins?: FakeBannerPlugin[]};
const configure = compileHints().configureWebpack as unknown as Configure;

describe('the compile-hints plugin', () => {
  it("puts V8's whole-file hint at the top of every script of the production client bundle, after minification", () => {
    const {plugins} = configure({mode: 'production'}, false, utils);
    expect(plugins).toHaveLength(1);
    const {options} = plugins![0];
    expect(options.banner).toBe('//# allFunctionsCalledOnLoad');
    expect(COMPILE_HINT).toBe(options.banner);
    // raw: the comment as written, not wrapped in /*! */; a stage past the minifier's (400), which strips comments.
    expect(options.raw).toBe(true);
    expect(options.stage).toBeGreaterThan(400);
    expect((options.test as RegExp).test('assets/js/main.1a2b3c4d.js')).toBe(true);
    expect((options.test as RegExp).test('assets/css/styles.1a2b3c4d.css')).toBe(false);
  });

  it('leaves the server bundle and the development server alone', () => {
    expect(configure({mode: 'production'}, true, utils)).toEqual({});
    expect(configure({mode: 'development'}, false, utils)).toEqual({});
  });
});
