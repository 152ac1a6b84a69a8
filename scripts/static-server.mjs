// A static file server on 127.0.0.1 for the demo, the smoke test and the benchmarks: files
// under `root` (a folder serves its index.html), named `routes` to files elsewhere, the embed's
// files (futan.js and the futan-*.js chunks beside it) at each path of `embed` from its folder
// (`{ '/': 'dist' }`: /futan.js is dist/futan.js), and the same `headers` on every answer.
// Nothing outside root, the routes and the embed's files is served. `pages`: HTML made by the
// caller, by path. `compress`: text compressed as a hospital's server would (brotli, else gzip).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2', '.png': 'image/png', '.ico': 'image/x-icon',
};

/** Is this the name of one of the embed's files (the loader, a chunk, their maps, the notices)? */
export const isEmbedFile = (name) => /^futan(-[\w-]+)?\.js(\.map|\.LICENSE\.txt)?$/.test(name);

export function createStaticServer({ root, routes = {}, embed = {}, pages = {}, headers = {}, compress = false }) {
  const base = resolve(root);
  /** The embed's file at this path, if it is one. */
  const embedFile = (path) => {
    const slash = path.lastIndexOf('/') + 1;
    const dir = Object.hasOwn(embed, path.slice(0, slash)) ? embed[path.slice(0, slash)] : undefined;
    return dir && isEmbedFile(path.slice(slash)) ? resolve(dir, path.slice(slash)) : undefined;
  };
  /** Compressed once per file and encoding, as a server that keeps them (or precompressed files) would. */
  const compressed = new Map();
  const compressOnce = (key, body, encoding) => {
    if (!compressed.has(key)) compressed.set(key, encoding === 'br' ? brotliCompressSync(body) : gzipSync(body, { level: 9 }));
    return compressed.get(key);
  };
  return createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const named = Object.hasOwn(routes, path) ? resolve(routes[path]) : embedFile(path);
    let file = named ?? normalize(join(base, path));
    if (!named && !file.startsWith(base)) return void res.writeHead(403, headers).end();
    try {
      let body;
      if (Object.hasOwn(pages, path)) {
        file = 'page.html';
        body = Buffer.from(pages[path]);
      } else {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        body = await readFile(file);
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const encoding = compress && /^(text|application\/json|image\/svg)/.test(type) ? (/\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined) : undefined;
      if (encoding) body = compressOnce(`${encoding} ${file} ${body.length} ${(await stat(file).catch(() => undefined))?.mtimeMs}`, body, encoding);
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}), ...headers }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end('not found');
    }
  });
}

/**
 * Asks the server once for each of the embed's files in `dir`, compressed, so that a measurement
 * that follows does not wait for the server to compress them (a hospital's server keeps them
 * compressed, or serves precompressed files).
 */
export async function warmEmbed(base, dir, at = '/') {
  const { readdirSync } = await import('node:fs');
  for (const name of readdirSync(dir).filter((n) => isEmbedFile(n) && n.endsWith('.js'))) {
    for (const encoding of ['br', 'gzip']) await (await fetch(`${base}${at}${name}`, { headers: { 'accept-encoding': encoding } })).arrayBuffer();
  }
}

/** Listens on a free port of 127.0.0.1 (or the given one) and gives the base URL. */
export function listen(server, port = 0) {
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(`http://127.0.0.1:${server.address().port}`)));
}
