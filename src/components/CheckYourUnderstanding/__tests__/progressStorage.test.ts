/** Storage side effects against a stand-in window: a working store, a full one, and one the browser refuses. */
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';

type Store = {getItem: (key: string) => string | null; setItem: (key: string, value: string) => void; removeItem: (key: string) => void};

function fakeWindow(store: Store | 'refused') {
  const events: string[] = [];
  const win = {
    get localStorage(): Store {
      if (store === 'refused') throw new DOMException('The operation is insecure.', 'SecurityError');
      return store;
    },
    dispatchEvent: (event: Event) => {
      events.push(event.type);
      return true;
    },
  };
  vi.stubGlobal('window', win);
  return events;
}

function memoryStore(): Store & {data: Map<string, string>; full: boolean} {
  const data = new Map<string, string>();
  return {
    data,
    full: false,
    getItem(key) {
      return data.get(key) ?? null;
    },
    setItem(key, value) {
      if (this.full) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem(key) {
      data.delete(key);
    },
  };
}

async function freshModules() {
  vi.resetModules();
  return {...(await import('../progressStorage')), ...(await import('../progressWriting'))};
}

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => vi.unstubAllGlobals());

describe('progress in storage', () => {
  it('writes, reads back, clears, and tells the page each time', async () => {
    const store = memoryStore();
    const events = fakeWindow(store);
    const {readProgressText, writeProgressText, storageWorks} = await freshModules();
    expect(storageWorks()).toBe(true);
    expect(writeProgressText('{"a":1}')).toBe(true);
    expect(readProgressText()).toBe('{"a":1}');
    expect(writeProgressText(null)).toBe(true);
    expect(readProgressText()).toBeNull();
    expect(events).toEqual(['t1-progress-changed', 't1-progress-changed']);
  });

  it('keeps the newest answers in memory once the store is full, never showing an older stored copy', async () => {
    const store = memoryStore();
    fakeWindow(store);
    const {readProgressText, writeProgressText} = await freshModules();
    writeProgressText('old');
    store.full = true;
    expect(writeProgressText('new')).toBe(false);
    expect(readProgressText()).toBe('new');
  });

  it('works in memory when the browser refuses storage altogether', async () => {
    fakeWindow('refused');
    const {readProgressText, writeProgressText, storageWorks} = await freshModules();
    expect(storageWorks()).toBe(false);
    expect(readProgressText()).toBeNull();
    expect(writeProgressText('{"b":2}')).toBe(false);
    expect(readProgressText()).toBe('{"b":2}');
  });
});
