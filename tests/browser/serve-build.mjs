// Serves build/ the way a static host does: clean URLs (/t1/lora-qlora → lora-qlora.html), gzip, 404 page.
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
  const file = resolveFile(new URL(request.url ?? '/', 'http://localhost').pathname);
  const status = file ? 200 : 404;
  const body = readFileSync(file ?? path.join(root, '404.html'));
  const type = TYPES[path.extname(file ?? '.html')] ?? 'application/octet-stream';
  const headers = {'Content-Type': type, 'Cache-Control': 'no-cache'};
  const compressible = /text|javascript|json|svg|xml/.test(type);
  if (compressible && /gzip/.test(request.headers['accept-encoding'] ?? '')) {
    response.writeHead(status, {...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding'});
    response.end(gzipSync(body));
  } else {
    response.writeHead(status, headers);
    response.end(body);
  }
}).listen(port, '127.0.0.1', () => console.log(`Serving build/ on http://127.0.0.1:${port}/`));
