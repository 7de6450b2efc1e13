import {describe, expect, it} from 'vitest';
import {
  CANNOT_DOWNLOAD,
  CANNOT_REGISTER,
  nextRegistration,
  offlineInstallOutcome,
  type RegistrationLike,
  type WorkerLike,
} from '../offlineInstallOutcome';

/** A service worker whose state the test moves on, as the browser would. */
class FakeWorker extends EventTarget implements WorkerLike {
  constructor(public state: string) {
    super();
  }
  moveTo(state: string): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

const fresh = (worker: WorkerLike | null): RegistrationLike => ({active: null, installing: worker, waiting: null});

describe('offlineInstallOutcome', () => {
  it('counts an already active worker as installed (a returning reader, or an update under way)', async () => {
    const registration = {active: {}, installing: new FakeWorker('installing'), waiting: null};
    await expect(offlineInstallOutcome(Promise.resolve(registration))).resolves.toEqual({installed: true});
  });

  it('waits for a new worker to install', async () => {
    const worker = new FakeWorker('installing');
    let settled = false;
    const outcome = offlineInstallOutcome(Promise.resolve(fresh(worker))).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toBe(false);
    worker.moveTo('installed');
    await expect(outcome).resolves.toEqual({installed: true});
  });

  it('reports a failed download when the installing worker turns redundant', async () => {
    const worker = new FakeWorker('installing');
    const outcome = offlineInstallOutcome(Promise.resolve(fresh(worker)));
    await new Promise((resolve) => setTimeout(resolve, 0));
    worker.moveTo('redundant');
    await expect(outcome).resolves.toEqual({installed: false, reason: CANNOT_DOWNLOAD});
  });

  it('reads a worker that failed before anyone looked', async () => {
    const outcome = offlineInstallOutcome(Promise.resolve(fresh(new FakeWorker('redundant'))));
    await expect(outcome).resolves.toEqual({installed: false, reason: CANNOT_DOWNLOAD});
  });

  it('counts a waiting worker as installed', async () => {
    const registration = {active: null, installing: null, waiting: new FakeWorker('installed')};
    await expect(offlineInstallOutcome(Promise.resolve(registration))).resolves.toEqual({installed: true});
  });

  it('reports a registration the browser refused (script missing, no HTTPS)', async () => {
    await expect(offlineInstallOutcome(Promise.reject(new TypeError('404')))).resolves.toEqual({installed: false, reason: CANNOT_REGISTER});
  });
});

describe('nextRegistration', () => {
  it('hands over the registration of the next register() call, and restores the method', async () => {
    const registration = {scope: '/'} as unknown as ServiceWorkerRegistration;
    const calls: unknown[][] = [];
    const container = {
      register(...args: unknown[]) {
        calls.push(args);
        return Promise.resolve(registration);
      },
    } as unknown as ServiceWorkerContainer;
    const original = container.register;
    const next = nextRegistration(container);
    expect(container.register).not.toBe(original);
    await expect(container.register('/sw.js?params=x', {scope: '/'})).resolves.toBe(registration);
    await expect(next).resolves.toBe(registration);
    expect(calls).toEqual([['/sw.js?params=x', {scope: '/'}]]);
    expect(container.register).toBe(original);
  });

  it('passes a refusal on to both callers', async () => {
    const container = {register: () => Promise.reject(new TypeError('refused'))} as unknown as ServiceWorkerContainer;
    const next = nextRegistration(container);
    await expect(container.register('/sw.js')).rejects.toThrow('refused');
    await expect(next).rejects.toThrow('refused');
  });
});
