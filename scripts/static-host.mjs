#!/usr/bin/env node
/**
 * Serves a built site the way a plain static host does, for the browser tests and the bench: `serve-static` (the
 * Express project's file server) behind `compression` (gzip), configured like nginx's `try_files $uri $uri/ =404`,
 * `python3 -m http.server` or S3 website hosting — a path is a file, or a folder that redirects to its slash form and
 * serves its index.html; nothing else is guessed. A missing path answers 404 with the site's 404.html.
 *
 *   node scripts/static-host.mjs [--port 4173] [--dir build] [--base /] [--no-csp] [--guess-html]
 *
 * --no-csp       no Content-Security-Policy header (by default every response carries build/csp.json's policy,
 *                as build/_headers asks of hosts that read it)
 * --guess-html   also answer /a/b with a/b.html, as GitHub Pages and Netlify do
 * --base /x/     the site lives under /x/ (a project site on GitHub Pages); other paths are the host's own 404
 */
import {createServer} from 'node:http';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import compression from 'compression';
import serveStatic from 'serve-static';

/**
 * @typedef {object} StaticHostOptions
 * @property {number} port 0 for any free port
 * @property {string} [dir] the built site (default build/)
 * @property {string} [base] the path the site is served under (default /)
 * @property {boolean} [csp] send build/csp.json's policy with every response (default true)
 * @property {boolean} [guessHtml] answer /a/b with a/b.html (default false)
 */

/**
 * Starts the host on 127.0.0.1 and resolves once it listens.
 * @param {StaticHostOptions} options
 * @returns {Promise<{origin: string, url: string, close: () => Promise<void>}>}
 */
export async function startStaticHost({port, dir = 'build', base = '/', csp = true, guessHtml = false}) {
  const root = path.resolve(dir);
  if (!existsSync(path.join(root, 'index.html'))) throw new Error(`${dir}/ holds no site: run \`npm run build\` first.`);
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`--base must start and end with "/" (got ${base}).`);
  const policyFile = path.join(root, 'csp.json');
  if (csp && !existsSync(policyFile)) {
    throw new Error(`${dir}/csp.json is missing: the content-security-policy plugin did not run (is it in docusaurus.config.ts?).`);
  }
  // Like build/_headers (`/*`), every response carries the policy: pages need it, and workers (search, service
  // worker) take theirs from their own script's response.
  const headers = csp ? {'Content-Security-Policy': JSON.parse(readFileSync(policyFile, 'utf8')).policy} : {};
  const notFoundPage = readFileSync(path.join(root, '404.html'));

  const files = serveStatic(root, {
    index: ['index.html'],
    redirect: true, // /t1 → 301 /t1/, as every plain host does for a folder
    extensions: guessHtml ? ['html'] : false,
    setHeaders: (response) => {
      for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    },
  });
  const gzip = compression();

  const server = createServer((request, response) => {
    gzip(request, response, () => {
      const url = new URL(request.url ?? '/', 'http://host');
      if (!url.pathname.startsWith(base)) {
        // The folder the site lives in, asked for without its slash: redirected like any folder.
        if (`${url.pathname}/` === base) return redirect(response, `${base}${url.search}`);
        return plainNotFound(response);
      }
      // Mounted at base, as Express mounts a router: serve-static reads req.url, and builds redirects from originalUrl.
      Object.assign(request, {originalUrl: request.url, url: `/${url.pathname.slice(base.length)}${url.search}`});
      files(request, response, () => {
        response.writeHead(404, {...headers, 'Content-Type': 'text/html; charset=utf-8'});
        response.end(notFoundPage);
      });
    });
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    url: `${origin}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve()).closeAllConnections()),
  };
}

function redirect(response, location) {
  response.writeHead(301, {Location: location, 'Content-Type': 'text/plain; charset=utf-8'});
  response.end(`Moved to ${location}\n`);
}

function plainNotFound(response) {
  response.writeHead(404, {'Content-Type': 'text/plain; charset=utf-8'});
  response.end('Not found\n');
}

function parseArguments(args) {
  const value = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  return {
    port: Number(value('--port', 4173)),
    dir: value('--dir', 'build'),
    base: value('--base', '/'),
    csp: !args.includes('--no-csp'),
    guessHtml: args.includes('--guess-html'),
  };
}

// Run as a command (not imported by a test): no top-level await, so CommonJS-compiled tests can require this file.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseArguments(process.argv.slice(2));
  startStaticHost(options).then(
    ({url}) => {
      const mode = [options.guessHtml ? 'guessing .html' : 'plain', options.csp ? 'with the CSP header' : 'without a CSP header'];
      console.log(`Serving ${options.dir}/ on ${url} (${mode.join(', ')})`);
    },
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
