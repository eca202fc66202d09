// The class connection file (docs/sync.md §6, server/setup.sh add-class) and the build's list of sync
// servers (DK_SYNC_ORIGINS, §10). Pure: reading a file a teacher picked is parsing untrusted text, so
// every way it can be wrong is one named refusal and never a half-read connection.
import { isRecord } from '../guards';
import { serverBase } from './origins';

export type SlotRole = 'teacher' | 'screen' | 'tablet';

export interface Slot {
  /** The server login, `dk-<syncId>-t1` (teacher), `-s1` (classroom screen), `-p1` (pupil tablet). */
  user: string;
  role: SlotRole;
  password: string;
}

export interface ConnectionFile {
  /**
   * The server's address without a trailing slash: an origin, or an origin and a path when CouchDB
   * sits behind the school's proxy under the app's own origin (`https://klasse.kommune.no/couch`).
   */
  server: string;
  /** 16 hex digits; the class's databases are `dk-<syncId>-…`. */
  syncId: string;
  slots: Slot[];
  /**
   * Written by `setup.sh renew-slots`: new passwords for slots of a class already connected, only
   * those slots (maybe no teacher slot). Never a new connection (docs/sync.md §7).
   */
  renewed?: true;
}

export type ConnectionRefusal =
  /** Not JSON, or JSON that is not a connection file (a backup file picked by mistake, say). */
  | { code: 'not-connection-file' }
  /** A newer format than this app reads. */
  | { code: 'newer-format' }
  /** The right format, with a field missing or wrong: the file was edited or damaged. */
  | { code: 'damaged' }
  /** A server this build may not talk to (not https, or not in DK_SYNC_ORIGINS). */
  | { code: 'server-not-allowed'; server: string; allowed: readonly string[] };

export type ConnectionResult = { ok: true; file: ConnectionFile } | { ok: false; refusal: ConnectionRefusal };

export const CONNECTION_FORMAT = 'drommeklassen-sync-connection';
export const CONNECTION_FORMAT_VERSION = 1;
/** A connection file is a few kilobytes (40 tablets, 4 screens, 2 teachers); refuse anything huge. */
export const MAX_CONNECTION_FILE = 64 * 1024;

const ROLE_OF: Record<string, SlotRole> = { t: 'teacher', s: 'screen', p: 'tablet' };

function readSlot(raw: unknown, syncId: string): Slot | null {
  if (!isRecord(raw)) return null;
  const { user, role, password } = raw;
  if (typeof user !== 'string' || typeof role !== 'string' || typeof password !== 'string') return null;
  const m = /^dk-([0-9a-f]{16})-([tsp])([1-9][0-9]?)$/.exec(user);
  if (!m || m[1] !== syncId || ROLE_OF[m[2]!] !== role) return null;
  if (password.length < 16 || password.length > 200) return null;
  return { user, role: role as SlotRole, password };
}

/** Reads a class connection file's text; `allowed` is the build's DK_SYNC_ORIGINS. */
export function readConnectionFile(text: string, allowed: readonly string[]): ConnectionResult {
  const no = (refusal: ConnectionRefusal): ConnectionResult => ({ ok: false, refusal });
  if (text.length > MAX_CONNECTION_FILE) return no({ code: 'not-connection-file' });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return no({ code: 'not-connection-file' });
  }
  if (!isRecord(raw) || raw.format !== CONNECTION_FORMAT) return no({ code: 'not-connection-file' });
  if (typeof raw.formatVersion !== 'number' || !Number.isInteger(raw.formatVersion))
    return no({ code: 'damaged' });
  if (raw.formatVersion > CONNECTION_FORMAT_VERSION) return no({ code: 'newer-format' });
  if (raw.formatVersion < 1) return no({ code: 'damaged' });
  const { server, syncId, slots } = raw;
  if (typeof server !== 'string' || typeof syncId !== 'string' || !/^[0-9a-f]{16}$/.test(syncId))
    return no({ code: 'damaged' });
  if (!Array.isArray(slots) || slots.length === 0 || slots.length > 60) return no({ code: 'damaged' });
  const read: Slot[] = [];
  for (const s of slots) {
    const slot = readSlot(s, syncId);
    if (!slot || read.some((r) => r.user === slot.user)) return no({ code: 'damaged' });
    read.push(slot);
  }
  const renewed = raw.renewed === true;
  if (!renewed && !read.some((s) => s.role === 'teacher')) return no({ code: 'damaged' });
  const base = serverBase(server);
  if (!base || !allowed.includes(new URL(base).origin))
    return no({ code: 'server-not-allowed', server, allowed });
  return { ok: true, file: { server: base, syncId, slots: read, ...(renewed ? { renewed } : {}) } };
}
