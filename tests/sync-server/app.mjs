// The app built for one sync server and served the way `npm start` serves the real one: the pure
// part of every sync journey's set-up, shared by the Chromium specs (tests/e2e/sync-app.ts) and the
// Firefox runner (tests/firefox/), so neither imports the other's browser driver.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const VITE = 'node_modules/vite/bin/vite.js';

/** Runs vite with these arguments in the checkout; resolves with the child once `ready` says so. */
function vite(args, env, ready) {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [VITE, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let done = false;
    const onData = (d) => {
      out += d;
      if (!done && ready?.(out)) {
        done = true;
        res(child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d) => (out += d));
    child.on('error', rej);
    child.on('exit', (code) => {
      if (done) return;
      done = true;
      if (!ready && code === 0) res(child);
      else
        rej(new Error(`vite ${args.join(' ')} ${ready ? 'stopped before it was ready' : 'failed'}:\n${out}`));
    });
  });
}

/**
 * Builds the app into `outDir` for a sync server: DK_SYNC_ORIGINS widens its CSP to exactly that
 * origin and lets the connection file name it.
 * @param {string} serverUrl
 * @param {string} outDir
 */
export async function buildAppFor(serverUrl, outDir) {
  await vite(['build', '--outDir', outDir, '--emptyOutDir'], { DK_SYNC_ORIGINS: serverUrl });
}

/**
 * `vite preview` of a build on 127.0.0.1:`port` (strict: never another server that happened to be
 * there). Resolves once vite says it listens there; rejects if it stops first (say, the port is
 * taken).
 * @param {string} outDir
 * @param {number} port
 */
export async function previewApp(outDir, port) {
  const url = `http://127.0.0.1:${port}`;
  const child = await vite(
    ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {},
    // vite prints "Local:   http://127.0.0.1:<port>/" once it listens.
    (out) => out.includes(`${url}/`),
  );
  // Never outlive the process that started it.
  const kill = () => child.kill();
  process.once('exit', kill);
  const stop = () =>
    new Promise((res) => {
      process.off('exit', kill);
      if (child.exitCode !== null || child.signalCode !== null) return res();
      child.once('exit', () => res());
      child.kill('SIGTERM');
    });
  return { url, port, stop, process: child };
}
