// Serves build/ the way a static host does: clean URLs (/t1/lora-qlora → lora-qlora.html), gzip, 404 page,
// and the Content-Security-Policy the build generated (build/csp.json), so every browser test runs under it.
import {createServer} from 'node:http';
import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';

const root = path.resolve('build');
const port = Number(process.argv[2] ?? 4173);
if (!existsSync(root)) {
  console.error('build/ is missing: run `npm run build` first.');
  process.exit(1);
}
const policyFile = path.join(root, 'csp.json');
if (!existsSync(policyFile)) {
  console.error('build/csp.json is missing: the content-security-policy plugin did not run (is it in docusaurus.config.ts?).');
  process.exit(1);
}
const {policy} = JSON.parse(readFileSync(policyFile, 'utf8'));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

function resolveFile(urlPath) {
  const clean = decodeURIComponent(urlPath.split('?')[0]);
  const candidate = path.join(root, clean);
  if (!candidate.startsWith(root)) return null;
  for (const file of [candidate, `${candidate}.html`, path.join(candidate, 'index.html')]) {
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  if (clean.endsWith('/') && existsSync(`${candidate.slice(0, -1)}.html`)) return `${candidate.slice(0, -1)}.html`;
  return null;
}

createServer((request, response) => {
  const found = resolveFile(new URL(request.url ?? '/', 'http://localhost').pathname);
  const status = found ? 200 : 404;
  const file = found ?? path.join(root, '404.html');
  const body = readFileSync(file);
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  // Like build/_headers (`/*`), every response carries the policy: pages need it, and workers
  // (search, service worker) take theirs from their own script's response.
  const headers = {'Content-Type': type, 'Cache-Control': 'no-cache', 'Content-Security-Policy': policy};
  const compressible = /text|javascript|json|svg|xml/.test(type);
  if (compressible && /gzip/.test(request.headers['accept-encoding'] ?? '')) {
    response.writeHead(status, {...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding'});
    response.end(gzipSync(body));
  } else {
    response.writeHead(status, headers);
    response.end(body);
  }
}).listen(port, '127.0.0.1', () => console.log(`Serving build/ on http://127.0.0.1:${port}/`));
