// Seeds a test server exactly as an IT department does: by running server/setup.sh (bash + curl,
// docs/server.md) against it. The script runs from a copy in a fresh temporary folder, so its
// connection files and a stray server/.env in the checkout play no part.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../server/setup.sh', import.meta.url));

/**
 * Runs `setup.sh ARGS…` against the server as its admin; resolves with what it printed and the
 * connection files it wrote (name → parsed JSON) with their permission bits (name → e.g. 0o600), or
 * rejects with its error output.
 * @param {{ url: string, port: number, admin: { user: string, password: string } }} server
 * @param {string[]} args
 */
export async function runSetupScript(server, args) {
  const dir = await mkdtemp(join(tmpdir(), 'dk-setup-'));
  try {
    const script = join(dir, 'setup.sh');
    await copyFile(SCRIPT, script);
    const env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? dir,
      COUCHDB_USER: server.admin.user,
      COUCHDB_PASSWORD: server.admin.password,
      DK_COUCH_PORT: String(server.port),
      DK_PUBLIC_URL: server.url,
    };
    const stdout = await new Promise((resolve, reject) => {
      execFile('bash', [script, ...args], { env, cwd: dir }, (error, out, err) => {
        if (error) reject(new Error(`setup.sh ${args.join(' ')} failed (${error.code}): ${err || out}`));
        else resolve(out);
      });
    });
    const files = {};
    const modes = {};
    for (const name of await readdir(dir)) {
      if (!name.startsWith('connection-')) continue;
      files[name] = JSON.parse(await readFile(join(dir, name), 'utf8'));
      modes[name] = (await stat(join(dir, name))).mode & 0o777;
    }
    return { stdout, files, modes };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `setup.sh init`: system databases, dk-pairing and the pairing user. */
export async function initServer(server) {
  await runSetupScript(server, ['init']);
}

/**
 * `setup.sh add-class TABLETS SCREENS TEACHERS`: resolves with the class connection file the script wrote.
 * @returns {Promise<{ format: string, formatVersion: number, server: string, syncId: string,
 *   slots: { user: string, role: 'teacher' | 'screen' | 'tablet', password: string }[] }>}
 */
export async function addClass(server, { tablets = 2, screens = 1, teachers = 2 } = {}) {
  const { files } = await runSetupScript(server, [
    'add-class',
    String(tablets),
    String(screens),
    String(teachers),
  ]);
  const all = Object.values(files);
  if (all.length !== 1) throw new Error(`setup.sh add-class wrote ${all.length} connection files`);
  return all[0];
}

/**
 * `setup.sh renew-slots SYNC_ID`: new passwords for the class's slots no device uses. Resolves with
 * what it printed and the file it wrote (undefined when every slot was in use) and that file's mode.
 */
export async function renewSlots(server, syncId) {
  const { stdout, files, modes } = await runSetupScript(server, ['renew-slots', syncId]);
  const names = Object.keys(files);
  if (names.length > 1) throw new Error(`setup.sh renew-slots wrote ${names.length} files`);
  const name = names[0];
  return { stdout, name, file: name ? files[name] : undefined, mode: name ? modes[name] : undefined };
}
