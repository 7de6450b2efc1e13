/**
 * The static hosts the site must work on, started on a free port for one test file:
 *   plain            — a path is a file or a folder (redirected to its slash form); nginx, S3, python -m http.server
 *   guess-html       — also answers /a/b with a/b.html, and sends no headers of its own: GitHub Pages
 *   docusaurus-serve — `npm run serve` (serve-handler, configured from docusaurus.config.ts)
 * The first two are scripts/static-host.mjs, the plain one with the build's CSP header (as nginx with
 * deploy/nginx.conf, or Netlify reading build/_headers); playwright.config.ts serves build/ on the plain host for every
 * other test.
 */
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';

export type HostKind = 'plain' | 'guess-html' | 'docusaurus-serve';
export const HOST_KINDS: readonly HostKind[] = ['plain', 'guess-html', 'docusaurus-serve'];

export interface RunningHost {
  /** http://127.0.0.1:port */
  origin: string;
  /** Stops answering: every request to the origin fails from then on, as with the network gone. */
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}

async function startDocusaurusServe(dir: string): Promise<RunningHost> {
  const port = await freePort();
  const cli = require.resolve('@docusaurus/core/bin/docusaurus.mjs');
  const child = spawn(process.execPath, [cli, 'serve', '--dir', dir, '--port', String(port), '--host', '127.0.0.1', '--no-open'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const running = () => child.exitCode === null && child.signalCode === null;
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 200) {
    if (!running()) throw new Error(`docusaurus serve exited:\n${output}`);
    const answered = await fetch(`${origin}/`).then(() => true, () => false);
    if (answered) break;
    if (waited > 30_000) throw new Error(`docusaurus serve did not answer in 30 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    origin,
    close: async () => {
      if (running()) child.kill();
      await exited;
    },
  };
}

export async function startHost(kind: HostKind, {dir = 'build', base = '/'}: {dir?: string; base?: string} = {}): Promise<RunningHost> {
  if (kind === 'docusaurus-serve') return startDocusaurusServe(dir);
  // Imported when needed: Playwright compiles the tests to CommonJS, which cannot require an ES module it compiled too.
  const {startStaticHost} = await import('../../scripts/static-host.mjs');
  const githubPagesLike = kind === 'guess-html';
  const {origin, close} = await startStaticHost({port: 0, dir, base, guessHtml: githubPagesLike, csp: !githubPagesLike});
  return {origin, close};
}
