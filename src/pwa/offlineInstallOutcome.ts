/**
 * How the offline copy's install ended. The plugin's registration code starts the install but reports nothing when
 * it fails (a precached file the host does not serve makes the whole install fail), so this follows it from outside,
 * through the standard registration object: no DOM, testable with fakes.
 */

export type InstallOutcome = {installed: true} | {installed: false; reason: string};

/** The parts of a ServiceWorker this reads. */
export interface WorkerLike {
  readonly state: string;
  addEventListener(type: 'statechange', listener: () => void): void;
  removeEventListener(type: 'statechange', listener: () => void): void;
}

/** The parts of a ServiceWorkerRegistration this reads. */
export interface RegistrationLike {
  readonly active: unknown;
  readonly installing: WorkerLike | null;
  readonly waiting: WorkerLike | null;
}

export const CANNOT_DOWNLOAD = 'a file of the site could not be downloaded';
export const CANNOT_REGISTER = 'the browser did not accept the site’s service worker';

/** Waits for a worker that is installing (or done) to be installed, or to be thrown away because its install failed. */
function installOf(worker: WorkerLike): Promise<InstallOutcome> {
  return new Promise((resolve) => {
    const check = () => {
      if (worker.state === 'redundant') resolve({installed: false, reason: CANNOT_DOWNLOAD});
      else if (worker.state !== 'installing' && worker.state !== 'parsed') resolve({installed: true});
      else return;
      worker.removeEventListener('statechange', check);
    };
    worker.addEventListener('statechange', check);
    check();
  });
}

/**
 * Follows an install from its `navigator.serviceWorker.register()` call: a rejected registration (the worker's
 * script missing or refused) fails; an active worker means a copy is there (an update that fails keeps it);
 * otherwise the new worker either installs or turns redundant.
 */
export async function offlineInstallOutcome(registering: Promise<RegistrationLike>): Promise<InstallOutcome> {
  let registration: RegistrationLike;
  try {
    registration = await registering;
  } catch {
    return {installed: false, reason: CANNOT_REGISTER};
  }
  if (registration.active) return {installed: true};
  const worker = registration.installing ?? registration.waiting;
  return worker ? installOf(worker) : {installed: false, reason: CANNOT_REGISTER};
}

/**
 * The registration made by the next `navigator.serviceWorker.register()` call on this page, whoever makes it (the
 * plugin's code, which keeps it to itself). Wraps that one call and puts the browser's method back at once.
 */
export function nextRegistration(container: ServiceWorkerContainer): Promise<ServiceWorkerRegistration> {
  return new Promise((resolve, reject) => {
    const register = container.register;
    container.register = function registerOnce(...args: Parameters<ServiceWorkerContainer['register']>) {
      container.register = register;
      const registering = register.apply(container, args);
      registering.then(resolve, reject);
      return registering;
    };
  });
}
