// First step of `npm test`: make sure the browsers the e2e tests drive are on this machine.
// Found (CHROMIUM_PATH / FIREFOX_PATH, or a usual place): say where. Missing on Debian or Ubuntu:
// install with apt-get when we are root or have password-less sudo, else stop with the one command to
// run. Elsewhere: stop and say what to install and which variable to set.
//
//   node scripts/ensure-browsers.mjs [chromium] [firefox] [--dry-run]
//
// Without names it ensures REQUIRED. --dry-run only prints what it would do.
// A Firefox older than the extension's strict_min_version (manifest.json) is upgraded the same way
// when apt installed it (Debian 12's main archive has 140 ESR, bookworm-security a newer one).
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { BROWSERS, findBrowser } from './browsers.mjs';

/** The browsers `npm test` needs. */
const REQUIRED = ['chromium', 'firefox'];
/** Nice to have, installed alongside when we may install anyway: colour emoji in screenshots. */
const EXTRAS = ['fonts-noto-color-emoji'];

/** 'debian', 'ubuntu' or undefined, from /etc/os-release (ID and ID_LIKE). */
export function aptFlavour(osRelease) {
  const field = (k) => (osRelease.match(new RegExp(`^${k}="?([^"\\n]*)"?$`, 'm'))?.[1] ?? '').split(/\s+/);
  const ids = [...field('ID'), ...field('ID_LIKE')];
  if (ids.includes('ubuntu')) return 'ubuntu';
  if (ids.includes('debian')) return 'debian';
  return undefined;
}

/**
 * What to do about the missing packages: install them (as root or with sudo) or stop with the command
 * a person must run.
 * @param {{ packages: string[]; root: boolean; sudo: boolean }} o
 */
export function installPlan({ packages, root, sudo }) {
  const list = packages.join(' ');
  const prefix = root ? '' : 'sudo ';
  const command = `${prefix}apt-get update && ${prefix}apt-get install -y ${list}`;
  return { run: root || sudo, command, asRoot: root };
}

/** The major version in a browser's `--version` line ("Mozilla Firefox 153.8.0esr" -> 153), or undefined. */
export function majorVersion(versionLine) {
  const m = /(\d+)\.\d+/.exec(versionLine ?? '');
  return m ? Number(m[1]) : undefined;
}

/**
 * Whether a browser's `--version` line is new enough: 'ok', 'old' (below `min`), or 'unknown' (no
 * version in it; the tests will say if it matters).
 */
export function versionCheck(versionLine, min) {
  const major = majorVersion(versionLine);
  if (major === undefined) return 'unknown';
  return major < min ? 'old' : 'ok';
}

/** The oldest Firefox the extension installs in: its manifest's strict_min_version, as a major. */
function firefoxMinimum() {
  const manifest = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8'));
  return majorVersion(manifest.browser_specific_settings?.gecko?.strict_min_version) ?? 0;
}

function versionLine(path) {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function readOsRelease() {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return '';
  }
}

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function hasPasswordlessSudo() {
  return spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
}

function dpkgInstalled(pkg) {
  return spawnSync('dpkg', ['-s', pkg], { stdio: 'ignore' }).status === 0;
}

function apt(plan, packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const pre = plan.asRoot ? [] : ['sudo', '-n'];
  const run = (args) => {
    const [cmd, ...rest] = [...pre, ...args];
    execFileSync(cmd, rest, { stdio: 'inherit', env });
  };
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', ...packages]);
}

function main(argv) {
  const dryRun = argv.includes('--dry-run');
  const names = argv.filter((a) => !a.startsWith('--'));
  const wanted = names.length ? names : REQUIRED;
  for (const n of wanted) {
    if (!(n in BROWSERS)) {
      console.error(`ensure-browsers: unknown browser "${n}" (known: ${Object.keys(BROWSERS).join(', ')})`);
      return 2;
    }
  }

  const flavour = aptFlavour(readOsRelease());
  const missing = [];
  /** Found, but older than the tests need; apt may upgrade it if apt installed it. */
  const old = [];
  for (const name of wanted) {
    const b = BROWSERS[name];
    const path = findBrowser(name);
    if (path && executable(path)) {
      const min = name === 'firefox' ? firefoxMinimum() : 0;
      const line = min ? versionLine(path) : undefined;
      if (min && versionCheck(line, min) === 'old') {
        const managed = !process.env[b.env] && flavour && dpkgInstalled(b.apt[flavour]);
        if (!managed) {
          console.error(
            `ensure-browsers: ${path} is ${line}, but the extension needs ${name} ${min} or newer. Install a newer ${name}${process.env[b.env] ? `, or point ${b.env} at one` : ''}.`,
          );
          return 1;
        }
        console.log(`ensure-browsers: ${path} is ${line}; the extension needs ${min} or newer`);
        old.push(name);
      } else {
        console.log(`ensure-browsers: ${name} ${path}${line ? ` (${line})` : ''}`);
      }
    } else if (process.env[b.env]) {
      console.error(`ensure-browsers: ${b.env}=${process.env[b.env]} is not an executable file.`);
      return 1;
    } else {
      missing.push(name);
    }
  }

  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const canInstall = flavour !== undefined && (root || hasPasswordlessSudo());
  const extras = flavour ? EXTRAS.filter((p) => !dpkgInstalled(p)) : [];

  if (missing.length === 0 && old.length === 0) {
    if (extras.length && canInstall && process.env.CI) {
      const plan = installPlan({ packages: extras, root, sudo: !root });
      console.log(`ensure-browsers: installing ${extras.join(' ')} (optional)`);
      if (!dryRun) apt(plan, extras);
    }
    return 0;
  }

  if (!flavour) {
    for (const name of missing) {
      const b = BROWSERS[name];
      console.error(
        `ensure-browsers: no ${name} found (looked in ${b.paths.join(', ')}).\n` +
          `  Install ${name} and run again, or set ${b.env}=/path/to/${name}.`,
      );
    }
    return 1;
  }

  const toInstall = [...missing, ...old];
  const packages = [...toInstall.map((n) => BROWSERS[n].apt[flavour]), ...extras];
  const plan = installPlan({ packages, root, sudo: canInstall && !root });
  const why = [
    missing.length ? `${missing.join(' and ')} not found` : '',
    old.length ? `${old.join(' and ')} too old` : '',
  ]
    .filter(Boolean)
    .join(', ');
  if (!plan.run) {
    console.error(
      `ensure-browsers: ${why}, and installing needs root. Run this, then npm test again:\n\n` +
        `  ${plan.command}\n`,
    );
    return 1;
  }
  console.log(`ensure-browsers: ${why}; installing ${packages.join(' ')} with apt-get`);
  if (dryRun) {
    console.log(`  (dry run) ${plan.command}`);
    return 0;
  }
  apt(plan, packages);
  for (const name of toInstall) {
    const path = findBrowser(name);
    if (!path || !executable(path)) {
      console.error(`ensure-browsers: apt-get finished but ${name} is still not found.`);
      return 1;
    }
    const min = name === 'firefox' ? firefoxMinimum() : 0;
    const line = min ? versionLine(path) : undefined;
    if (min && versionCheck(line, min) === 'old') {
      console.error(
        `ensure-browsers: apt-get finished but ${path} is still ${line}; the extension needs ${min} or newer.\n` +
          '  On Debian 12 the newer firefox-esr comes from bookworm-security: check that it is in /etc/apt/sources.list(.d).',
      );
      return 1;
    }
    console.log(`ensure-browsers: ${name} ${path}${line ? ` (${line})` : ''}`);
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
