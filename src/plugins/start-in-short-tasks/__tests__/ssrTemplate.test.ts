import {describe, expect, it} from 'vitest';
import {ssrTemplate, startScripts, withScriptsAfterFirstPaint} from '../ssrTemplate';

interface FakeScript {
  src?: string;
  async?: boolean;
}

/** Runs the inline starter in a fake window: returns the scripts it appended, and the callbacks it left waiting. */
function runStarter(visibilityState: string, supportedEntryTypes: string[]) {
  const appended: FakeScript[] = [];
  const waiting: {timers: Array<[() => void, number]>; frames: Array<() => void>; observers: Array<(list: unknown) => void>} = {timers: [], frames: [], observers: []};
  const document = {visibilityState, createElement: (): FakeScript => ({}), head: {appendChild: (script: FakeScript) => appended.push(script)}};
  class PerformanceObserver {
    static supportedEntryTypes = supportedEntryTypes;
    constructor(callback: (list: unknown) => void) {
      waiting.observers.push(callback);
    }
    observe(): void {}
  }
  const setTimeout = (callback: () => void, ms: number) => waiting.timers.push([callback, ms]);
  const requestAnimationFrame = (callback: () => void) => waiting.frames.push(callback);
  new Function('document', 'PerformanceObserver', 'setTimeout', 'requestAnimationFrame', `${startScripts}(['/assets/js/runtime~main.1.js', '/assets/js/main.2.js'])`)(
    document,
    PerformanceObserver,
    setTimeout,
    requestAnimationFrame,
  );
  return {appended, waiting};
}

const paintList = (names: string[]) => ({getEntriesByName: (name: string) => names.filter((n) => n === name)});

describe('the page template', () => {
  it('has no deferred bundle scripts: one inline starter is given the bundle URLs', () => {
    expect(ssrTemplate).not.toMatch(/<script src=/);
    expect(ssrTemplate).toContain('<script>${startScripts}'.replace('${startScripts}', startScripts));
    expect(ssrTemplate).toContain('JSON.stringify(it.scripts.map((script) => it.baseUrl + script))');
  });

  it('adds the scripts, in order and not async, once the first contentful paint is reported', () => {
    const {appended, waiting} = runStarter('visible', ['paint', 'navigation']);
    expect(appended).toEqual([]);
    waiting.observers[0](paintList(['first-paint']));
    expect(appended).toEqual([]);
    waiting.observers[0](paintList(['first-contentful-paint']));
    expect(appended).toEqual([
      {src: '/assets/js/runtime~main.1.js', async: false},
      {src: '/assets/js/main.2.js', async: false},
    ]);
    // The 3 s safety net then adds nothing twice.
    const [safety, ms] = waiting.timers[0];
    expect(ms).toBe(3000);
    safety();
    expect(appended).toHaveLength(2);
  });

  it('starts at once in a hidden tab, after the first frame where paints are not reported, and after 3 s at worst', () => {
    expect(runStarter('hidden', ['paint']).appended).toHaveLength(2);
    const noPaintTiming = runStarter('visible', []);
    expect(noPaintTiming.appended).toHaveLength(0);
    noPaintTiming.waiting.frames[0]();
    noPaintTiming.waiting.timers.find(([, ms]) => ms === 0)![0]();
    expect(noPaintTiming.appended).toHaveLength(2);
    const neverPainted = runStarter('visible', ['paint']);
    neverPainted.waiting.timers.find(([, ms]) => ms === 3000)![0]();
    expect(neverPainted.appended).toHaveLength(2);
  });
});

describe("the template's source", () => {
  it('is Docusaurus’s own, and a template whose scripts moved fails the build instead of shipping without them', () => {
    expect(ssrTemplate).toContain('<div id="__docusaurus"><%~ it.appHtml %></div>');
    expect(() => withScriptsAfterFirstPaint('<html><body></body></html>')).toThrow(/no longer lists its scripts/);
  });
});
