// Serves the hospital demo as a hospital's web server would: static files only, with a strict
// Content-Security-Policy header. `/futan.js` is the one-file embed from dist/.
// Usage: node scripts/serve-demo.mjs [--port 5173]   (127.0.0.1 only)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve('demo');
const embed = resolve('dist/futan.js');
const portArg = process.argv.indexOf('--port');
const port = Number(portArg > -1 ? process.argv[portArg + 1] : process.env.PORT || 5173);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json', '.map': 'application/json', '.ico': 'image/x-icon' };
export const CSP = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export function createDemoServer() {
  return createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    let file = path === '/futan.js' || path === '/futan.js.map' ? embed + (path.endsWith('.map') ? '.map' : '') : normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root) && !file.startsWith(embed)) return void res.writeHead(403).end();
    try {
      if (file.endsWith('/')) file += 'index.html';
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP, 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': CSP }).end('not found');
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  createDemoServer().listen(port, '127.0.0.1', () => {
    console.log(`futan demo: http://127.0.0.1:${port}/  (Content-Security-Policy: ${CSP})`);
  });
}
