// Serves the hospital demo as a hospital's web server would: static files only, with a strict
// Content-Security-Policy header. `/futan.js` is the embed's loader from dist/, and the chunks it loads sit beside it.
// Usage: node scripts/serve-demo.mjs [--port 5173]   (127.0.0.1 only)
import { createStaticServer, listen } from './static-server.mjs';

export const CSP = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export function createDemoServer() {
  return createStaticServer({
    root: 'demo',
    embed: { '/': 'dist' },
    headers: { 'content-security-policy': CSP },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const portArg = process.argv.indexOf('--port');
  const port = Number(portArg > -1 ? process.argv[portArg + 1] : process.env.PORT || 5173);
  const base = await listen(createDemoServer(), port);
  console.log(`futan demo: ${base}/  (Content-Security-Policy: ${CSP})`);
}
