// `npm run bench`: serves the built app and runs every tests/bench/*.bench.mjs in name order.
// Each prints its own figures. Benchmarks measure; they never fail on a timing.
import { readdirSync } from 'node:fs';
import { preview } from 'vite';
import { E2E_PORT } from '../e2e/chromium.mjs';

const server = await preview({
  preview: { host: '127.0.0.1', port: E2E_PORT, strictPort: true },
  logLevel: 'error',
});
const origin = `http://127.0.0.1:${E2E_PORT}`;
const only = process.argv[2];
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.mjs') && (!only || f.includes(only)))
  .sort();
try {
  for (const f of files) {
    const mod = await import(new URL(f, import.meta.url).href);
    console.log(`\n== ${mod.title ?? f}`);
    await mod.default({ origin });
  }
} finally {
  await new Promise((resolve) => {
    server.httpServer.close(resolve);
    server.httpServer.closeAllConnections?.();
  });
}
// The sync bench's test server (express-pouchdb) leaves timers behind that would keep Node running.
process.exit(0);
